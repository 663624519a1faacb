import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../../../utils/extraction/extract';
import type { Extraction } from '../../../utils/extraction/types';

/** What hostile pages repeat by the thousand: line breaks, spaces, digits, dots, slashes, marks, surrogates. */
const UNITS = [
  '\n',
  '\r\n',
  '\n \n',
  ' ',
  '\t',
  '\u00a0',
  '1',
  '9',
  '.',
  ',',
  '/',
  '-',
  ':',
  '%',
  '\u0301',
  '\u0323',
  '\ud83d\ude00',
  '\ud800',
  '\udc00',
  'a',
  'Đ',
  'số ',
  'ngày ',
];
/** Our own sentences, so runs land between real figures and references. */
const SENTENCES = [
  'Tỉnh đạt 92,3% hồ sơ.',
  'Quyết định số 55/QĐ-TTg ngày 2-3-2022.',
  'Ngày 4/5/2023, UBND tỉnh ban hành Kế hoạch số 7/KH-UBND.',
  'Điện thoại: 0236 3822 119',
  'Nghị quyết số 11 đã được sơ kết.',
];

const run = fc.tuple(fc.constantFrom(...UNITS), fc.integer({ min: 1, max: 60_000 })).map(([unit, times]) => unit.repeat(times));
const page = fc.array(fc.oneof(run, fc.constantFrom(...SENTENCES)), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));

function itemsMatchText(text: string, result: Extraction): void {
  for (const item of [...result.figures, ...result.references, ...result.backrefs]) expect(text.slice(item.start, item.end)).toBe(item.text);
}

describe('extract never throws', () => {
  it('on 3.5 million line breaks', { timeout: 60_000 }, () => {
    const text = `Tỉnh đạt 92,3% hồ sơ.${'\n'.repeat(3_500_000)}Quyết định số 55/QĐ-TTg.`;
    const result = extract(text);
    expect(result.figures.map((f) => f.text)).toEqual(['92,3%']);
    expect(result.references.map((r) => r.symbol)).toEqual(['55/QĐ-TTg']);
  });

  it('on 200 000 short paragraphs between figures', { timeout: 60_000 }, () => {
    const text = `Đạt 12%.${'\n\na'.repeat(200_000)}\n\nĐạt 13%.`;
    expect(extract(text).figures.map((f) => f.text)).toEqual(['12%', '13%']);
  });

  it('on long runs of line breaks, spaces, digits, dots, slashes, combining marks and surrogates', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(page, (text) => itemsMatchText(text, extract(text))),
      { numRuns: 60 },
    );
  });
});
