import { describe, expect, it } from 'vitest';
import { itemsInOrder, itemsOf } from '../../../utils/annotation/marks';
import { extract } from '../../../utils/extraction';

const TEXT =
  'Thực hiện Nghị quyết số 09-NQ/TU ngày 15-10-2021, tỉnh xếp thứ 10/63, tăng 6 bậc; tỷ lệ đạt 98,65% với 177.427 hồ sơ.\n' +
  'Nghị quyết số 09 đặt mục tiêu 80% dịch vụ công trực tuyến; Quyết định 348/QĐ-TTg cấp 710 tỷ đồng.\n';

describe('marks in text order', () => {
  it('are the same items, in the same order, taken one at a time as listed all at once', () => {
    const found = extract(TEXT.repeat(20));
    expect(found.backrefs.length).toBeGreaterThan(0);
    expect([...itemsInOrder(found)]).toEqual(itemsOf(found));
  });

  it('still come in text order when an extraction lists a kind out of order', () => {
    const found = extract(TEXT.repeat(3));
    const shuffled = { ...found, figures: [...found.figures].reverse() };
    const starts = [...itemsInOrder(shuffled)].map((item) => item.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(found.figures.length + found.references.length + found.backrefs.length);
  });
});
