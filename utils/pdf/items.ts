/**
 * The text items of a PDF page as PDF.js's `getTextContent` gives them, reduced to what Soi needs,
 * so the text pipeline is pure and runs the same in Node, the viewer and the tests.
 */

export interface PdfTextItem {
  /** The characters as the text layer shows them (legacy encodings not yet transcoded). */
  str: string;
  /** Baseline origin in PDF user space (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size, from the text matrix. */
  height: number;
  /** PDF.js's loaded font id (`g_d0_f3`). */
  fontName: string;
  /** PDF.js saw a line end after this item. */
  hasEOL: boolean;
}

export interface PdfPageContent {
  /** Page size in PDF units. */
  width: number;
  height: number;
  items: PdfTextItem[];
  /** The PostScript names of the fonts whose text may be legacy-encoded, by PDF.js font id. */
  fontNames: Record<string, string>;
}

/** What a PDF.js text-content item looks like, structurally (no import of PDF.js here). */
export interface RawTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

/** PDF.js items (marked-content markers have no `str` and are dropped) to Soi's items. */
export function toPdfItems(items: readonly unknown[]): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  for (const item of items) {
    if (!isRawTextItem(item)) continue;
    const [a = 0, b = 0, , , e = 0, f = 0] = item.transform;
    out.push({ str: item.str, x: e, y: f, width: item.width, height: item.height || Math.hypot(a, b), fontName: item.fontName, hasEOL: item.hasEOL });
  }
  return out;
}

export function isRawTextItem(item: unknown): item is RawTextItem {
  return typeof item === 'object' && item !== null && typeof (item as RawTextItem).str === 'string' && Array.isArray((item as RawTextItem).transform);
}

/**
 * Characters that a legacy-encoded Vietnamese font yields and Vietnamese Unicode text never holds
 * (`¸ µ ® ¬` of TCVN3, `ù ø ñ ö ï` of VNI): only pages with one of them need their fonts' names.
 */
export const LEGACY_HINT = /[µ¸¶·¹¨»¾¼½Æ©ÇË®ÐÎÏÑªÖ×ÜÞßåæç«ë¬îïñö÷øûüþ¡¢§£¤¥¦\u00ad]/;
