import { describe, expect, it } from 'vitest';
import { Annotator } from '../../../utils/annotation/annotator';
import { inPage } from '../../../utils/annotation/analysis-work';
import { createPainter } from '../../../utils/annotation/painter';
import { readPageText } from '../../../utils/annotation/page-text';
import { extract } from '../../../utils/extraction';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('annotating a page with <mark> wrappers (browsers without the Highlight API)', () => {
  it('marks every extracted item, across inline elements, without changing the text', async () => {
    const body = page(
      '<h1>Nam Định</h1><p>Tỉnh xếp thứ <b>10</b>/63, tăng 6 bậc; tỷ lệ đạt <span>98,65</span>%.</p>' +
        '<p>Thực hiện Nghị quyết số 09-NQ/TU ngày 15-10-2021; Nghị quyết số 09 đặt mục tiêu 65/65 xã.</p>',
    );
    const before = readPageText(body).text;
    const expected = extract(before);
    const painter = createPainter(document, 'wrap');
    const annotator = new Annotator({ analysis: inPage, painter });
    await annotator.annotate(body);
    expect(annotator.counts()).toEqual({
      figures: expected.figures.length,
      references: expected.references.length + expected.backrefs.length,
    });
    expect(expected.figures.length).toBeGreaterThanOrEqual(4);
    const marked = [...body.querySelectorAll('mark[data-soi-mark]')];
    const byMark = new Map<string, string>();
    for (const mark of annotator.marks) byMark.set(String(mark.id), mark.pieces.map((p) => p.node.data).join(''));
    expect([...byMark.values()]).toEqual(expect.arrayContaining(['thứ 10/63', '98,65%', 'Nghị quyết số 09']));
    expect(marked.every((m) => m.closest('p, h1'))).toBe(true);
    expect(readPageText(body).text).toBe(before);
    painter.dispose();
    expect(body.querySelectorAll('mark[data-soi-mark]')).toHaveLength(0);
    expect(readPageText(body).text).toBe(before);
  });

  it('reads a changed block again and replaces only the marks inside it', async () => {
    const body = page('<p id="a">Tỉnh đạt 98,65%.</p><p id="b">Có 177.427 hồ sơ.</p>');
    const painter = createPainter(document, 'wrap');
    const annotator = new Annotator({ analysis: inPage, painter });
    await annotator.annotate(body);
    expect(annotator.counts().figures).toBe(2);
    const b = body.querySelector('#b') as HTMLElement;
    b.textContent = 'Có 12 hồ sơ và 3,45% trễ hạn.';
    await annotator.annotate(b);
    const texts = [...annotator.marks].map((m) => m.pieces.map((p) => p.node.data).join('')).sort();
    expect(texts).toEqual(['12 hồ sơ', '3,45%', '98,65%']);
    painter.dispose();
  });

  it('leaves out what the reader ignored', async () => {
    const body = page('<p>Tỉnh đạt 98,65% và 3,45%.</p>');
    const painter = createPainter(document, 'wrap');
    const annotator = new Annotator({
      analysis: inPage,
      painter,
      isIgnored: (item) => item.type === 'figure' && item.figure.text === '3,45%',
    });
    await annotator.annotate(body);
    expect([...annotator.marks].map((m) => (m.item.type === 'figure' ? m.item.figure.text : ''))).toEqual(['98,65%']);
    painter.dispose();
  });

  it('treats markup written as article text as text: no element is created from it', async () => {
    const body = page('<p></p>');
    (body.firstChild as HTMLElement).textContent = 'Tỉnh đạt 98,65% <img src=x onerror="window.pwned=1"> trong năm.';
    const painter = createPainter(document, 'wrap');
    const annotator = new Annotator({ analysis: inPage, painter });
    await annotator.annotate(body);
    expect(body.querySelector('img')).toBeNull();
    expect(annotator.counts().figures).toBe(1);
    expect(body.textContent).toContain('<img src=x onerror="window.pwned=1">');
    painter.dispose();
  });
});
