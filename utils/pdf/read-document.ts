/**
 * Reads an open PDF.js document into Soi's page contents: the one reading path of the viewer and the
 * command line, whichever PDF.js build opened the file.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { LEGACY_HINT, toPdfItems, type PdfPageContent } from './items';
import { readingSteps, type PdfText } from './document-text';

/** Text content as the text layer must get it too: raw (no NFKC by PDF.js), so offsets agree. */
export const TEXT_CONTENT_OPTIONS = { disableNormalization: true } as const;

/** Options every `getDocument` call of Soi passes: font names kept, for the legacy encodings. */
export const DOCUMENT_OPTIONS = { fontExtraProperties: true, isEvalSupported: false } as const;

/** Runs the reading's steps: all at once (Node), or a time slice at a time (the viewer). */
export type StepRunner = (steps: Generator<void, PdfText>) => Promise<PdfText> | PdfText;

const allAtOnce: StepRunner = (steps) => {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};

export interface PdfDocumentText extends PdfText {
  /** PDF.js's fingerprint of the file: a clip's way to tell the same file from a changed one. */
  fingerprint: string;
  pageCount: number;
  /** The document's own title, if it has one. */
  title?: string;
  /** Pages whose text layer is empty: an image-only (scanned) page. */
  imageOnlyPages: number[];
  /** Each page's items as read (index 0 is page 1): what a page's OCR text replaces. */
  pageContents: PdfPageContent[];
}

const imageOnly = (pages: readonly PdfPageContent[]) => pages.flatMap((page, k) => (page.items.some((item) => item.str.trim()) ? [] : [k + 1]));

/** The document read again with some pages' items replaced (by OCR text), by page number. */
export async function withPageContents(
  text: PdfDocumentText,
  replaced: ReadonlyMap<number, PdfPageContent>,
  run: StepRunner = allAtOnce,
): Promise<PdfDocumentText> {
  const pages = text.pageContents.map((page, k) => replaced.get(k + 1) ?? page);
  return { ...text, ...(await run(readingSteps(pages))), pageContents: pages, imageOnlyPages: imageOnly(pages) };
}

/** A page's items for the pipeline, and PDF.js's text content itself for the viewer's text layer. */
export async function readPageContent(page: PDFPageProxy): Promise<{ page: PdfPageContent; content: TextContent }> {
  const content = await page.getTextContent(TEXT_CONTENT_OPTIONS);
  const items = toPdfItems(content.items);
  const [, , width = 0, height = 0] = page.view;
  const fontNames: Record<string, string> = {};
  if (items.some((item) => LEGACY_HINT.test(item.str))) {
    // Font names reach this side only once the page's operators are loaded.
    await page.getOperatorList();
    for (const id of new Set(items.map((item) => item.fontName))) {
      const font: unknown = page.commonObjs.has(id) ? page.commonObjs.get(id) : undefined;
      const name = typeof font === 'object' && font !== null ? (font as { name?: unknown }).name : undefined;
      if (typeof name === 'string') fontNames[id] = name;
    }
  }
  return { page: { width, height, items, fontNames }, content };
}

/**
 * Reads every page, one after another; `onPage` hears of each with its text content (the viewer
 * builds its text layer from it, so item indexes agree) and may yield or show progress.
 */
export async function readPdfDocument(
  doc: PDFDocumentProxy,
  onPage?: (page: number, content: TextContent) => Promise<void> | void,
  run: StepRunner = allAtOnce,
): Promise<PdfDocumentText> {
  const pages: PdfPageContent[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const read = await readPageContent(await doc.getPage(n));
    pages.push(read.page);
    await onPage?.(n, read.content);
  }
  const text = await run(readingSteps(pages));
  const info = await doc.getMetadata().catch(() => undefined);
  const title = (info?.info as { Title?: unknown } | undefined)?.Title;
  return {
    ...text,
    fingerprint: doc.fingerprints[0] ?? '',
    pageCount: doc.numPages,
    title: typeof title === 'string' && title.trim() ? title.trim() : undefined,
    imageOnlyPages: imageOnly(pages),
    pageContents: pages,
  };
}
