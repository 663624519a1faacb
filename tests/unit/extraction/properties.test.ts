import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../../../utils/extraction/extract';
import type { Extraction } from '../../../utils/extraction/types';

/** Sentences of our own with figures, references and traps, mixed with arbitrary text by fast-check. */
const SENTENCES = [
  'Tỉnh đạt 92,3% hồ sơ đúng hạn.',
  'Xếp thứ 7/63 cả nước, tăng 3 bậc.',
  'Có 1.204 doanh nghiệp và 45/45 xã.',
  'Vốn 320 tỷ đồng, thu 2,1 triệu USD.',
  'Nghị quyết số 11-NQ/TU ngày 2-3-2022 và Quyết định 55/QĐ-TTg.',
  'Nghị quyết số 11 đã được sơ kết.',
  'Ngày 4/5/2023, UBND tỉnh ban hành Kế hoạch số 7/KH-UBND.',
  'Điện thoại: 0236 3822 119',
  'Chỉ số DTI đạt 0,4721, ranked 12th out of 63.',
  'Over 2,300 households, up 4 places.',
  '6 tháng đầu năm 2024, mức độ 4, Covid-19, 5G.',
];

const piece = fc.oneof(
  fc.constantFrom(...SENTENCES),
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[0-9.,/%\- ]{0,30}$/),
  fc.constantFrom('\n', ' ', '/', '-', '.', '%', 'số ', 'thứ ', 'tỷ đồng', 'ngày '),
);
const page = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

function items(result: Extraction): Array<{ start: number; end: number; text: string }> {
  return [...result.figures, ...result.references, ...result.backrefs];
}

/** What is found in one paragraph alone: figures and reference symbols with their spans. */
const localKeys = (r: Extraction, offset: number): string[] => [
  ...r.figures.map((f) => `F ${f.start + offset} ${f.end + offset} ${f.kind} ${f.value} ${f.of ?? ''}`),
  ...r.references.map((x) => `R ${x.start + offset} ${x.end + offset} ${x.symbol}`),
];

describe('extract on any text', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(page, fc.string({ maxLength: 400 })), (text) => {
        extract(text);
      }),
      { numRuns: 400 },
    );
  });

  it("gives every item a text equal to the page's slice at its offsets", () => {
    fc.assert(
      fc.property(page, (text) => {
        for (const item of items(extract(text))) expect(text.slice(item.start, item.end)).toBe(item.text);
      }),
      { numRuns: 400 },
    );
  });

  it("finds on a page exactly the union of its paragraphs' figures and references", () => {
    const paragraphs = fc.array(
      fc
        .array(
          piece.filter((p) => !p.includes('\n')),
          { minLength: 1, maxLength: 6 },
        )
        .map((p) => p.join('')),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(paragraphs, (parts) => {
        const text = parts.join('\n\n');
        const whole = localKeys(extract(text), 0).sort();
        const union: string[] = [];
        let offset = 0;
        for (const part of parts) {
          union.push(...localKeys(extract(part), offset));
          offset += part.length + 2;
        }
        expect(whole).toEqual(union.sort());
      }),
      { numRuns: 300 },
    );
  });
});
