/**
 * A PDF's text as a reader expects it, with a map back to the text layer.
 *
 * PDF.js gives positioned fragments; a reader needs sentences. Lines of one paragraph are joined
 * with a space, a symbol or number broken at a line end (`1961/QĐ-` / `UBND`) is joined back,
 * paragraphs, headings, list items and table cells end a line (as block elements do on a web page),
 * running headers, footers and page numbers are left out, and so is the `Nơi nhận:` list of a
 * decision's recipients, whose numbers are no figures. Legacy-encoded fonts are transcoded and
 * everything is NFC. Every character keeps the page, item and character it came from.
 */
import { spanIndexAt, type Span } from '../extraction/text/span';
import { legacyFontOf, toUnicode, type LegacyFont } from './legacy-fonts';
import type { PdfPageContent, PdfTextItem } from './items';
import { runningLines, type LayoutLine } from './running-lines';

/** A run of the text that comes from one text item, in order. */
export interface PdfTextPiece extends Span {
  /** 1-based page number. */
  page: number;
  /** Index of the item in the page's text content (and of its span in the text layer). */
  item: number;
  /** For each character of the run, its index in the item's `str`. */
  source: number[];
  /** Index in the item's `str` just past the run's last character (and its marks). */
  rawEnd: number;
}

export interface PdfText {
  text: string;
  pieces: PdfTextPiece[];
  /** Where each page's text lies (index 0 is page 1); empty for a page with no text. */
  pages: Span[];
}

/** A point in the text layer: page, item, and character offset in the item's `str`. */
export interface PdfItemPoint {
  page: number;
  item: number;
  offset: number;
}

/** Character of a line under construction and where it came from (item -1: inserted). */
interface Built {
  text: string;
  item: number[];
  raw: number[];
  rawEnd: number[];
}

interface Line extends LayoutLine {
  built: Built;
  /** Width of the first word, to tell whether it would have fitted on the line before. */
  firstWordWidth: number;
  /** Where each of the line's items stands, to measure its first word. */
  boxes: Map<number, { x: number; width: number; length: number }>;
}

const LIST_START = /^(?:[-–—+•*·]\s|[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVXLC]{1,5}\.\s|(?:Điều|Chương|Mục|Phần|Khoản)\s+[\dIVXLC]+\b)/u;
const RECIPIENTS = /^Nơi\s+nhận\s*:/iu;
const SYMBOL_BREAK = /[\p{L}\p{N}][-/]$/u;
const SYMBOL_CONTINUES = /^[\p{Lu}\p{N}]/u;

