/**
 * Recognised lines of a scanned page as PDF.js text items: the same shape `getTextContent` gives,
 * so the viewer's text layer and the text pipeline take OCR text like any other page's.
 */
import type { RawTextItem } from './items';

/** The font id of OCR items; its style makes a text-layer span cover the line's box exactly. */
export const OCR_FONT = 'soi-ocr';
export const OCR_STYLES = { [OCR_FONT]: { fontFamily: 'sans-serif', ascent: 1, descent: 0, vertical: false } };

/** A recognised line: its words, and its box in image pixels (y grows downwards). */
export interface OcrLine {
  words: readonly { text: string }[];
  bbox: { x0: number; y0: number; x1: number; y1: number };
}

/** One text item per line, its box mapped to PDF user space by `toPdfPoint` (the page's viewport). */
export function ocrTextItems(lines: readonly OcrLine[], toPdfPoint: (x: number, y: number) => number[]): (RawTextItem & { dir: 'ltr' })[] {
  const items: (RawTextItem & { dir: 'ltr' })[] = [];
  for (const line of lines) {
    const str = line.words
      .map((word) => word.text.trim())
      .filter(Boolean)
      .join(' ')
      .normalize('NFC');
    const { x0, y0, x1, y1 } = line.bbox;
    if (!str || x1 <= x0 || y1 <= y0) continue;
    const [left = 0, bottom = 0] = toPdfPoint(x0, y1);
    const [right = 0, top = 0] = toPdfPoint(x1, y0);
    const size = Math.abs(top - bottom);
    items.push({ str, dir: 'ltr', transform: [size, 0, 0, size, left, bottom], width: Math.abs(right - left), height: size, fontName: OCR_FONT, hasEOL: true });
  }
  return items;
}
