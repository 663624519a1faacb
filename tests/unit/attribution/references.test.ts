import { describe, expect, it } from 'vitest';
import { readPageMeta } from '../../../utils/attribution/page-meta';
import { attributeReferences, issuerPlace } from '../../../utils/attribution/references';
import type { Reference } from '../../../utils/extraction/types';

const LONG_AN = readPageMeta({ text: '', url: 'https://baolongan.vn/x' });

function ref(page: string, text: string, symbol: string, date?: string): Reference {
  const start = page.indexOf(text);
  return { text, symbol, date, start, end: start + text.length };
}

const place = (page: string, text: string, symbol: string, meta = LONG_AN, date?: string): string => {
  const p = issuerPlace(page, ref(page, text, symbol, date), meta);
  return p === 'unknown' ? 'unknown' : p.id;
};

describe('where a document was issued', () => {
  it.each([
    ['Thực hiện Nghị quyết số 21-NQ/TU của Ban Thường vụ Tỉnh ủy.', 'Nghị quyết số 21-NQ/TU', '21-NQ/TU', 'long-an'],
    ['Chương trình hành động số 3288/CTr-UBND của UBND tỉnh.', 'Chương trình hành động số 3288/CTr-UBND', '3288/CTr-UBND', 'long-an'],
    ['Nghị quyết số 05/NQ-HĐND về ngân sách.', 'Nghị quyết số 05/NQ-HĐND', '05/NQ-HĐND', 'long-an'],
    ['Văn bản số 1626/UBND-KGVX chỉ đạo triển khai.', 'Văn bản số 1626/UBND-KGVX', '1626/UBND-KGVX', 'long-an'],
    // a provincial body named with its province in the text
    ['Kế hoạch số 78/KH-UBND của UBND tỉnh Hậu Giang về chuyển đổi số.', 'Kế hoạch số 78/KH-UBND', '78/KH-UBND', 'hau-giang'],
    // central bodies are national
    ['Quyết định số 348/QĐ-TTg của Thủ tướng.', 'Quyết định số 348/QĐ-TTg', '348/QĐ-TTg', 'viet-nam'],
    ['Nghị quyết số 57-NQ/TW của Bộ Chính trị.', 'Nghị quyết số 57-NQ/TW', '57-NQ/TW', 'viet-nam'],
    ['Nghị định số 47/2020/NĐ-CP về dữ liệu số.', 'Nghị định số 47/2020/NĐ-CP', '47/2020/NĐ-CP', 'viet-nam'],
    ['Văn bản số 4336/BTTTT-THH hướng dẫn.', 'Văn bản số 4336/BTTTT-THH', '4336/BTTTT-THH', 'viet-nam'],
    // a symbol that does not say
    ['Báo cáo số 19/BC-XYZ cho biết.', 'Báo cáo số 19/BC-XYZ', '19/BC-XYZ', 'unknown'],
  ])('%s → %s', (page, text, symbol, id) => {
    expect(place(page, text, symbol)).toBe(id);
  });

  it('does not guess the province of a provincial document on a page of unknown origin', () => {
    expect(place('Kế hoạch số 122/KH-UBND ngày 22-10-2021.', 'Kế hoạch số 122/KH-UBND', '122/KH-UBND', {})).toBe('unknown');
  });

  it('names a document signed after the merger on the 34-map', () => {
    expect(place('Quyết định số 1/QĐ-UBND.', 'Quyết định số 1/QĐ-UBND', '1/QĐ-UBND', LONG_AN, '2025-08-01')).toBe('tay-ninh-2025');
  });

  it('adds issuerPlace to each reference and keeps the rest', () => {
    const page = 'Nghị quyết số 21-NQ/TU.';
    const r = ref(page, 'Nghị quyết số 21-NQ/TU', '21-NQ/TU');
    expect(attributeReferences(page, [r], LONG_AN)).toEqual([{ ...r, issuerPlace: { id: 'long-an', name: 'Long An', map: 63 } }]);
  });
});
