/**
 * PDF.js's own viewer components (lazy page rendering, text layer, links, find) behind Soi's
 * toolbar: page navigation, zoom, search and download of the original bytes.
 */
import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { t } from '@/utils/i18n';

type ViewerLib = typeof import('pdfjs-dist/web/pdf_viewer.mjs');
export type PdfViewer = InstanceType<ViewerLib['PDFViewer']>;
export type EventBus = InstanceType<ViewerLib['EventBus']>;

export interface Viewer {
  viewer: PdfViewer;
  eventBus: EventBus;
  /** Shows `page` (1-based), e.g. for *open at source*. */
  goTo(page: number): void;
}

/** The viewer components read `globalThis.pdfjsLib` when they load, so PDF.js is set there first. */
async function loadViewerLib(): Promise<ViewerLib> {
  (globalThis as { pdfjsLib?: unknown }).pdfjsLib = pdfjs;
  return import('pdfjs-dist/web/pdf_viewer.mjs');
}

const byId = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;

export async function openViewer(doc: PDFDocumentProxy, original: Uint8Array, fileName: string, startPage: number): Promise<Viewer> {
  const lib = await loadViewerLib();
  const container = byId<HTMLDivElement>('viewer-container');
  const eventBus = new lib.EventBus();
  const linkService = new lib.PDFLinkService({ eventBus });
  const findController = new lib.PDFFindController({ eventBus, linkService });
  const viewer = new lib.PDFViewer({ container, viewer: byId('viewer'), eventBus, linkService, findController, removePageBorders: false });
  linkService.setViewer(viewer);

  const pageInput = byId<HTMLInputElement>('page');
  const zoom = byId<HTMLSelectElement>('zoom');
  const search = byId<HTMLInputElement>('search');
  const searchResult = byId<HTMLSpanElement>('search-result');
  byId('pages').textContent = t('pdfOf', { count: doc.numPages });
  pageInput.max = String(doc.numPages);

  const goTo = (page: number) => {
    viewer.currentPageNumber = Math.min(Math.max(1, page), doc.numPages);
  };
  const pagesReady = new Promise<void>((resolve) => eventBus.on('pagesinit', () => resolve(), { once: true }));
  eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => {
    pageInput.value = String(pageNumber);
  });
  eventBus.on('scalechanging', ({ presetValue, scale }: { presetValue?: string; scale: number }) => {
    const value = presetValue ?? String(scale);
    if (![...zoom.options].some((option) => option.value === value)) zoom.add(new Option(`${Math.round(scale * 100)}%`, value));
    zoom.value = value;
  });
  eventBus.on('updatefindcontrolstate', ({ state, matchesCount }: { state: number; matchesCount?: { current: number; total: number } }) => {
    searchResult.textContent = state === lib.FindState.NOT_FOUND ? t('pdfSearchNotFound') : matchesCount?.total ? `${matchesCount.current}/${matchesCount.total}` : '';
  });

  byId('previous').addEventListener('click', () => viewer.previousPage());
  byId('next').addEventListener('click', () => viewer.nextPage());
  pageInput.addEventListener('change', () => goTo(Number(pageInput.value)));
  byId('zoom-in').addEventListener('click', () => viewer.increaseScale());
  byId('zoom-out').addEventListener('click', () => viewer.decreaseScale());
  zoom.addEventListener('change', () => {
    viewer.currentScaleValue = zoom.value;
  });
  const find = (findPrevious: boolean, type: '' | 'again') =>
    eventBus.dispatch('find', { source: search, type, query: search.value, caseSensitive: false, entireWord: false, highlightAll: true, findPrevious, matchDiacritics: false });
  search.addEventListener('input', () => find(false, ''));
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') find(event.shiftKey, 'again');
  });
  byId('download').addEventListener('click', () => download(original, fileName));

  viewer.setDocument(doc);
  linkService.setDocument(doc);
  await pagesReady;
  viewer.currentScaleValue = 'page-width';
  goTo(startPage);
  return { viewer, eventBus, goTo };
}

/** Saves the bytes as they came from the site: no re-encoding, no annotations written in. */
function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
