import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extraction/extract';

/**
 * The figure rules read tokens from a stream started at each number, so a rule looking back sees
 * negative token indices (figures/find-figures.ts). A rule that took a negative index for "none"
 * lost the earlier value of a change.
 */
describe('figures read from a stream started at the number', () => {
  it('count the earlier value of a change after `so với` by the noun of the count before it', () => {
    const text = 'Năm 2023, tỉnh đón 2,1 triệu lượt khách du lịch, tăng 12% so với 1,88 triệu của năm 2022.';
    const earlier = extract(text).figures.find((f) => f.text === '1,88 triệu');
    expect(earlier).toMatchObject({ kind: 'count', value: 1880000, unit: 'lượt khách' });
  });

  it('find the same figures in a paragraph whatever stands before it', () => {
    const paragraph = 'Tỉnh đạt 98,65% hồ sơ trực tuyến, xếp thứ 10/63, tăng 3 bậc, với 177.427 hồ sơ và 710 tỷ đồng.';
    const alone = extract(paragraph).figures.map((f) => f.text);
    const after = extract(`Trang chủ 😀 ${'Tin tức. '.repeat(50)}\n\n${paragraph}`).figures.map((f) => f.text);
    expect(after).toEqual(alone);
    expect(alone.length).toBeGreaterThanOrEqual(5);
  });
});
