/**
 * Optical character recognition of a PDF's scanned pages, on the reader's request: each page is
 * drawn at print resolution and read by tesseract.js with its Vietnamese model, all from files
 * packaged with Soi (`ocr/`, see utils/pdf/ocr-assets.ts): nothing is fetched from anywhere else.
 * The recognised lines come back as PDF.js text contents, for the text layer and the text pipeline.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { browser } from 'wxt/browser';
import { isRawTextItem, toPdfItems, type PdfPageContent } from '@/utils/pdf/items';
import { OCR_DIR } from '@/utils/pdf/ocr-assets';
import { OCR_STYLES, ocrTextItems, type OcrLine } from '@/utils/pdf/ocr-items';
import type { KeptOcrPage } from '@/utils/pdf/ocr-store';

/** Pixels per PDF unit for recognition: 200 dpi, enough for body text, light enough for a slow machine. */
const OCR_SCALE = 200 / 72;

export type OcrProgress = { step: 'loading' } | { step: 'page'; page: number; index: number; count: number; progress: number };

export interface OcrPage {
  page: number;
  /** For the text layer. */
  content: TextContent;
  /** For the text pipeline. */
  items: PdfPageContent;
}

/** A page's recognised items for the text layer and the text pipeline. */
export function ocrPage({ page, width, height, items }: KeptOcrPage): OcrPage {
  return {
    page,
    content: { items: items.map((item) => ({ ...item, dir: 'ltr' })), styles: OCR_STYLES, lang: 'vi' } as TextContent,
    items: { width, height, items: toPdfItems(items), fontNames: {} },
  };
}

/** What is kept of a recognised page for the next visit: its items, as the recogniser gave them. */
export function keptPage({ page, content, items }: OcrPage): KeptOcrPage {
  return { page, width: items.width, height: items.height, items: (content.items as readonly unknown[]).filter(isRawTextItem) };
}

/** Thrown when the reader cancelled. */
export class OcrCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Recognises `pages` of `doc` one after another; `signal` stops it (the recogniser is terminated at once). */
export async function recognisePages(
  doc: PDFDocumentProxy,
  pages: readonly number[],
  onProgress: (progress: OcrProgress) => void,
  signal: AbortSignal,
): Promise<OcrPage[]> {
  onProgress({ step: 'loading' });
  const { createWorker, OEM } = await import('tesseract.js');
  let current: Extract<OcrProgress, { step: 'page' }> | undefined;
  const base = browser.runtime.getURL(`/${OCR_DIR}/` as '/');
  const starting = createWorker('vie', OEM.LSTM_ONLY, {
    workerPath: `${base}worker.min.js`,
    corePath: `${base}tesseract-core-simd-lstm.js`,
    langPath: base.replace(/\/$/, ''),
    gzip: true,
    // An extension page may start a worker from its own files, not from a blob.
    workerBlobURL: false,
    // The model is read from the extension's own files each time: nothing to keep in IndexedDB.
    cacheMethod: 'none',
    logger: (message) => {
      if (current && message.status === 'recognizing text') onProgress({ ...current, progress: message.progress });
    },
  });
  const worker = await untilAborted(starting, signal).catch((error: unknown) => {
    // Cancelled while loading: the recogniser is stopped as soon as it has started.
    void starting.then((started) => started.terminate()).catch(() => undefined);
    throw error;
  });
  const stop = () => void worker.terminate();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const out: OcrPage[] = [];
    for (const [index, number] of pages.entries()) {
      current = { step: 'page', page: number, index: index + 1, count: pages.length, progress: 0 };
      onProgress(current);
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: OCR_SCALE });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await untilAborted(page.render({ canvas, viewport }).promise, signal);
      const { data } = await untilAborted(worker.recognize(canvas, {}, { text: false, blocks: true }), signal);
      canvas.width = canvas.height = 0;
      const lines: OcrLine[] = (data.blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines));
      const items = ocrTextItems(lines, (x, y) => viewport.convertToPdfPoint(x, y));
      const [, , width = 0, height = 0] = page.view;
      out.push(ocrPage({ page: number, width, height, items }));
    }
    return out;
  } finally {
    signal.removeEventListener('abort', stop);
    await worker.terminate();
  }
}

/** `promise`, or an `OcrCancelled` rejection as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new OcrCancelled());
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new OcrCancelled());
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
