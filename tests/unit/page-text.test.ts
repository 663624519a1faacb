import { describe, expect, it } from 'vitest';
import { domPointAt, readPageText } from '../../utils/annotation/page-text';

function pageOf(html: string) {
  const root = document.createElement('div');
  root.innerHTML = html;
  return { root, page: readPageText(root) };
}

describe('readPageText', () => {
  it('collapses whitespace and breaks lines at blocks', () => {
    const { page } = pageOf('<h1>  Tiêu đề </h1>\n  <p>Nam Định xếp   thứ\n <b>10</b>/63</p><p>tăng 1 bậc</p>');
    expect(page.text).toBe('Tiêu đề\nNam Định xếp thứ 10/63\ntăng 1 bậc');
  });

  it('skips scripts, styles, inputs, code and hidden elements', () => {
    const { page } = pageOf(
      '<p>đạt 98,65%</p><script>var x = "50%"</script><style>.a{}</style><textarea>12 hồ sơ</textarea>' +
        '<code>3%</code><div hidden>7%</div><div style="display: none">8%</div><p contenteditable="true">9%</p>',
    );
    expect(page.text).toBe('đạt 98,65%');
  });

  it('turns <br> into a line break and decodes entities', () => {
    const { page } = pageOf('Quyết định số<br>411/QĐ-TTg &amp; 5&nbsp;%');
    expect(page.text).toBe('Quyết định số\n411/QĐ-TTg & 5\u00a0%');
  });

  it('maps offsets back to the text nodes, across inline elements', () => {
    const { page } = pageOf('<p>xếp   thứ <b>10</b>/63 tỉnh</p>');
    const start = page.text.indexOf('10');
    const end = page.text.indexOf(' tỉnh');
    const from = domPointAt(page, start, 'start');
    const to = domPointAt(page, end, 'end');
    expect(from?.node.data).toBe('10');
    expect(from?.offset).toBe(0);
    expect(to?.node.data).toBe('/63 tỉnh');
    expect(to?.offset).toBe(3);
  });

  it('maps offsets inside a collapsed run to the source characters', () => {
    const { page } = pageOf('<p>a \n\n   177.427 hồ sơ</p>');
    const start = page.text.indexOf('177');
    const point = domPointAt(page, start, 'start');
    expect(point?.node.data.slice(point.offset, point.offset + 7)).toBe('177.427');
  });

  it('reads deeply nested pages without exhausting the stack', { timeout: 30_000 }, () => {
    const root = document.createElement('div');
    let parent: Element = root;
    for (let i = 0; i < 20000; i++) {
      const span = document.createElement('span');
      parent.appendChild(span);
      parent = span;
    }
    parent.textContent = '65/65 xã';
    expect(readPageText(root).text).toBe('65/65 xã');
  });
});
