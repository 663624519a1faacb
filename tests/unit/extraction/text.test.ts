import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Gap, TokenStream, tokenStream, tokenize } from '../../../utils/extraction/text/tokens';
import { Lexicon, compileLexicon } from '../../../utils/extraction/text/lexicon';
import { WORD_ID_SPAN, wordKeyId } from '../../../utils/extraction/text/word-ids';
import { paragraphs } from '../../../utils/extraction/text/paragraphs';
import { languageOf } from '../../../utils/extraction/text/language';

describe('tokenize', () => {
  it('keeps separators inside numbers and nowhere else', () => {
    const tokens = tokenize('Đạt 1.234,5 tỷ, 3. Hết 5G/4G');
    expect(tokens.map((t) => [t.type, t.text])).toEqual([
      ['word', 'Đạt'],
      ['num', '1.234,5'],
      ['word', 'tỷ'],
      ['sym', ','],
      ['num', '3'],
      ['sym', '.'],
      ['word', 'Hết'],
      ['num', '5'],
      ['word', 'G'],
      ['sym', '/'],
      ['num', '4'],
      ['word', 'G'],
    ]);
  });

  it('records what separates a token from the one before', () => {
    const tokens = tokenize('12 hồ\nsơ 06km');
    expect(tokens.map((t) => t.gap)).toEqual([Gap.None, Gap.Space, Gap.Line, Gap.Space, Gap.None]);
  });
});

describe('TokenStream', () => {
  const shape = (t: { type: string; start: number; end: number; gap: Gap }) => [t.type, t.start, t.end, t.gap];

  /** The tokens a stream started at token `at` reads backward and forward, in page order; null when it says it misread. */
  function readFrom(text: string, at: number): unknown[] | null {
    const stream = new TokenStream();
    stream.start(text, 0, text.length, tokenize(text)[at]!.start);
    const before = [];
    for (let k = -1; stream.get(k); k--) before.unshift(shape(stream.get(k)!));
    const after = [];
    for (let k = 0; stream.get(k); k++) after.push(shape(stream.get(k)!));
    return stream.misread ? null : [...before, ...after];
  }

  it('reads the same tokens backward from any token as forward from the start, or says it misread', () => {
    const piece = fc.oneof(
      fc.constantFrom('Đạt', 'hồ sơ', '1.234,5', '12/63', ' ', '\n', ' \n ', '.', ',', '%', '5G', '..', '1..2', ',5', '\u00a0', 'tỷ'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), fc.nat(), (parts, pick) => {
        const text = parts.join('');
        const all = tokenize(text);
        if (all.length === 0) return;
        const read = readFrom(text, pick % all.length);
        if (read !== null) expect(read).toEqual(all.map(shape));
      }),
      { numRuns: 500 },
    );
  });

  it('says it misread a surrogate before where it started', () => {
    const text = 'a \ud83d 5 bậc nữa';
    const stream = new TokenStream();
    stream.start(text, 0, text.length, text.indexOf('5'));
    stream.get(-1);
    expect(stream.misread).toBe(true);
    stream.start(text, 0, text.length, text.indexOf('n'));
    stream.get(-1);
    expect(stream.misread).toBe(false);
  });
});

describe('Lexicon', () => {
  // Words the data files know, so the page's tokens carry their ids.
  const phrases: [string, true][] = [
    ['hồ sơ', true],
    ['hồ', true],
    ['US$', true],
  ];
  const nouns = new Lexicon(compileLexicon(phrases, wordKeyId, WORD_ID_SPAN), WORD_ID_SPAN);
  const at = (text: string, i: number) => nouns.at(tokenStream(text), i)?.phrase;

  it('prefers the longest phrase', () => expect(at('5 hồ sơ', 1)).toBe('hồ sơ'));
  it('does not join a phrase across a line break', () => expect(at('5 hồ\nsơ', 1)).toBe('hồ'));
  it('keeps glued phrases glued', () => expect(at('US$ 5', 0)).toBe('US$'));

  it('looks back from a token', () => {
    expect(nouns.before(tokenStream('Có Hồ sơ 5'), 3)?.phrase).toBe('hồ sơ');
  });
});

describe('paragraphs', () => {
  it('split on blank lines, spaces allowed on them', () => {
    const text = 'a\nb\n \nc\n\n\nd';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['a\nb', 'c', 'd']);
  });
});

describe('languageOf', () => {
  it.each([
    ['Tỉnh đạt 98,65% hồ sơ trực tuyến trong năm qua.', 'vi'],
    ['The province handled 1.24 million dossiers online last year.', 'en'],
    ['12/63', 'vi'],
  ])('%s', (text, language) => expect(languageOf(text)).toBe(language));
});
