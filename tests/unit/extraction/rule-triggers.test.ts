import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIGURE_RULES, WORD_RULES } from '../../../utils/extraction/figures/find-figures';
import type { FigureContext } from '../../../utils/extraction/figures/context';
import { languageOf } from '../../../utils/extraction/text/language';
import { paragraphs } from '../../../utils/extraction/text/paragraphs';
import { tokenStream, tokenize } from '../../../utils/extraction/text/tokens';

/**
 * The dispatcher tries a rule on a number only where the rule's trigger holds (figures/triggers.ts).
 * A trigger that fails where its rule would match loses that figure silently, so every rule with a
 * trigger is tried here on every token it could meet, trigger or not, in the corpus, the page
 * fixtures, the check passages and generated pages, and each match must have its trigger hold.
 */
const ROOT = resolve(__dirname, '../../..');
const DEV = resolve(ROOT, '../shared/corpus/dev');

function textsIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** `rule@offset` for each match whose trigger failed. */
function missedTriggers(text: string): string[] {
  const missed: string[] = [];
  for (const { start, end } of paragraphs(text)) {
    const tokens = tokenStream(text, start, end);
    const language = languageOf(text, start, end);
    const ctx: FigureContext = { text, tokens, language };
    tokenize(text, start, end).forEach((token, i) => {
      const rules = token.type === 'num' ? FIGURE_RULES : token.type === 'word' ? WORD_RULES : [];
      for (const rule of rules) {
        if (!rule.trigger || rule.trigger(tokens, i)) continue;
        if ((rule.languages ?? [language]).includes(language) && rule.apply(ctx, i) !== null) missed.push(`${rule.name}@${token.start}`);
      }
    });
  }
  return missed;
}

describe('rule triggers', () => {
  it('hold wherever their rule matches a number of the corpus, fixtures and check passages', () => {
    const texts = [...textsIn(DEV), ...textsIn(resolve(ROOT, 'tests/fixtures/pages')), ...textsIn(resolve(ROOT, 'tests/fixtures/checks/passages/train'))];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) expect(missedTriggers(text)).toEqual([]);
  });

  it('hold on generated pages', () => {
    const words = ['xếp thứ', 'hạng', 'tăng', 'giảm', 'up', 'from', 'to', 'mức', 'số', 'cả', 'gấp', 'top', 'ranked', 'tháng', 'năm', 'lần thứ'];
    const piece = fc.oneof(
      fc.constantFrom(...words.map((w) => `${w} `)),
      fc.stringMatching(/^[0-9.,/:%\- ]{1,8}$/),
      fc.constantFrom('th', 'h', 'rd', ' bậc', ' places', ' điểm', ' lần', '\n', ' '),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        expect(missedTriggers(parts.join(''))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
