/**
 * The reader's text host over the viewer's text layer: the document's text as the PDF pipeline
 * reads it (the command line's text, character for character), with runs on the text-layer spans.
 * Text layers are built for every page and survive zoom; the one change is OCR text given to scanned
 * pages (`replaceText`), and then the whole document is read again, its offsets having moved.
 */
import type { HostFacts, HostListener, PageText, TextHost, TextRun } from '@/utils/annotation/text-host';
import { pageAt } from '@/utils/pdf/document-text';
import type { PdfDocumentText } from '@/utils/pdf/read-document';
import { runInSlices } from '@/utils/annotation/slices';
import { pagesNearView } from './near-view';
import type { Viewer } from './viewer';

export interface PdfFile {
  url: string;
  text: PdfDocumentText;
  fileName: string;
}

/** The page text with runs on the spans PDF.js made for each item, built a time slice at a time. */
export async function layerText(file: PdfDocumentText, viewer: Pick<Viewer, 'textDivs'>, signal?: AbortSignal): Promise<PageText> {
  const runs: TextRun[] = [];
  const divs = new Map<number, HTMLElement[]>();
  let next = 0;
  await runInSlices((shouldYield) => {
    for (; next < file.pieces.length; next++) {
      if (next % 256 === 0 && shouldYield()) return false;
      const piece = file.pieces[next]!;
      if (!divs.has(piece.page)) divs.set(piece.page, viewer.textDivs(piece.page));
      const node = divs.get(piece.page)![piece.item]?.firstChild;
      if (!(node instanceof Text)) continue;
      const identity = piece.source.every((raw, k) => raw === k);
      runs.push({ node, start: piece.start, end: piece.end, ...(identity ? {} : { sourceIndex: Uint32Array.from(piece.source) }) });
    }
    return true;
  }, signal);
  return { text: file.text, runs };
}

export interface PdfHost extends TextHost {
  /** The document's text now that the viewer's text layers show `text` (OCR text on scanned pages). */
  replaceText(text: PdfDocumentText): void;
}

export function pdfHost(file: PdfFile, viewer: Viewer): PdfHost {
  let page: Promise<PageText> | undefined;
  const listeners = new Set<HostListener>();
  const site = (() => {
    try {
      return new URL(file.url).hostname;
    } catch {
      return '';
    }
  })();
  const facts: HostFacts = {
    url: file.url,
    title: file.text.title ?? file.fileName,
    site,
    tags: {},
    pdf: { fingerprint: file.text.fingerprint, pageAt: (offset) => pageAt(file.text, offset) },
  };
  return {
    doc: document,
    root: () => viewer.root,
    canRead: (node) => node.isConnected && viewer.root.contains(node),
    read: (_node, signal) =>
      (page ??= layerText(file.text, viewer, signal).catch((error: unknown) => {
        page = undefined; // a read stopped half-way is begun again by the next one
        throw error;
      })),
    watch: (listener, signal) => {
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
      return { forgetOwnChanges: () => undefined };
    },
    replaceText(text) {
      file.text = text;
      page = undefined;
      for (const listener of listeners) listener.navigated();
    },
    facts: () => facts,
    cardParent: () => document.documentElement,
    nearView: pagesNearView(viewer),
  };
}
