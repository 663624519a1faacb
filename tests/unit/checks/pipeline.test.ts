/**
 * The synthetic pages through the whole pipeline `npm run check` runs — the real extractor and
 * attribution, then the checks. The rule tests use hand-placed figures; this one says how many
 * contradictions a reader actually gets warned about, and that no page warns where it should not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeFigures, readPageMeta } from '../../../utils/attribution';
import { checkFigures } from '../../../utils/checks';
import { extract } from '../../../utils/extraction';

const DIR = join(__dirname, '../../fixtures/checks');

const pages = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const text = readFileSync(join(DIR, name.replace(/\.json$/, '.txt')), 'utf8');
    const expected = (JSON.parse(readFileSync(join(DIR, name), 'utf8')) as { expect: { rule: string; status: string }[] }).expect;
    const { figures, references } = extract(text);
    const contexts = attributeFigures(text, figures, readPageMeta({ text }), { references });
    return { name, expected, found: checkFigures({ text, figures, contexts }) };
  });

describe('synthetic pages through extraction, attribution and the checks', () => {
  it('warns only where a contradiction was written', () => {
    const unexpected = pages.flatMap(({ name, expected, found }) =>
      found
        .filter((f) => f.status === 'warning' && !expected.some((e) => e.rule === f.rule && e.status === 'warning'))
        .map((f) => `${name}: ${f.rule} ${f.items.join(' | ')}`),
    );
    expect(unexpected).toEqual([]);
  });

  it('catches at least twenty of the written contradictions', () => {
    const written = pages.filter(({ expected }) => expected.some((e) => e.status === 'warning'));
    const caught = written.filter(({ expected, found }) =>
      expected.every((e) => e.status !== 'warning' || found.some((f) => f.rule === e.rule && f.status === 'warning')),
    );
    expect(written.length).toBeGreaterThanOrEqual(20);
    expect(caught.length).toBeGreaterThanOrEqual(20);
  });
});
