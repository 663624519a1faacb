import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Gap, tokenize, tokenizeAroundNumbers, type Token } from '../../../utils/extraction/text/tokens';
import { Lexicon } from '../../../utils/extraction/text/lexicon';
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

describe('tokenizeAroundNumbers', () => {
  const plain = (t: Token): string => `${t.type} ${t.text} ${t.start} ${t.gap}`;
  const reach = { behind: 3, ahead: 2 };
  const pieces = fc.constantFrom('Tỉnh', 'đạt', '98,65', '%', '12/63', 'xã', '1.234', ' ', '  ', '\n', '\u00a0', '/', '-', 'hồ sơ', 'a1', '5G');
  const texts = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''));

  it("gives the text's own tokens around every number, with as many before and after as asked", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const whole = tokenize(text);
        const seen = new Set<number>();
        for (let at = 0; ;) {
          const stretch = tokenizeAroundNumbers(text, at, text.length, reach);
          if (!stretch) break;
          const first = whole.findIndex((t) => t.start === stretch.tokens[0]!.start);
          expect(stretch.tokens.map(plain)).toEqual(whole.slice(first, first + stretch.tokens.length).map(plain));
          stretch.tokens.forEach((t, k) => {
            if (t.type !== 'num') return;
            seen.add(t.start);
            expect(k >= reach.behind || first === 0).toBe(true);
            expect(stretch.tokens.length - 1 - k >= reach.ahead || first + stretch.tokens.length === whole.length).toBe(true);
          });
          at = stretch.end;
        }
        expect([...seen]).toEqual(whole.filter((t) => t.type === 'num').map((t) => t.start));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out the prose far from any number', () => {
    const prose = 'Sở đã phát huy vai trò tham mưu với tỉnh ủy. '.repeat(20);
    const text = `${prose}Đạt 98,65% hồ sơ. ${prose}`;
    const stretch = tokenizeAroundNumbers(text, 0, text.length, reach)!;
    expect(stretch.tokens.map((t) => t.text).join(' ')).toBe('tỉnh ủy . Đạt 98,65 % hồ');
  });
});

describe('Lexicon', () => {
  const nouns = Lexicon.of(['hồ sơ', 'hồ', 'US$']);
  const at = (text: string, i: number) => {
    const tokens = tokenize(text);
    return nouns.at(
      tokens,
      tokens.map((t) => t.text.toLowerCase()),
      i,
    )?.phrase;
  };

  it('prefers the longest phrase', () => expect(at('5 hồ sơ', 1)).toBe('hồ sơ'));
  it('does not join a phrase across a line break', () => expect(at('5 hồ\nsơ', 1)).toBe('hồ'));
  it('keeps glued phrases glued', () => expect(at('US$ 5', 0)).toBe('US$'));

  it('looks back from a token', () => {
    const tokens = tokenize('có hồ sơ 5');
    expect(
      nouns.before(
        tokens,
        tokens.map((t) => t.text.toLowerCase()),
        3,
      )?.phrase,
    ).toBe('hồ sơ');
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
