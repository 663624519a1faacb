/**
 * Soi's PDF viewer, `pdf.html?file=<encoded URL>` (`#page=N` opens at a page; `&fingerprint=…`
 * names the file a clip was made on, to say when it has changed). Fetches the file once (the bytes are kept for download as they came),
 * reads its text with the pipeline the command line uses, lays out the pages, then starts the same
 * reader as on web pages over the text layer.
 */
import './pages.css';
import '@/utils/annotation/highlights.css';
import './style.css';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import rendererUrl from 'pdfjs-dist/build/pdf.renderer.min.mjs?url';
import { browser } from 'wxt/browser';
import { loadLanguage } from '@/components/language/use-language';
import { startReader } from '@/utils/annotation/reader';
import { workerAnalysis } from '@/utils/annotation/worker-analysis';
import { runInSlices, yieldToPage } from '@/utils/annotation/slices';
import type { PdfText } from '@/utils/pdf/document-text';
import { t, type MessageKey } from '@/utils/i18n';
import { DOCUMENT_OPTIONS, readPdfDocument, withPageContents, type PdfDocumentText } from '@/utils/pdf/read-document';
import { fileNameOf, fileOf, pageOf } from '@/utils/pdf/viewer-url';
import { createSearch, type Search } from './search';
import type { OcrStore } from '@/utils/pdf/ocr-store';
import { keptPage, OcrCancelled, ocrPage, recognisePages, type OcrPage } from './ocr';
import { pdfHost } from './text-host';
import type { Viewer } from './viewer';

/** Each step's time, for `npm run bench:pdf` and the browser's performance panel. */
function measure(step: string, start: number): number {
  const now = performance.now();
  performance.measure(`soi:pdf:${step}`, { start, end: now });
  return now;
}

const byId = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const status = byId<HTMLParagraphElement>('status');
const html = document.documentElement;

function say(message: string): void {
  status.textContent = message;
}

function translate(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) element.textContent = t(element.dataset.text as MessageKey);
  for (const element of document.querySelectorAll<HTMLElement>('[data-label]')) {
    const label = t(element.dataset.label as MessageKey);
    element.setAttribute('aria-label', label);
    element.title = label;
    if (element instanceof HTMLInputElement) element.placeholder = label;
  }
}

