import { afterEach, describe, expect, it, vi } from 'vitest';
import { inPage } from '../../../utils/annotation/analysis-work';
import type { CardUi } from '../../../utils/annotation/card-ui';
import { readPageTextInSlices } from '../../../utils/annotation/page-text';
import { startReader, type Reader } from '../../../utils/annotation/reader';
import type { HostListener, TextHost } from '../../../utils/annotation/text-host';

/** A host shaped like a PDF viewer: pages whose text layers are rendered, and rendered again on zoom. */
function viewerHost() {
  document.body.innerHTML = '<div id="viewer"><div class="page" data-page="1"></div><div class="page" data-page="2"></div></div>';
  const viewer = document.getElementById('viewer') as HTMLElement;
  let listener: HostListener | undefined;
  const renderPage = (n: number, lines: string[]) => {
    const page = viewer.querySelector(`[data-page="${n}"]`) as HTMLElement;
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    for (const line of lines) {
      const span = document.createElement('span');
      span.textContent = line;
      layer.append(span, document.createElement('br'));
    }
    page.replaceChildren(layer);
    listener?.changed([layer]);
  };
  const host: TextHost = {
    doc: document,
    root: () => viewer,
    canRead: (node) => node.isConnected,
    read: (node, signal) => readPageTextInSlices(node, {}, signal),
    watch(l, signal) {
      listener = l;
      signal.addEventListener('abort', () => (listener = undefined));
      return { forgetOwnChanges: () => undefined };
    },
    facts: () => ({ url: 'https://so.gov.vn/van-ban.pdf', title: 'Kế hoạch', site: 'so.gov.vn', tags: {} }),
    cardParent: () => viewer,
  };
  return { host, renderPage };
}

const noCard = (): Promise<CardUi> => Promise.reject(new Error('no card in this test'));
const html = document.documentElement;
const counts = () => ({ state: html.dataset.soiState, figures: html.dataset.soiFigures, references: html.dataset.soiReferences });

let reader: Reader | undefined;
afterEach(() => reader?.stop());

// A pass on a busy machine can take seconds; the assertion is about what it reports, not how fast.
const PASS_WAIT = { timeout: 10_000 };

describe('the reader on a text host other than a web page', () => {
  it('reads each page as it renders, drops marks of a layer rendered again, and reports counts', async () => {
    const { host, renderPage } = viewerHost();
    reader = startReader(host, { analysis: inPage, loadCard: noCard });
    await vi.waitFor(() => expect(counts()).toEqual({ state: 'done', figures: '0', references: '0' }), PASS_WAIT);

    renderPage(1, ['Năm 2023, tỉnh xếp thứ 10/63 về chỉ số PCI.', 'Tỷ lệ hồ sơ đúng hạn đạt 98,65%.']);
    await vi.waitFor(() => expect(counts()).toEqual({ state: 'done', figures: '2', references: '0' }), PASS_WAIT);

    renderPage(2, ['Thực hiện Nghị quyết số 09-NQ/TU ngày 15-10-2021 của Tỉnh ủy.']);
    await vi.waitFor(() => expect(counts()).toEqual({ state: 'done', figures: '2', references: '1' }), PASS_WAIT);

    // Zoom: page 1's layer is made again from the same text; its old marks go, new ones come.
    renderPage(1, ['Năm 2023, tỉnh xếp thứ 10/63 về chỉ số PCI.', 'Tỷ lệ hồ sơ đúng hạn đạt 98,65%.']);
    await vi.waitFor(() => expect(counts()).toEqual({ state: 'done', figures: '2', references: '1' }), PASS_WAIT);
    expect(document.querySelectorAll('mark[data-soi-mark]')).toHaveLength(3);

    reader.stop();
    reader = undefined;
    expect(counts()).toEqual({ state: undefined, figures: undefined, references: undefined });
    expect(document.querySelectorAll('mark[data-soi-mark]')).toHaveLength(0);
  });
});
