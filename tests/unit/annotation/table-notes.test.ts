import { describe, expect, it } from 'vitest';
import { inPage } from '../../../utils/annotation/analysis-work';
import { readPageText } from '../../../utils/annotation/page-text';

// A portal's ranking table: the period and the indicator are in the column head, the province in the row label.
const TABLE = `
<p>Kết quả công bố ngày 12/6/2025.</p>
<table>
<tr><th>Địa phương</th><th>Tỷ lệ hồ sơ trực tuyến năm 2023</th><th>Tỷ lệ hồ sơ trực tuyến năm 2024</th></tr>
<tr><td>Nam Định</td><td>71,2%</td><td>98,65%</td></tr>
<tr><td>Thái Bình</td><td>64,0%</td><td>90,1%</td></tr>
</table>`;

describe('figures in a table, as the reader notes them', () => {
  it('take the period of their column and the province of their row', async () => {
    const root = document.createElement('div');
    root.innerHTML = TABLE;
    const page = readPageText(root);
    const found = await inPage.extract(page.text);
    const notes = await inPage.note(page.text, found, { text: page.text, url: 'https://namdinh.gov.vn/a', ...(page.tables ? { tables: page.tables } : {}) });
    const contextOf = (written: string) => notes[found.figures.findIndex((f) => f.text === written)]?.context;
    const period = (written: string) => {
      const p = contextOf(written)?.period;
      return p && p !== 'unknown' ? p.key : p;
    };
    const subject = (written: string) => {
      const s = contextOf(written)?.subject;
      return s && s !== 'unknown' ? s.name : s;
    };
    expect(period('71,2%')).toBe('2023');
    expect(period('98,65%')).toBe('2024');
    expect(subject('90,1%')).toBe('Thái Bình');
    expect(subject('98,65%')).toBe('Nam Định');
  });
});
