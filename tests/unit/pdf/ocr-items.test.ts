// @vitest-environment node
import { expect, test } from 'vitest';
import { extract } from '../../../utils/extraction';
import { readPdfText } from '../../../utils/pdf/document-text';
import { toPdfItems, type PdfPageContent } from '../../../utils/pdf/items';
import { ocrTextItems, type OcrLine } from '../../../utils/pdf/ocr-items';
import { withPageContents, type PdfDocumentText } from '../../../utils/pdf/read-document';

/** An A4 page drawn at 200 dpi, as the viewer draws a scan for OCR: pixels down, PDF units up. */
const SCALE = 200 / 72;
const toPdfPoint = (x: number, y: number) => [x / SCALE, 842 - y / SCALE];

const line = (text: string, top: number): OcrLine => ({
  words: text.split(' ').map((word) => ({ text: word })),
  bbox: { x0: 200, y0: top, x1: 200 + text.length * 30, y1: top + 50 },
});

const scanPage = (lines: OcrLine[]): PdfPageContent => ({ width: 595, height: 842, items: toPdfItems(ocrTextItems(lines, toPdfPoint)), fontNames: {} });

test('a recognised line becomes a text item on its box, baseline at the bottom, in PDF units', () => {
  const [item] = ocrTextItems([line('Quyết định số 1961/QĐ-UBND', 720)], toPdfPoint);
  expect(item).toMatchObject({ str: 'Quyết định số 1961/QĐ-UBND', fontName: 'soi-ocr', hasEOL: true });
  expect(item!.transform[4]).toBeCloseTo(72);
  expect(item!.transform[5]).toBeCloseTo(842 - 770 / SCALE);
  expect(item!.height).toBeCloseTo(18);
  expect(item!.width).toBeCloseTo((26 * 30) / SCALE);
});

test('empty words and lines are left out, and the text is NFC', () => {
  const decomposed = 'Tỉnh'.normalize('NFD');
  const items = ocrTextItems([{ words: [{ text: ' ' }], bbox: { x0: 0, y0: 0, x1: 10, y1: 10 } }, line(`${decomposed}  xếp`, 100)], toPdfPoint);
  expect(items.map((item) => item.str)).toEqual(['Tỉnh xếp']);
});

test('OCR lines are read like a text page: the lines of a paragraph joined, figures and references found', () => {
  const { text } = readPdfText([
    scanPage([line('Căn cứ Quyết định số 1961/QĐ-UBND của Ủy ban nhân dân', 600), line('tỉnh. Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,65%.', 670)]),
  ]);
  expect(text).toContain('nhân dân tỉnh.');
  const found = extract(text);
  expect(found.references.map((r) => r.symbol)).toEqual(['1961/QĐ-UBND']);
  expect(found.figures.map((f) => f.text)).toContain('98,65%');
});

test('a scanned page given OCR text is no longer image-only, and the other pages keep their text', async () => {
  const textPage = scanPage([line('Trang có chữ.', 600)]);
  const empty: PdfPageContent = { width: 595, height: 842, items: [], fontNames: {} };
  const before: PdfDocumentText = { ...readPdfText([textPage, empty]), fingerprint: 'f', pageCount: 2, imageOnlyPages: [2], pageContents: [textPage, empty] };
  const after = await withPageContents(before, new Map([[2, scanPage([line('Đạt 98,65%.', 600)])]]));
  expect(after.imageOnlyPages).toEqual([]);
  expect(after.text).toMatch(/^Trang có chữ\.\sĐạt 98,65%\.$/);
  expect(after.pages[1]!.start).toBeGreaterThan(0);
});
