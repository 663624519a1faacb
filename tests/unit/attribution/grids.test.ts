import { describe, expect, it } from 'vitest';
import { readPageText } from '../../../utils/annotation/page-text';
import { attributeFigures } from '../../../utils/attribution';
import { Grids, tablesWithin } from '../../../utils/attribution/grids';
import { readPageMeta } from '../../../utils/attribution/page-meta';

function read(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  const page = readPageText(root);
  return { text: page.text, tables: page.tables ?? [] };
}

// Two header rows, a head spanning two columns, heads spanning both header rows: a statistics office's table.
const STATISTICS = `
<p>Một số chỉ tiêu chủ yếu</p>
<table>
<thead>
<tr><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Tháng 9/2025</th><th colspan="2">9 tháng năm 2025</th></tr>
<tr><th>Ước thực hiện</th><th>So với cùng kỳ (%)</th></tr>
</thead>
<tbody>
<tr><td>Kim ngạch xuất khẩu</td><td>1.905</td><td>16.420</td><td>121,3</td></tr>
<tr><td rowspan="2">Thu ngân sách</td><td>1.245</td><td>10.870</td><td>112,4</td></tr>
<tr><td>7</td><td>88</td><td>99,9</td></tr>
</tbody>
</table>`;

describe('the page reader keeps a table as a grid', () => {
  it('places every cell in its row and column once merged cells are laid out', () => {
    const { text, tables } = read(STATISTICS);
    expect(tables).toHaveLength(1);
    const cell = (t: string) => tables[0]?.cells.find((c) => text.slice(c.start, c.end).trim() === t);
    expect(cell('9 tháng năm 2025')).toMatchObject({ row: 0, col: 2, colSpan: 2, header: true });
    expect(cell('So với cùng kỳ (%)')).toMatchObject({ row: 1, col: 3, header: true });
    expect(cell('16.420')).toMatchObject({ row: 2, col: 2, header: false });
    // The row under a label spanning two rows starts one column to the right.
    expect(cell('88')).toMatchObject({ row: 4, col: 2 });
  });

  it('gives a figure the heads over its column, lowest first, and the labels left of it in its row', () => {
    const { text, tables } = read(STATISTICS);
    const grids = new Grids(text, tables);
    expect(grids.contextAt(text.indexOf('121,3'))).toEqual({
      cell: '121,3',
      columnHeads: ['So với cùng kỳ (%)', '9 tháng năm 2025'],
      rowLabels: ['Kim ngạch xuất khẩu'],
    });
    expect(grids.contextAt(text.indexOf('99,9'))?.rowLabels).toEqual(['Thu ngân sách']);
    expect(grids.contextAt(text.indexOf('Một số'))).toBeUndefined();
    expect(grids.contextAt(text.indexOf('Ước thực hiện'))).toBeUndefined();
  });

  it('takes the first row as the header row of a table without <th>, and keeps tables apart', () => {
    const { text, tables } = read(
      '<table><tr><td>Tỉnh</td><td>DTI 2024</td></tr><tr><td>Đà Nẵng</td><td>0,7096</td></tr></table>' +
        '<table><tr><td>Hà Nội</td><td>0,6879</td></tr></table>',
    );
    expect(tables).toHaveLength(2);
    const grids = new Grids(text, tables);
    expect(grids.contextAt(text.indexOf('0,7096'))).toEqual({ cell: '0,7096', columnHeads: ['DTI 2024'], rowLabels: ['Đà Nẵng'] });
    expect(grids.contextAt(text.indexOf('0,6879'))).toEqual({ cell: '0,6879', columnHeads: [], rowLabels: ['Hà Nội'] });
  });

  it("moves a slice of the page's tables to that slice's offsets", () => {
    const { text, tables } = read(STATISTICS);
    const from = text.indexOf('Kim ngạch');
    const within = tablesWithin(tables, from, text.length);
    expect(within[0]?.cells.every((c) => c.start >= 0)).toBe(true);
    expect(new Grids(text.slice(from), within).contextAt(text.indexOf('121,3') - from)?.rowLabels).toEqual(['Kim ngạch xuất khẩu']);
  });
});

describe('a figure in a table takes its column and its row', () => {
  it('reads the indicator from the row label, the period from the column heads, the province from the page', () => {
    const { text, tables } = read(STATISTICS);
    const meta = readPageMeta({ text, url: 'https://phutho.gov.vn/thong-ke', meta: { 'article:published_time': '2025-10-08' } });
    const at = (t: string) => ({ text: t, kind: 'percent' as const, value: 0, start: text.indexOf(t), end: text.indexOf(t) + t.length });
    const [growth, month] = attributeFigures(text, [at('121,3'), { ...at('1.905'), kind: 'money' as const }], meta, { tables });
    expect(growth).toMatchObject({ indicator: { id: 'export' }, period: { key: '2025-9M' }, subject: { id: 'phu-tho-2025' } });
    expect(month).toMatchObject({ indicator: { id: 'export' }, period: { key: '2025-09' } });
  });

  it("reads the province from a ranking table's row label", () => {
    const { text, tables } = read('<table><tr><th>Tỉnh</th><th>Điểm PAPI 2024</th></tr><tr><td>Cà Mau</td><td>45,10</td></tr></table>');
    const start = text.indexOf('45,10');
    const [f] = attributeFigures(
      text,
      [{ text: '45,10', kind: 'score', value: 45.1, start, end: start + 5 }],
      readPageMeta({ text, meta: { 'article:published_time': '2025-04-23' } }),
      { tables },
    );
    expect(f).toMatchObject({ indicator: { id: 'papi' }, subject: { id: 'ca-mau' }, period: { key: '2024' } });
  });
});