/** Fetches the file; a site Soi may not read yet is offered to the reader to allow, with one click. */
async function fetchFile(file: string): Promise<Uint8Array | undefined> {
  try {
    const response = await fetch(file, { credentials: 'include' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    const { protocol, host, origin } = new URL(file);
    if (error instanceof TypeError && protocol !== 'file:' && !(await browser.permissions.contains({ origins: [`${origin}/*`] }))) {
      say(t('pdfNeedsAccess', { host }));
      const button = Object.assign(document.createElement('button'), { type: 'button', textContent: t('pdfGrantAccess', { host }) });
      button.addEventListener('click', () => {
        void browser.permissions.request({ origins: [`${origin}/*`] }).then((granted) => granted && location.reload());
      });
      status.append(button);
      return undefined;
    }
    say(t('pdfCannotOpen', { reason: error instanceof Error ? error.message : String(error) }));
    return undefined;
  }
}

/**
 * The store of recognised text, loaded when first used: Dexie and the store, evaluated with the
 * viewer's own script, made its first task 10–15 ms longer on every file, scanned or not.
 */
function lazyOcrStore(): { store: () => Promise<OcrStore>; isFull: (error: unknown) => boolean } {
  let opened: Promise<OcrStore> | undefined;
  return {
    store: () => (opened ??= import('@/utils/pdf/ocr-store').then(({ openOcrStore }) => openOcrStore())),
    // The store names its own error; its class is not loaded here to be compared with.
    isFull: (error) => error instanceof Error && error.name === 'OcrStoreFull',
  };
}

/** The text pipeline's steps run a time slice at a time: a long document is no long task. */
async function inSlices(steps: Generator<void, PdfText>): Promise<PdfText> {
  let result: PdfText | undefined;
  await runInSlices((shouldYield) => {
    for (;;) {
      const step = steps.next();
      if (step.done) {
        result = step.value;
        return true;
      }
      if (shouldYield()) return false;
    }
  });
  return result!;
}

async function main(): Promise<void> {
  await loadLanguage().catch(() => undefined);
  translate();
  const target = fileOf(location.search);
  if ('error' in target) return say(t(target.error === 'missing' ? 'pdfNoFile' : 'pdfUnsupported'));
  const { file } = target;
  // PDF.js and the viewer are a module of their own, loaded while the file is fetched: evaluating
  // all of the viewer's code in one task was a long one.
  const loading = Promise.all([import('pdfjs-dist'), import('./viewer')]);
  const fileName = fileNameOf(file);
  document.title = `${fileName} — Soi`;
  say(t('pdfLoading'));
  const original = await fetchFile(file);
  if (!original) return;

  const [pdfjs, { buildViewer }] = await loading;
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // Pages are drawn on an OffscreenCanvas in PDF.js's renderer worker; the viewer's thread only
  // copies each finished frame onto the page's canvas. Without the worker PDF.js draws here.
  pdfjs.GlobalWorkerOptions.rendererSrc = rendererUrl;
  let doc: PDFDocumentProxy;
  try {
    // PDF.js moves the bytes it gets to its worker: it gets a copy, the original stays for download.
    // Glyphs are drawn as paths (`disableFontFace`): each font PDF.js adds to the page's fonts would
    // otherwise make the browser lay out every text-layer line again, a long task per font. Canvases
    // may live on the GPU (`enableHWA`): nothing reads their pixels back.
    doc = await pdfjs.getDocument({ data: original.slice(), ...DOCUMENT_OPTIONS, disableFontFace: true, enableHWA: true }).promise;
  } catch (error) {
    return say(t('pdfCannotOpen', { reason: error instanceof Error ? error.message : String(error) }));
  }
  byId('download').addEventListener('click', () => download(original, fileName));

  say(t('pdfReading'));
  let phase = performance.now();
  const contents: TextContent[] = [];
  let text: PdfDocumentText = await readPdfDocument(
    doc,
    async (_page, content) => {
      contents.push(content);
      await yieldToPage();
    },
    inSlices,
  );
  if (text.title) document.title = `${text.title} — Soi`;
  phase = measure('read', phase);

  const container = byId<HTMLDivElement>('viewer-container');
  const viewer = await buildViewer(container, byId('viewer'), doc, contents);
  phase = measure('layout', phase);
  wireToolbar(viewer, doc.numPages);
  viewer.goTo(pageOf(location.hash));

  // The pages the file has as scans; OCR text, kept from an earlier visit or recognised now, fills them.
  const scanned = [...text.imageOnlyPages];
  const ocrStore = lazyOcrStore();
  const showOcr = async (pages: readonly OcrPage[]) => {
    for (const page of pages) await viewer.setPageText(page.page, page.content);
    text = await withPageContents(text, new Map(pages.map((page) => [page.page, page.items])), inSlices);
    html.dataset.soiPdf = text.imageOnlyPages.length === doc.numPages ? 'scan' : 'ocr';
  };
  // Shown before the first reading, so the first pass reads the kept text: OCR is not run again.
  const kept = scanned.length
    ? (
        await ocrStore
          .store()
          .then((store) => store.load(text.fingerprint))
          .catch(() => [])
      )
        .filter((page) => scanned.includes(page.page))
        .map(ocrPage)
    : [];
  if (kept.length) await showOcr(kept);

  const host = pdfHost({ url: file, text, fileName }, viewer);
  const sayScan = () => {
    const noText = text.imageOnlyPages.length === doc.numPages;
    say(noText ? t('pdfScan') : text.imageOnlyPages.length ? t('pdfScanPages', { pages: text.imageOnlyPages.join(', ') }) : '');
    html.dataset.soiPdf = noText ? 'scan' : 'text';
    if (text.imageOnlyPages.length) status.append(button(t('pdfOcrRun'), () => void ocr(text.imageOnlyPages)));
  };
  /** OCR text on screen, said to be machine-read, with the way to recognise it again or forget it. */
  const sayOcr = (message: string) => {
    say(message);
    status.append(
      button(t('pdfOcrRerun'), () => void ocr(scanned)),
      button(t('pdfOcrForget'), () => {
        // The scans come back as they are in the file.
        void ocrStore
          .store()
          .then((store) => store.forget(text.fingerprint))
          .finally(() => location.reload());
      }),
    );
  };
  // OCR is the reader's choice: it is slow, and what it reads may be wrong.
  const ocr = async (pages: readonly number[]) => {
    const stop = new AbortController();
    const cancel = button(t('pdfOcrCancel'), () => stop.abort());
    const show = (message: string) => {
      say(message);
      status.append(cancel);
    };
    const before = html.dataset.soiOcr;
    html.dataset.soiOcr = 'running';
    try {
      const recognised = await recognisePages(
        doc,
        pages,
        (progress) =>
          show(
            progress.step === 'loading'
              ? t('pdfOcrLoading')
              : t('pdfOcrProgress', { page: progress.page, index: progress.index, count: progress.count, percent: Math.round(progress.progress * 100) }),
          ),
        stop.signal,
      );
      await showOcr(recognised);
      const found = scanned.length - text.imageOnlyPages.length;
      html.dataset.soiOcr = 'done';
      if (found) sayOcr(t('pdfOcrDone', { count: found }));
      else say(t('pdfOcrEmpty'));
      host.replaceText(text);
      page = await host.read(host.root());
      await ocrStore
        .store()
        .then((store) => store.save(text.fingerprint, recognised.map(keptPage)))
        .catch((error: unknown) => {
          const reason = ocrStore.isFull(error) ? t('pdfOcrStoreFull') : error instanceof Error ? error.message : String(error);
          status.prepend(`${t('pdfOcrNotKept', { reason })} `);
        });
    } catch (error) {
      if (before) html.dataset.soiOcr = before;
      else delete html.dataset.soiOcr;
      if (before === 'kept') sayOcr(t('pdfOcrKept', { count: scanned.length - text.imageOnlyPages.length }));
      else sayScan();
      if (!(error instanceof OcrCancelled)) {
        html.dataset.soiOcr = 'failed';
        status.prepend(`${t('pdfOcrFailed', { reason: error instanceof Error ? error.message : String(error) })} `);
      }
    }
  };
  if (kept.length) {
    html.dataset.soiOcr = 'kept';
    sayOcr(t('pdfOcrKept', { count: scanned.length - text.imageOnlyPages.length }));
  } else sayScan();

  // Should the worker not start, the analysis runs on the viewer's thread, in slices. The worker's
  // address is the viewer's own origin: Chrome's `runtime.getURL` names the per-session address of a
  // web-accessible file (`use_dynamic_url`), another origin that a worker cannot be started from.
  const analysis = workerAnalysis(new URL('/reader-worker.js', location.href).href, async () => (await import('@/utils/annotation/analysis-work')).inPage, {
    sameOrigin: true,
  });
  startReader(host, { analysis, loadCard: async (d, parent) => (await import('@/components/card/mount')).mountCard(d, parent) });
  let page = await host.read(host.root());
  measure('text-host', phase);
  wireSearch(
    createSearch(
      () => page,
      (range) => range.startContainer.parentElement?.scrollIntoView({ block: 'center' }),
    ),
  );

  // *Open at source* names the file the clip was made on; the notebook re-anchors the spot itself (`reader.reveal`).
  const clippedOn = new URLSearchParams(location.hash.slice(1)).get('fingerprint');
  if (clippedOn && clippedOn !== text.fingerprint) say(t('pdfFileChanged'));
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
  element.addEventListener('click', onClick);
  return element;
}

function wireSearch(search: Search): void {
  const input = byId<HTMLInputElement>('search');
  const result = byId<HTMLSpanElement>('search-result');
  const find = (backwards: boolean) => {
    const { current, total } = search.find(input.value, backwards);
    result.textContent = !input.value.trim() ? '' : total ? `${current}/${total}` : t('pdfSearchNotFound');
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') find(event.shiftKey);
  });
}

/** Saves the bytes as they came from the site: nothing re-encoded, nothing written in. */
function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function wireToolbar(viewer: Viewer, count: number): void {
  const pageInput = byId<HTMLInputElement>('page');
  const zoom = byId<HTMLSelectElement>('zoom');
  byId('pages').textContent = t('pdfOf', { count });
  pageInput.max = String(count);
  viewer.onPageChange((page) => {
    pageInput.value = String(page);
  });
  byId('previous').addEventListener('click', () => viewer.goTo(viewer.currentPage() - 1));
  byId('next').addEventListener('click', () => viewer.goTo(viewer.currentPage() + 1));
  pageInput.addEventListener('change', () => viewer.goTo(Number(pageInput.value)));
  const showZoom = () => {
    const value = String(viewer.scale());
    if (![...zoom.options].some((option) => option.value === value)) zoom.add(new Option(`${Math.round(viewer.scale() * 100)}%`, value));
    zoom.value = zoom.value === 'page-width' ? zoom.value : value;
  };
  zoom.value = 'page-width';
  zoom.addEventListener('change', () => viewer.setZoom(zoom.value === 'page-width' ? 'page-width' : Number(zoom.value)));
  byId('zoom-in').addEventListener('click', () => {
    viewer.zoomBy(1);
    zoom.value = '';
    showZoom();
  });
  byId('zoom-out').addEventListener('click', () => {
    viewer.zoomBy(-1);
    zoom.value = '';
    showZoom();
  });
}

void main().catch((error: unknown) => say(t('pdfCannotOpen', { reason: error instanceof Error ? error.message : String(error) })));