/** Reads the pages of a PDF (page 1 first) into one text. */
export function readPdfText(pages: readonly PdfPageContent[]): PdfText {
  const steps = readingSteps(pages);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same reading, a page at a time: each `next()` does one page's layout or joining, so the
 * viewer can stop between them when its time slice is used up (`runInSlices`).
 */
export function* readingSteps(pages: readonly PdfPageContent[]): Generator<void, PdfText> {
  const pageLines: Line[][] = [];
  for (const page of pages) {
    pageLines.push(layoutLines(page));
    yield;
  }
  const running = runningLines(pageLines, pages);
  const out: Built = { text: '', item: [], raw: [], rawEnd: [] };
  const spans: Span[] = [];
  const pageOf: number[] = [];
  let previous: { line: Line; page: number; right: number; pitch: number } | undefined;
  for (let p = 0; p < pageLines.length; p++) {
    const kept = keptLines(pageLines[p]!, running[p]!);
    const right = Math.max(0, ...kept.map((line) => line.x1));
    const pitch = medianPitch(kept);
    const start = out.text.length;
    for (const line of kept) {
      if (previous) {
        const separator = joinWith(previous.line, line, previous.page === p ? previous : undefined, previous.right);
        append(out, separator, -1, -1);
      }
      const mark = out.text.length;
      out.text += line.built.text;
      for (let k = 0; k < line.built.text.length; k++) {
        out.item.push(line.built.item[k]!);
        out.raw.push(line.built.raw[k]!);
        out.rawEnd.push(line.built.rawEnd[k]!);
        pageOf[mark + k] = p;
      }
      previous = { line, page: p, right, pitch };
    }
    let pageStart = start;
    while (pageStart < out.text.length && out.item[pageStart] === -1) pageStart++;
    spans.push({ start: kept.length ? pageStart : out.text.length, end: out.text.length });
    yield;
  }
  return { text: out.text, pieces: piecesOf(out, pageOf), pages: spans };
}

function append(out: Built, text: string, item: number, raw: number): void {
  out.text += text;
  for (let k = 0; k < text.length; k++) {
    out.item.push(item);
    out.raw.push(raw);
    out.rawEnd.push(raw);
  }
}

/** Groups a page's items into lines, split where a wide gap parts two columns or table cells. */
function layoutLines(page: PdfPageContent): Line[] {
  const fonts = new Map<string, LegacyFont | undefined>();
  const fontOf = (item: PdfTextItem): LegacyFont | undefined => {
    if (!fonts.has(item.fontName)) fonts.set(item.fontName, legacyFontOf(page.fontNames[item.fontName]));
    return fonts.get(item.fontName);
  };
  const lines: Line[] = [];
  let line: Line | undefined;
  let lastRight = 0;
  const close = (): void => {
    if (line && line.built.text.trim()) lines.push(trimLine(line));
    line = undefined;
  };
  page.items.forEach((item, index) => {
    const size = Math.abs(item.height) || 1;
    if (item.str) {
      const sameLine = line && Math.abs(item.y - line.y) < 0.5 * Math.min(size, line.size) && item.x > lastRight - size;
      const gap = line ? item.x - lastRight : 0;
      if (line && (!sameLine || gap > 2.5 * Math.max(size, line.size))) close();
      if (!line) {
        line = { x0: item.x, x1: item.x, y: item.y, size, text: '', built: { text: '', item: [], raw: [], rawEnd: [] }, firstWordWidth: 0, boxes: new Map() };
      } else if (gap > 0.2 * size && !/\s$/.test(line.built.text) && !/^\s/.test(item.str)) {
        append(line.built, ' ', -1, -1);
      }
      addItem(line, index, item, fontOf(item));
      line.boxes.set(index, { x: item.x, width: item.width, length: item.str.length || 1 });
      line.size = Math.max(line.size, size);
      if (item.str.trim()) line.x1 = Math.max(line.x1, item.x + item.width);
      lastRight = item.x + item.width;
    }
    if (item.hasEOL) close();
  });
  close();
  return lines;
}

/** Appends an item's characters, whitespace collapsed, marks composed with the letter before them. */
function addItem(line: Line, index: number, item: PdfTextItem, font: LegacyFont | undefined): void {
  const { text, source } = toUnicode(item.str, font);
  const built = line.built;
  for (let k = 0; k < text.length; k++) {
    let ch = text[k]!;
    if (ch === '\u00ad') continue; // a soft hyphen only shows where a word was broken
    if (/\s/.test(ch)) {
      if (built.text === '' || built.text.endsWith(' ')) continue;
      ch = ' ';
    } else if (/\p{M}/u.test(ch) && built.text) {
      // A diacritic the PDF drew as its own item: compose it with its letter.
      const composed = (built.text.slice(-1) + ch).normalize('NFC');
      if (composed.length === 1) {
        built.text = built.text.slice(0, -1) + composed;
        if (built.item[built.item.length - 1] === index) built.rawEnd[built.rawEnd.length - 1] = source[k + 1]!;
        continue;
      }
    }
    built.text += ch;
    built.item.push(index);
    built.raw.push(source[k]!);
    built.rawEnd.push(source[k + 1]!);
  }
}

function trimLine(line: Line): Line {
  const built = line.built;
  let end = built.text.length;
  while (end > 0 && built.text[end - 1] === ' ') end--;
  line.built = { text: built.text.slice(0, end), item: built.item.slice(0, end), raw: built.raw.slice(0, end), rawEnd: built.rawEnd.slice(0, end) };
  line.text = line.built.text;
  const space = line.text.indexOf(' ');
  const last = (space < 0 ? line.text.length : space) - 1;
  const box = line.boxes.get(line.built.item[last] ?? -1);
  if (box) line.firstWordWidth = box.x + (box.width * line.built.rawEnd[last]!) / box.length - line.x0;
  return line;
}

/** The lines read as the document: running headers and footers out, the recipients' list out. */
function keptLines(lines: Line[], running: ReadonlySet<LayoutLine>): Line[] {
  const kept: Line[] = [];
  for (const line of lines) {
    if (running.has(line)) continue;
    // The recipients' list closes a decision; the signature beside and below it holds no figures.
    if (RECIPIENTS.test(line.text)) break;
    kept.push(line);
  }
  return kept;
}

function medianPitch(lines: Line[]): number {
  const pitches: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const d = lines[k - 1]!.y - lines[k]!.y;
    if (d > 0) pitches.push(d);
  }
  if (!pitches.length) return 0;
  pitches.sort((a, b) => a - b);
  return pitches[pitches.length >> 1]!;
}

