import { describe, expect, it } from 'vitest';
import { findPeriods, goalPeriod, periodOf, publicationPeriod, rankingPeriod } from '../../../utils/attribution/periods';
import { fold } from '../../../utils/extraction/text/fold';

/** Keys of the periods a phrase names, read as on a page published on `pub`. */
function keys(phrase: string, pub = '2023-08-26', contextYear?: number): string[] {
  return findPeriods(fold(phrase).folded).map((m) => periodOf(m, contextYear, pub)?.key ?? '?');
}

describe('period rules', () => {
  it.each([
    // explicit years
    ['Trong năm 2022, hệ thống tiếp nhận 177.427 hồ sơ', ['2022']],
    ['in 2024 Nghe An attracted', ['2024']],
    ['xếp hạng PCI 2023 toàn quốc', ['2023']],
    ['its 2020 rankings of digital transformation', ['2020']],
    ['2023: Concentrating on Solutions', ['2023']],
    // ranges
    ['giai đoạn 2021 – 2025', ['2021-2025']],
    ['nhiệm kỳ 2020 - 2025', ['2020-2025']],
    ['năm 2019 - 2020 là năm hội tụ', ['2019-2020']],
    // halves, runs of months, quarters, months
    ['6 tháng đầu năm 2023, doanh thu', ['2023-H1']],
    ['6 tháng cuối năm 2024', ['2024-H2']],
    ['first half of 2023', ['2023-H1']],
    ['trong 9 tháng đầu năm 2025', ['2025-9M']],
    ['GRDP 9tháng của tỉnh', ['2023-9M']],
    ['cộng dồn 2 tháng tăng 14%', ['2023-2M']],
    ['Riêng quý III/2025, GRDP', ['2025-Q3']],
    ['quý 2 năm 2021', ['2021-Q2']],
    ['third quarter of 2024', ['2024-Q3']],
    ['trong tháng 8/2021', ['2021-08']],
    ['tháng 3 năm 2023', ['2023-03']],
    ['in August 2021', ['2021-08']],
    // cumulative and goals
    ['Tính lũy kế tới hết năm 2024', ['to-2024']],
    ['Đến hết tháng 3-2023', ['to-2023-03']],
    ['tính đến ngày 30/6/2024', ['to-2024-06-30']],
    ['giải ngân đến ngày 30/6/2024 đạt 45,2%', ['to-2024-06-30']],
    ['từ ngày 21/7 đến 20/8/2021', []],
    ['phấn đấu đến năm 2025', ['to-2025']],
    ['còn tới năm 2030 chiếm khoảng 30%', ['to-2030']],
    ['by 2025', ['to-2025']],
    ['Đến nay, Nam Định xếp thứ 10/63', ['to-2023-08-26']],
    ['this year', ['2023']],
  ])('%s → %j', (phrase, expected) => {
    expect(keys(phrase)).toEqual(expected);
  });

  it.each([
    // a comparison base is not the figure's period
    ['tăng 14% so với cùng kỳ năm 2022', []],
    ['tăng 6 bậc so với năm 2020', []],
    ['compared with 2020', []],
    // dates and document years are not periods
    ['Ngày 02 tháng 7 năm 2021, UBND tỉnh', []],
    ['theo Nghị quyết số 17/NQ-CP năm 2020', []],
    // …but a sentence that ends in a ranked pair does not turn the next one's year into a symbol's
    ['xếp thứ 9/63. Năm 2024, tỉnh vươn lên thứ 6/63', ['2024']],
    ['ngày 15-10-2021', []],
    ['Nghị định số 47/2020/NĐ-CP', []],
    // a duration or a count is not a period
    ['sau 2 năm liên tiếp', []],
    ['12 tháng', []],
  ])('%s names no period', (phrase, expected) => {
    expect(keys(phrase)).toEqual(expected);
  });

  it('fills in the year of a half, quarter or month from the context, else from the publication date', () => {
    expect(keys('trong quý III', '2025-10-06', 2024)).toEqual(['2024-Q3']);
    expect(keys('trong quý III', '2025-10-06')).toEqual(['2025-Q3']);
    const [q] = findPeriods(fold('trong quý III').folded);
    expect(q && periodOf(q, undefined, undefined)).toBeUndefined();
  });

  it('gives exact bounds', () => {
    const [m] = findPeriods(fold('9 tháng đầu năm 2024').folded);
    expect(m && periodOf(m, undefined, undefined)).toEqual({ key: '2024-9M', from: '2024-01-01', to: '2024-09-30', basis: 'range' });
    const [q] = findPeriods(fold('quý I/2024').folded);
    expect(q && periodOf(q, undefined, undefined)).toMatchObject({ from: '2024-01-01', to: '2024-03-31', basis: 'quarter' });
    const [f] = findPeriods(fold('tháng 2/2024').folded);
    expect(f && periodOf(f, undefined, undefined)).toMatchObject({ from: '2024-02-01', to: '2024-02-29', basis: 'month' });
  });

  it('reads a ranking quoted without a year as the year before publication (DTI 2022 came out in 2023)', () => {
    expect(rankingPeriod('2023-08')).toMatchObject({ key: '2022', basis: 'year' });
  });

  it('speaks for the publication day, month or year when nothing else is said', () => {
    expect(publicationPeriod('2021-08-30')).toEqual({ key: 'to-2021-08-30', from: '2021-08-30', to: '2021-08-30', basis: 'publication' });
    expect(publicationPeriod('2023-08')).toMatchObject({ key: 'to-2023-08', from: '2023-08-01', to: '2023-08-31' });
  });

  it('turns a goal for a span of years into a goal by its last year', () => {
    expect(goalPeriod({ key: '2021-2025', from: '2021-01-01', to: '2025-12-31', basis: 'range' }).key).toBe('to-2025');
    expect(goalPeriod({ key: '2025-9M', from: '2025-01-01', to: '2025-09-30', basis: 'range' }).key).toBe('2025-9M');
  });
});
