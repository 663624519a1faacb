import { describe, expect, it } from 'vitest';
import { growth } from '../../../utils/checks/growth';
import { checkPage } from '../../../scripts/check-page';
import { money, percent, run } from './run-rule';

const ty = (text: string) => money(`${text} tỷ đồng`, Number(text.replace(/\./g, '')) * 1e9);

describe('a growth between two values written before it', () => {
  it.each([
    [
      'each value with its own year, right',
      'Năm 2022 thu phí đạt 860 tỷ đồng; năm 2023 đạt 946 tỷ đồng, tăng 10%.',
      [ty('860'), ty('946'), percent('10%', 10)],
      'ok',
    ],
    [
      'each value with its own year, wrong',
      'Năm 2022 thu phí đạt 860 tỷ đồng; năm 2023 đạt 946 tỷ đồng, tăng 16%.',
      [ty('860'), ty('946'), percent('16%', 16)],
      'warning',
    ],
    ['từ … lên …, right', 'Thu phí tăng từ 860 tỷ đồng lên 946 tỷ đồng, tương ứng tăng 10%.', [ty('860'), ty('946'), percent('10%', 10)], 'ok'],
    ['from … to …, down, wrong', 'Fees fell from 946 tỷ đồng to 860 tỷ đồng, down 16%.', [ty('946'), ty('860'), percent('16%', 16)], 'warning'],
    [
      'the comparison first, the earlier value in its brackets, the later value closing the sentence before',
      'Sáu tháng đầu năm, kim ngạch xuất khẩu đạt 1.100 tỷ đồng. So với cùng kỳ năm 2023 (1.000 tỷ đồng), kim ngạch tăng 1%.',
      [ty('1.100'), ty('1.000'), percent('1%', 1)],
      'warning',
    ],
    [
      'the comparison first, in one sentence, right',
      'Exports reached 1.100 tỷ đồng; compared with the same period last year (1.000 tỷ đồng), they were up 10%.',
      [ty('1.100'), ty('1.000'), percent('10%', 10)],
      'ok',
    ],
  ])('%s', (_name, text, figures, status) => {
    expect(run(growth, text, figures).map((f) => f.status)).toEqual([status]);
  });

  it.each([
    ['two values with no order between them', 'Thu phí đạt 860 tỷ đồng, thu lệ phí 946 tỷ đồng, tăng 16%.', [ty('860'), ty('946'), percent('16%', 16)]],
    ['the later year first', 'Năm 2023 thu phí đạt 946 tỷ đồng; năm 2022 đạt 860 tỷ đồng, tăng 16%.', [ty('946'), ty('860'), percent('16%', 16)]],
    [
      'a bracketed value not named as the earlier one',
      'Kim ngạch xuất khẩu đạt 1.100 tỷ đồng. Trong đó hàng nông sản (1.000 tỷ đồng), kim ngạch tăng 1%.',
      [ty('1.100'), ty('1.000'), percent('1%', 1)],
    ],
    ['a share, not a change', 'Năm 2022 thu phí đạt 860 tỷ đồng; năm 2023 đạt 946 tỷ đồng, chiếm 16%.', [ty('860'), ty('946'), percent('16%', 16)]],
  ])('stays silent: %s', (_name, text, figures) => {
    expect(run(growth, text, figures)).toEqual([]);
  });
});

describe('a growth that holds only within the rounding of its two values', () => {
  it('prints the range the written digits allow beside the computed growth, so the ✓ shows why it holds', () => {
    const text = 'Năm 2024, lượng khách du lịch đạt 1,9 triệu lượt, tăng 15% so với năm 2023 (1,7 triệu lượt).';
    const [finding] = checkPage({ text }).filter((f) => f.rule === 'growth');
    expect(finding?.status).toBe('ok');
    expect(finding?.explanation.vi).toContain('= +11,8% (theo các chữ số đã ghi: 5,71–18,19%)');
    expect(finding?.explanation.en).toContain('(5.71–18.19% from the digits written)');
  });
});

describe('a growth between two bare amounts the sentence opened by naming', () => {
  const verdict = (text: string) => checkPage({ text }).filter((f) => f.rule === 'growth');

  it.each([
    ['English, wrong', 'Hotel guests went from 2.45 million in 2022 to 2.94 million in 2023, an increase of 12%.', 'warning'],
    ['English, right', 'Hotel guests went from 2.45 million in 2022 to 2.94 million in 2023, an increase of 20%.', 'ok'],
    ['Vietnamese, wrong', 'Lượng hành khách qua cảng tăng từ 3,20 triệu năm 2023 lên 3,68 triệu năm 2024, tức tăng 10%.', 'warning'],
  ])('%s', (_name, text, status) => {
    const [finding] = verdict(text);
    expect(finding?.status).toBe(status);
    expect(finding?.explanation.en).toMatch(/million/);
  });

  it('stays silent when the bare amount follows another clause’s value', () => {
    expect(verdict('Tourist arrivals reached 3.10 million, and revenue rose to 3.60 million, up 5%.')).toEqual([]);
  });
});
