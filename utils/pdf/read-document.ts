/**
 * Reads an open PDF.js document into Soi's page contents: the one reading path of the viewer and the
 * command line, whichever PDF.js build opened the file.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { LEGACY_HINT, toPdfItems, type PdfPageContent } from './items';
import { readPdfText, type PdfText } from './document-text';

/** Text content as the text layer must get it too: raw (no NFKC by PDF.js), so offsets agree. */
export const TEXT_CONTENT_OPTIONS = { disableNormalization: true } as const;

/** Options every `getDocument` call of Soi passes: font names kept, for the legacy encodings. */
export const DOCUMENT_OPTIONS = { fontExtraProperties: true, isEvalSupported: false } as const;

export interface PdfDocumentText extends PdfText {
  /** PDF.js's fingerprint of the file: a clip's way to tell the same file from a changed one. */
  fingerprint: string;
  pageCount: number;
  /** The document's own title, if it has one. */
  title?: string;
  /** Pages whose text layer is empty: an image-only (scanned) page. */
  imageOnlyPages: number[];
}

export async function readPageContent(page: PDFPageProxy): Promise<PdfPageContent> {
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
  return { width, height, items, fontNames };
}

/** Reads every page, one after another (`onPage` hears of each, e.g. to yield or show progress). */
export async function readPdfDocument(doc: PDFDocumentProxy, onPage?: (page: number) => Promise<void> | void): Promise<PdfDocumentText> {
  const pages: PdfPageContent[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    pages.push(await readPageContent(page));
    page.cleanup();
    await onPage?.(n);
  }
  const text = readPdfText(pages);
  const info = await doc.getMetadata().catch(() => undefined);
  const title = (info?.info as { Title?: unknown } | undefined)?.Title;
  return {
    ...text,
    fingerprint: doc.fingerprints[0] ?? '',
    pageCount: doc.numPages,
    title: typeof title === 'string' && title.trim() ? title.trim() : undefined,
    imageOnlyPages: pages.flatMap((page, k) => (page.items.some((item) => item.str.trim()) ? [] : [k + 1])),
  };
}
