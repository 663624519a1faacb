import { describe, expect, it } from 'vitest';
import { createPageTextReader, domPiecesOf, isInsideSkipped, offsetOf, readPageText } from '../../../utils/annotation/page-text';

function rootOf(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('reading a page a slice at a time', () => {
  it('gives the same text and runs as reading it at once, however often it stops', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>Đoạn ${i}:  xếp thứ <b>${i % 63}</b>/63,\n đạt <i>9${i},5</i>%</p>`).join('');
    const whole = readPageText(rootOf(html));
    const reader = createPageTextReader(rootOf(html));
    let slices = 0;
    let calls = 0;
    while (!reader.step(() => ++calls % 3 === 0)) slices++;
    const sliced = reader.result();
    expect(slices).toBeGreaterThan(10);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.runs.map((r) => [r.start, r.end, r.node.data])).toEqual(whole.runs.map((r) => [r.start, r.end, r.node.data]));
  });

  it('keeps every run inside the text when trailing whitespace is trimmed', () => {
    const page = readPageText(rootOf('<p>65/65 xã</p><p>   </p><span>  </span>'));
    expect(page.text).toBe('65/65 xã');
    for (const run of page.runs) expect(run.end).toBeLessThanOrEqual(page.text.length);
  });
});

describe('mapping a span of page text back to the DOM', () => {
  it('covers a figure split across inline elements with one piece per text node', () => {
    const root = rootOf('<p>Nam Định xếp thứ <b>10</b>/63 tỉnh, với <span>177.427</span>   hồ sơ</p>');
    const page = readPageText(root);
    const rank = page.text.indexOf('thứ 10/63');
    expect(domPiecesOf(page, rank, rank + 'thứ 10/63'.length).map((p) => p.node.data.slice(p.from, p.to))).toEqual(['thứ ', '10', '/63']);
    const count = page.text.indexOf('177.427 hồ sơ');
    const pieces = domPiecesOf(page, count, count + '177.427 hồ sơ'.length);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['177.427', '   hồ sơ']);
  });

  it('finds the page-text offset of a DOM point, also inside collapsed whitespace', () => {
    const root = rootOf('<p>a \n\n   177.427 hồ sơ</p>');
    const page = readPageText(root);
    const node = root.querySelector('p')?.firstChild as Text;
    expect(offsetOf(page, node, node.data.indexOf('177'))).toBe(page.text.indexOf('177'));
    expect(offsetOf(page, document.createTextNode('x'), 0)).toBeUndefined();
  });

  it('knows when a node sits inside something never read', () => {
    const root = rootOf('<div contenteditable="true"><p>5%</p></div><pre><code>7%</code></pre><p>8%</p>');
    expect(isInsideSkipped(root.querySelector('[contenteditable] p') as Element)).toBe(true);
    expect(isInsideSkipped(root.querySelector('code')?.firstChild as Text)).toBe(true);
    expect(isInsideSkipped(root.querySelector(':scope > p') as Element)).toBe(false);
  });
});

describe('what a closed <details> shows', () => {
  it('reads the summary of a closed <details>, and everything of an open one', () => {
    expect(readPageText(rootOf('<details><summary>Tóm tắt 5%</summary>Chi tiết 33,33%</details>')).text).toBe('Tóm tắt 5%');
    expect(readPageText(rootOf('<details open><summary>Tóm tắt</summary>Chi tiết 33,33%</details>')).text).toBe('Tóm tắt\nChi tiết 33,33%');
  });
});
