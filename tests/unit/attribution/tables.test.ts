import { describe, expect, it } from 'vitest';
import { attributeFigures } from '../../../utils/attribution/attribute';
import { tableCellAt } from '../../../utils/attribution/tables';
import type { FigureKind } from '../../../utils/extraction/types';
import { figureIn } from './helpers';

function indicatorId(page: string, text: string, kind: FigureKind, occurrence = 0): string {
  const [fig] = attributeFigures(page, [figureIn(page, text, kind, occurrence)], {});
  if (!fig) throw new Error('no figure');
  return fig.indicator === 'unknown' ? 'unknown' : fig.indicator.id;
}

describe('figures in statistics tables', () => {
  it('reads the indicator from the column head of a tab-separated table', () => {
    const page = [
      'Kết quả năm 2023 của các tỉnh',
      'Tỉnh\tTăng trưởng GRDP\tThu ngân sách\tHộ nghèo',
      'Nam Định\t7,2%\t5.400 tỷ đồng\t1,5%',
      'Thái Bình\t6,8%\t6.100 tỷ đồng\t2,1%',
    ].join('\n');
    const table: Array<[string, FigureKind, string]> = [
      ['7,2%', 'percent', 'grdp-growth'],
      ['6,8%', 'percent', 'grdp-growth'],
      ['6.100 tỷ đồng', 'money', 'budget-revenue'],
      ['1,5%', 'percent', 'poor-households'],
      ['2,1%', 'percent', 'poor-households'],
    ];
    for (const [text, kind, want] of table) expect(indicatorId(page, text, kind), text).toBe(want);
  });

  it('reads the indicator from the row label when the column heads are years', () => {
    const page = [
      'Chỉ tiêu                      2022      2023',
      'Doanh nghiệp thành lập mới    1.250     1.410',
      'Tỷ lệ hộ nghèo                3,1%      2,4%',
    ].join('\n');
    expect(indicatorId(page, '1.410', 'count')).toBe('new-enterprises');
    expect(indicatorId(page, '1.250', 'count')).toBe('new-enterprises');
    expect(indicatorId(page, '3,1%', 'percent')).toBe('poor-households');
  });

  it('lines up a header row that has no head over the row labels', () => {
    const page = ['            PCI      DTI', 'Nam Định    65,4     0,52', 'Hà Nam      64,1     0,49'].join('\n');
    expect(tableCellAt(page, page.indexOf('0,49'))).toEqual({ cell: '0,49', columnHead: 'DTI', rowLabel: 'Hà Nam' });
    expect(indicatorId(page, '64,1', 'score')).toBe('pci');
    expect(indicatorId(page, '0,52', 'score')).toBe('dti');
  });

  it('leaves prose after a table, and a lone line with wide gaps, to the sentence rules', () => {
    const page = ['Tỉnh\tPCI', 'Trong năm, tỷ lệ hộ nghèo giảm còn 2%.'].join('\n');
    expect(tableCellAt(page, page.indexOf('2%'))).toBeUndefined();
    expect(indicatorId(page, '2%', 'percent')).toBe('poor-households');
    expect(tableCellAt('Hộ nghèo    2%', 9)).toBeUndefined();
  });
});

describe('tables copied as a header row and then one cell per line', () => {
  const page = ['Tỉnh\tPCI\tDTI', 'Nam Định', '65,4', '0,52', 'Hà Nam', '64,1', '0,49'].join('\n');

  it('counts each line into its row and column', () => {
    expect(tableCellAt(page, page.indexOf('0,49'))).toEqual({ cell: '0,49', columnHead: 'DTI', rowLabel: 'Hà Nam' });
    expect(indicatorId(page, '64,1', 'score')).toBe('pci');
    expect(indicatorId(page, '0,52', 'score')).toBe('dti');
  });

  it('does not read prose or broken rows under a header row as cells', () => {
    const prose = ['Tỉnh\tPCI\tDTI', 'Chỉ số hộ nghèo giảm.', '2%', '3%'].join('\n');
    expect(tableCellAt(prose, prose.indexOf('2%'))).toBeUndefined();
    const short = ['Tỉnh\tPCI\tDTI', 'Nam Định', '65,4'].join('\n');
    expect(tableCellAt(short, short.indexOf('65,4'))).toBeUndefined();
  });
});
