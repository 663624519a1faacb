import { describe as suite, expect, it } from 'vitest';
import { anchor, describe } from '@/utils/anchoring/anchor';

const page =
  'Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,65%. Chỉ số DTI của tỉnh xếp thứ 10/63, tăng 6 bậc so với năm 2022. ' +
  'Tỷ lệ hồ sơ trực tuyến đạt 72,34%.';
const spot = (text: string, quote: string) => describe(text, text.indexOf(quote), text.indexOf(quote) + quote.length);

suite('finding a clipped spot again', () => {
  it('finds it where it was', () => {
    expect(anchor(page, spot(page, 'xếp thứ 10/63'))).toMatchObject({ status: 'exact', start: page.indexOf('xếp thứ 10/63') });
  });

  it('follows it when text was added above', () => {
    const selectors = spot(page, 'xếp thứ 10/63');
    const edited = `Cập nhật: bài viết đã được bổ sung. ${page}`;
    const found = anchor(edited, selectors);
    expect(found.status).toBe('moved');
    expect(edited.slice(found.start, found.end)).toBe('xếp thứ 10/63');
  });

  it('picks the occurrence with the same context when the quote repeats', () => {
    const selectors = spot(page, 'đạt 72,34%');
    const edited = `Mục tiêu năm 2024 là đạt 72,34%. ${page.replace('Năm 2023', 'Trong năm 2023')}`;
    const found = anchor(edited, selectors);
    expect(found.status).toBe('moved');
    expect(found.start).toBe(edited.lastIndexOf('đạt 72,34%'));
  });

  it('says the text changed when the figure was corrected, and shows what stands there now', () => {
    const selectors = spot(page, 'đạt 98,65%');
    const corrected = page.replace('đạt 98,65%', 'đạt 97,9%');
    expect(anchor(corrected, selectors)).toMatchObject({ status: 'changed', current: 'đạt 97,9%' });
  });

  it('says the spot is missing when the article is gone', () => {
    expect(anchor('Trang không tồn tại.', spot(page, 'xếp thứ 10/63'))).toEqual({ status: 'missing' });
  });
});
