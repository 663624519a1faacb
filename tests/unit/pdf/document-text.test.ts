// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extract } from '../../../utils/extraction';
import { itemPointAt, offsetAtItemPoint, readPdfText } from '../../../utils/pdf/document-text';
import type { PdfPageContent, PdfTextItem } from '../../../utils/pdf/items';
import { readPdfBytes } from '../../../utils/pdf/node';
import { tinyPdf, type TinyLine } from '../../fixtures/pdf/tiny-pdf';

/** A page of Unicode lines as PDF.js would give them: one item a line, 12 pt, 16 pt apart. */
function page(lines: Array<string | { text: string; x?: number; y?: number; size?: number }>): PdfPageContent {
  const items: PdfTextItem[] = lines.map((line, k) => {
    const { text, x = 72, y = 760 - 16 * k, size = 12 } = typeof line === 'string' ? { text: line } : line;
    return { str: text, x, y, width: text.length * size * 0.5, height: size, fontName: 'f1', hasEOL: true };
  });
  return { width: 595, height: 842, items, fontNames: {} };
}

const BODY = `Theo báo cáo ${'x'.repeat(68)}`;

describe('lines into sentences', () => {
  test('the lines of a paragraph are joined with a space, a new paragraph starts a new line', () => {
    const { text } = readPdfText([page([`${BODY} tỷ lệ hồ sơ trực tuyến`, `đạt 98,65% trong năm 2023.`, { text: 'Tỉnh xếp thứ 10/63.', y: 700 }])]);
    expect(text).toBe(`${BODY} tỷ lệ hồ sơ trực tuyến đạt 98,65% trong năm 2023.\nTỉnh xếp thứ 10/63.`);
  });

  test('a document symbol broken after its hyphen or slash is joined back', () => {
    const { text } = readPdfText([
      page([`${BODY} căn cứ Quyết định số 1961/QĐ-`, 'UBND ngày 15/10/2021 của tỉnh,', `${BODY} và Nghị quyết số 09/`, 'NQ-TU của Tỉnh ủy.']),
    ]);
    const { references } = extract(text);
    expect(references.map((r) => r.symbol)).toEqual(['1961/QĐ-UBND', '09/NQ-TU']);
  });

  test('a short line ends its paragraph: a heading or the last line of one is not run into the next', () => {
    const { text } = readPdfText([page(['QUYẾT ĐỊNH', `${BODY} Điều chỉnh kế hoạch`, 'năm 2024.'])]);
    expect(text.split('\n')).toEqual(['QUYẾT ĐỊNH', `${BODY} Điều chỉnh kế hoạch năm 2024.`]);
  });

  test('a line starting in lower case goes on with the sentence before it, however short that line was', () => {
    const { text } = readPdfText([page(['Tỉnh xếp thứ 10/63 về chỉ số', 'chuyển đổi số cấp tỉnh.'])]);
    expect(text).toBe('Tỉnh xếp thứ 10/63 về chỉ số chuyển đổi số cấp tỉnh.');
  });

  test('list items and articles each start a line', () => {
    const { text } = readPdfText([page([`${BODY} gồm các nội dung sau đây của kế hoạch`, '- Tỷ lệ hồ sơ đạt 98%;', 'Điều 2. Quyết định này có hiệu lực.'])]);
    expect(text.split('\n')).toHaveLength(3);
  });

  test('cells far apart on one line become lines of their own, as table cells are on a web page', () => {
    const items: PdfTextItem[] = [
      { str: 'Nam Định', x: 72, y: 700, width: 48, height: 12, fontName: 'f1', hasEOL: false },
      { str: '98,65%', x: 300, y: 700, width: 36, height: 12, fontName: 'f1', hasEOL: true },
    ];
    expect(readPdfText([{ width: 595, height: 842, items, fontNames: {} }]).text).toBe('Nam Định\n98,65%');
  });

  test('text is NFC even when the PDF drew a letter and its accent apart', () => {
    const items: PdfTextItem[] = [
      { str: 'đa', x: 72, y: 700, width: 12, height: 12, fontName: 'f1', hasEOL: false },
      { str: '\u0323t 98%', x: 84, y: 700, width: 30, height: 12, fontName: 'f1', hasEOL: true },
    ];
    const { text } = readPdfText([{ width: 595, height: 842, items, fontNames: {} }]);
    expect(text).toBe('đạt 98%');
    expect(text).toBe(text.normalize('NFC'));
  });
});

