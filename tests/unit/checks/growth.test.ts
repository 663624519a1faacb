import { describe, expect, it } from 'vitest';
import { growth } from '../../../utils/checks/growth';
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
  ])('%s', (_name, text, figures, status) => {
    expect(run(growth, text, figures).map((f) => f.status)).toEqual([status]);
  });

  it.each([
    ['two values with no order between them', 'Thu phí đạt 860 tỷ đồng, thu lệ phí 946 tỷ đồng, tăng 16%.', [ty('860'), ty('946'), percent('16%', 16)]],
    ['the later year first', 'Năm 2023 thu phí đạt 946 tỷ đồng; năm 2022 đạt 860 tỷ đồng, tăng 16%.', [ty('946'), ty('860'), percent('16%', 16)]],
    ['a share, not a change', 'Năm 2022 thu phí đạt 860 tỷ đồng; năm 2023 đạt 946 tỷ đồng, chiếm 16%.', [ty('860'), ty('946'), percent('16%', 16)]],
  ])('stays silent: %s', (_name, text, figures) => {
    expect(run(growth, text, figures)).toEqual([]);
  });
});