/**
 * What goes between two lines: nothing (a symbol broken at the line end), a space (the same
 * paragraph) or a line break (a new paragraph, heading, list item, cell or column).
 */
function joinWith(prev: Line, next: Line, samePage: { pitch: number } | undefined, right: number): string {
  if (samePage) {
    const drop = prev.y - next.y;
    if (drop <= 0) return '\n'; // back up the page: the next column or cell
    if ((samePage.pitch && drop > 1.3 * samePage.pitch) || drop > 2.5 * Math.max(prev.size, next.size)) return '\n';
  }
  if (Math.abs(prev.size - next.size) > 0.15 * Math.max(prev.size, next.size)) return '\n';
  if (LIST_START.test(next.text)) return '\n';
  // A line that starts in lower case after one that did not end a sentence goes on with it.
  const continues = /^\p{Ll}/u.test(next.text) && !/[.:;!?]$/.test(prev.text);
  // The next line's first word would have fitted: the line before ended on purpose.
  if (!continues && prev.x1 + next.firstWordWidth + 0.25 * next.size < right - 0.2 * prev.size) return '\n';
  if (SYMBOL_BREAK.test(prev.text) && SYMBOL_CONTINUES.test(next.text)) return '';
  return ' ';
}

function piecesOf(out: Built, pageOf: number[]): PdfTextPiece[] {
  const pieces: PdfTextPiece[] = [];
  let current: PdfTextPiece | undefined;
  for (let k = 0; k < out.text.length; k++) {
    const item = out.item[k]!;
    if (item < 0) {
      current = undefined;
      continue;
    }
    const page = pageOf[k]! + 1;
    if (!current || current.page !== page || current.item !== item || out.raw[k]! < current.source[current.source.length - 1]!) {
      current = { start: k, end: k, page, item, source: [], rawEnd: 0 };
      pieces.push(current);
    }
    current.source.push(out.raw[k]!);
    current.rawEnd = out.rawEnd[k]!;
    current.end = k + 1;
  }
  return pieces;
}

/** The text-layer point of a text offset: `edge` says whether it starts or ends a range. */
export function itemPointAt(text: PdfText, offset: number, edge: 'start' | 'end'): PdfItemPoint | undefined {
  const at = spanIndexAt(text.pieces, edge === 'end' ? offset - 1 : offset);
  const piece = text.pieces[at];
  if (!piece || offset < piece.start || offset > piece.end || (edge === 'start' && offset === piece.end)) return undefined;
  const k = offset - piece.start;
  if (edge === 'start') return { page: piece.page, item: piece.item, offset: piece.source[k]! };
  return { page: piece.page, item: piece.item, offset: k < piece.source.length ? piece.source[k]! : piece.rawEnd };
}

/** The text offset of a text-layer point (a selection's end), or undefined when it was left out. */
export function offsetAtItemPoint(text: PdfText, point: PdfItemPoint): number | undefined {
  for (const piece of text.pieces) {
    if (piece.page !== point.page || piece.item !== point.item) continue;
    const k = piece.source.findIndex((raw) => raw >= point.offset);
    if (k >= 0) return piece.start + k;
    if (point.offset <= piece.rawEnd) return piece.end;
  }
  return undefined;
}

/** The 1-based page a text offset lies on. */
export function pageAt(text: PdfText, offset: number): number {
  const at = spanIndexAt(text.pieces, offset);
  return text.pieces[Math.max(0, at)]?.page ?? 1;
}