describe('what is not read', () => {
  test('running headers, footers and page numbers are left out, so their numbers are no figures', () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        { text: `UBND TỈNH NAM ĐỊNH - Báo cáo số 12/BC-UBND ngày 05/01/2024`, y: 815, size: 9 },
        `${BODY} tỷ lệ đạt ${90 + n}% trong năm.`,
        { text: String(n), x: 290, y: 30, size: 9 },
      ]),
    );
    const { text } = readPdfText(pages);
    expect(text).not.toMatch(/UBND TỈNH|12\/BC/);
    expect(extract(text).figures.map((f) => f.text)).toEqual(['91%', '92%', '93%']);
  });

  test('the recipients of a decision (Nơi nhận) are left out, with the signature beside them', () => {
    const { text } = readPdfText([
      page([`${BODY} Quyết định có hiệu lực từ ngày ký, tỷ lệ đạt 95%.`, 'Nơi nhận:', '- Như Điều 3;', '- UBND 10 huyện, thành phố;', '- Lưu: VT, 2 bản.']),
    ]);
    expect(text).toMatch(/95%\.$/);
    expect(extract(text).figures.map((f) => f.text)).toEqual(['95%']);
  });
});

describe('map back to the text layer', () => {
  test('a figure found in the text points at the characters of its text-layer item, and back', () => {
    const pdf = readPdfText([page(['Kết quả năm 2023', { text: `${BODY} tỷ lệ đạt 98,65% so với`, y: 700 }, { text: 'kế hoạch đề ra.', y: 684 }])]);
    const figure = extract(pdf.text).figures.find((f) => f.text === '98,65%')!;
    const start = itemPointAt(pdf, figure.start, 'start')!;
    const end = itemPointAt(pdf, figure.end, 'end')!;
    expect(start).toMatchObject({ page: 1, item: 1 });
    expect(`${BODY} tỷ lệ đạt 98,65% so với`.slice(start.offset, end.offset)).toBe('98,65%');
    expect(offsetAtItemPoint(pdf, start)).toBe(figure.start);
    expect(offsetAtItemPoint(pdf, end)).toBe(figure.end);
  });
});

// The first file loads PDF.js itself: seconds on a busy machine, never a sign of a bug.
describe('PDF files through PDF.js', { timeout: 30_000 }, () => {
  const line = (text: string, y: number, font?: string): TinyLine => ({ text, x: 72, y, font });

  test('TCVN3 (.VnTime, .VnTimeH) and VNI text becomes Unicode, and marks map onto the raw glyphs', async () => {
    const pdf = await readPdfBytes(
      tinyPdf([
        [
          line('quyÕt ®Þnh', 780, '.VnTimeH'),
          line('B¸o c¸o kinh tÕ - x· héi n¨m 2023 ®¹t 98,65%', 700, '.VnTime'),
          line('Tyû leä hoà sô ñaït 12,5%', 600, 'VNI-Times'),
        ],
      ]),
    );
    expect(pdf.text).toBe('QUYẾT ĐỊNH\nBáo cáo kinh tế - xã hội năm 2023 đạt 98,65%\nTỷ lệ hồ sơ đạt 12,5%');
    const { figures } = extract(pdf.text);
    expect(figures.map((f) => f.text)).toEqual(['98,65%', '12,5%']);
    const vni = figures[1]!;
    const start = itemPointAt(pdf, pdf.text.indexOf('đạt', vni.start - 5), 'start')!;
    const end = itemPointAt(pdf, vni.end, 'end')!;
    expect('Tyû leä hoà sô ñaït 12,5%'.slice(start.offset, end.offset)).toBe('ñaït 12,5%');
  });

  test('the TCVN3 ư that PDF.js reads as a hyphen is an ư again; real hyphens stay', async () => {
    const pdf = await readPdfBytes(
      tinyPdf([[line('Vèn ®Çu t\u00ad cho tr\u00adêng häc theo QuyÕt ®Þnh 12/Q§-UBND, giai ®o¹n 2021-2025 - kinh tÕ', 700, '.VnTime')]]),
    );
    expect(pdf.text).toBe('Vốn đầu tư cho trường học theo Quyết định 12/QĐ-UBND, giai đoạn 2021-2025 - kinh tế');
  });

  test('a plain font with the same bytes is left as it is', async () => {
    const pdf = await readPdfBytes(tinyPdf([[line('Café 98,5%', 700)]]));
    expect(pdf.text).toBe('Café 98,5%');
  });

  test('the fingerprint, page count and title are kept, and a page without text is named', async () => {
    const pdf = await readPdfBytes(tinyPdf([[line('Report 2023: 98%', 700)], []], { title: 'Bao cao 2023' }));
    expect(pdf.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(pdf).toMatchObject({ pageCount: 2, title: 'Bao cao 2023', imageOnlyPages: [2] });
  });

  test('a file that is no PDF is refused with a reason', async () => {
    await expect(readPdfBytes(new TextEncoder().encode('<html>not a pdf</html>'))).rejects.toThrow(/PDF/);
  });
});
