/**
 * The text a reader sees on a page, with a map back to the DOM.
 *
 * The same code serves the content script (live page) and `npm run extract` on `.html` files
 * (a happy-dom document), so offsets found by extraction point at the same characters in both.
 * Whitespace is collapsed as the browser renders it; block elements and `<br>` break lines.
 */

import { runInSlices } from './slices';
import type { PageTable } from '../attribution/types';
import { TableGrid } from './table-grid';

/** One text node's share of the page text. */
export interface TextRun {
  node: Text;
  /** Offset in the page text where this node's visible characters begin. */
  start: number;
  /** Offset just past them. */
  end: number;
  /**
   * For each visible character of the run, its index in `node.data`; absent when the run is
   * `node.data` unchanged (nothing collapsed), which is the common case and costs no memory.
   */
  sourceIndex?: Uint32Array;
}

export interface PageText {
  text: string;
  runs: TextRun[];
  /** The page's `<table>`s as grids of cells with offsets into `text`, so a figure in a cell can take its column head and row label. */
  tables?: PageTable[];
}

export interface ReadOptions {
  /** Extra test for hidden elements, e.g. `el => !el.checkVisibility()` in a live page. */
  isHidden?: (element: Element) => boolean;
}

/** Elements whose text is never page content, or is the reader's own input. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'KBD',
  'SAMP',
  'SVG',
  'svg',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Elements that start and end a line when rendered. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Soi's own UI (cards, badges) carries this attribute and is never read as page text. */
export const SOI_UI_ATTRIBUTE = 'data-soi-ui';

function isSkipped(element: Element, options: ReadOptions): boolean {
  if (SKIPPED.has(element.tagName)) return true;
  if (element.hasAttribute('hidden') || element.hasAttribute(SOI_UI_ATTRIBUTE)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = element.getAttribute('style');
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return options.isHidden?.(element) ?? false;
}

const COLLAPSIBLE = /[ \t\n\r\f]/;
/** Whitespace a browser would not render as written: tabs, line breaks, or a run of spaces. */
const NEEDS_COLLAPSE = /[\t\n\r\f]| {2}/;

/**
 * Reads the visible text under `root` a slice at a time: `step(shouldYield)` walks until
 * `shouldYield()` says the slice is used up and returns whether the walk is finished, so a live
 * page can be read without one long task. `result()` is the text once the walk is done.
 */
export interface PageTextReader {
  step(shouldYield: () => boolean): boolean;
  result(): PageText;
}

interface Pending {
  node: Node;
  pre: boolean;
  closesBlock: boolean;
  /** For a table, row or cell: what to note in the grid when it closes. */
  closesTable?: Element;
}

export function createPageTextReader(root: Node, options: ReadOptions = {}): PageTextReader {
  const parts: string[] = [];
  const runs: TextRun[] = [];
  const grid = new TableGrid();
  let length = 0;
  // Whether the text so far ends in a space or a line break, so that leading whitespace collapses.
  let atSpace = true;
  let atLineStart = true;

  // A collapsed space before a line break is not rendered.
  const dropTrailingSpace = () => {
    const last = parts.length - 1;
    const run = runs[runs.length - 1];
    if (!atSpace || last < 0 || !run || run.end !== length || !parts[last]?.endsWith(' ')) return;
    parts[last] = (parts[last] as string).slice(0, -1);
    run.end -= 1;
    if (run.sourceIndex) run.sourceIndex = run.sourceIndex.subarray(0, run.end - run.start);
    length -= 1;
    if (run.end === run.start) {
      runs.pop();
      parts.pop();
    }
  };

  const lineBreak = () => {
    if (atLineStart) return;
    dropTrailingSpace();
    parts.push('\n');
    length += 1;
    atSpace = true;
    atLineStart = true;
  };

  const readText = (node: Text, preformatted: boolean) => {
    const data = node.data;
    if (preformatted) {
      if (data.length === 0) return;
      parts.push(data);
      runs.push({ node, start: length, end: length + data.length });
      length += data.length;
      atSpace = /\s$/.test(data);
      atLineStart = data.endsWith('\n');
      return;
    }
    // Most text nodes render exactly as written: skip the character loop for them.
    if (data.length > 0 && !NEEDS_COLLAPSE.test(data) && !(atSpace && data.charCodeAt(0) === 32)) {
      parts.push(data);
      runs.push({ node, start: length, end: length + data.length });
      length += data.length;
      atSpace = data.charCodeAt(data.length - 1) === 32;
      atLineStart = false;
      return;
    }
    let out = '';
    let changed = false;
    const index: number[] = [];
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] as string;
      if (COLLAPSIBLE.test(ch)) {
        if (atSpace) {
          changed = true;
          continue;
        }
        if (ch !== ' ') changed = true;
        out += ' ';
        atSpace = true;
      } else {
        out += ch;
        atSpace = false;
        atLineStart = false;
      }
      index.push(i);
    }
    if (out.length === 0) return;
    parts.push(out);
    const run: TextRun = { node, start: length, end: length + out.length };
    if (changed) run.sourceIndex = Uint32Array.from(index);
    runs.push(run);
    length += out.length;
  };

  // An explicit stack: hostile pages nest deeper than the engine's call stack allows.
  const stack: Pending[] = [{ node: root, pre: false, closesBlock: false }];
  // Checking the clock costs more than reading a short node, so ask every few nodes.
  const CHECK_EVERY = 64;

  const step = (shouldYield: () => boolean): boolean => {
    let sinceCheck = 0;
    while (stack.length > 0) {
      if (++sinceCheck >= CHECK_EVERY) {
        sinceCheck = 0;
        if (shouldYield()) return false;
      }
      const { node, pre: preformatted, closesBlock, closesTable } = stack.pop() as Pending;
      if (closesBlock) {
        if (closesTable) grid.leave(closesTable, length);
        lineBreak();
        continue;
      }
      if (node.nodeType === 3) {
        readText(node as Text, preformatted);
        continue;
      }
      if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
      let pre = preformatted;
      if (node.nodeType === 1) {
        const element = node as Element;
        if (isSkipped(element, options)) continue;
        if (element.tagName === 'BR') {
          lineBreak();
          continue;
        }
        pre = pre || element.tagName === 'PRE';
        if (BLOCK.has(element.tagName)) {
          lineBreak();
          const inGrid = grid.enter(element, length);
          stack.push({ node, pre, closesBlock: true, closesTable: inGrid ? element : undefined });
        }
      }
      // A closed <details> shows its <summary> only.
      const closed = node.nodeType === 1 && (node as Element).tagName === 'DETAILS' && !(node as Element).hasAttribute('open');
      for (let child = node.lastChild; child; child = child.previousSibling) {
        if (closed && (child.nodeType !== 1 || (child as Element).tagName !== 'SUMMARY')) continue;
        stack.push({ node: child, pre, closesBlock: false });
      }
    }
    return true;
  };

  const result = (): PageText => {
    let text = parts.join('');
    // A trailing collapsed space or line break carries nothing a reader sees.
    let end = text.length;
    while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === ' ')) end--;
    if (end < text.length) {
      text = text.slice(0, end);
      clipRuns(runs, end);
    }
    return { text, runs, tables: grid.tables(text.length) };
  };

  return { step, result };
}

/** Drops what runs hold past `end` (the trimmed tail), so every run points inside the text. */
function clipRuns(runs: TextRun[], end: number): void {
  while (runs.length > 0) {
    const last = runs[runs.length - 1] as TextRun;
    if (last.start >= end) {
      runs.pop();
      continue;
    }
    if (last.end > end) {
      last.end = end;
      if (last.sourceIndex) last.sourceIndex = last.sourceIndex.subarray(0, end - last.start);
    }
    return;
  }
}

/** Reads the visible text under `root`, collapsing whitespace the way a browser renders it. */
export function readPageText(root: Node, options: ReadOptions = {}): PageText {
  const reader = createPageTextReader(root, options);
  reader.step(() => false);
  return reader.result();
}

/** `readPageText` for a live page: the same text, read a slice at a time with the page given back in between. */
export async function readPageTextInSlices(root: Node, options: ReadOptions = {}, signal?: AbortSignal): Promise<PageText> {
  const reader = createPageTextReader(root, options);
  await runInSlices(reader.step, signal);
  return reader.result();
}

/** Whether `node` sits inside something Soi never reads (an input, code, a hidden block, Soi's own UI). */
export function isInsideSkipped(node: Node, options: ReadOptions = {}): boolean {
  for (let element = node.nodeType === 1 ? (node as Element) : node.parentElement; element; element = element.parentElement) {
    if (isSkipped(element, options)) return true;
  }
  return false;
}

/** A point in the DOM: a text node and an offset into its data. */
export interface DomPoint {
  node: Text;
  offset: number;
}

export function runAt(page: PageText, offset: number, preferEnd: boolean): number {
  let lo = 0;
  let hi = page.runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = page.runs[mid] as TextRun;
    if (preferEnd ? offset <= run.start : offset < run.start) hi = mid - 1;
    else if (preferEnd ? offset > run.end : offset >= run.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The DOM point of a page-text offset. `edge: 'end'` resolves an offset that falls between two
 * runs to the end of the earlier one, so a range never swallows the next node.
 */
export function domPointAt(page: PageText, offset: number, edge: 'start' | 'end'): DomPoint | undefined {
  const i = runAt(page, offset, edge === 'end');
  if (i < 0) return undefined;
  const run = page.runs[i] as TextRun;
  const local = offset - run.start;
  if (!run.sourceIndex) return { node: run.node, offset: local };
  if (edge === 'end') {
    const last = run.sourceIndex[local - 1];
    return { node: run.node, offset: last === undefined ? 0 : last + 1 };
  }
  const first = run.sourceIndex[local];
  return { node: run.node, offset: first ?? run.node.data.length };
}

/** A stretch of one text node covered by a page-text span. */
export interface DomPiece {
  node: Text;
  from: number;
  to: number;
}

/**
 * The text-node stretches that render `text.slice(start, end)`, in document order: one piece for
 * a span inside one node, several for a span across inline elements (`<b>10</b>/63`).
 */
export function domPiecesOf(page: PageText, start: number, end: number): DomPiece[] {
  const pieces: DomPiece[] = [];
  if (end <= start) return pieces;
  let i = runAt(page, start, false);
  if (i < 0) return pieces;
  for (; i < page.runs.length; i++) {
    const run = page.runs[i] as TextRun;
    if (run.start >= end) break;
    const from = Math.max(start, run.start) - run.start;
    const to = Math.min(end, run.end) - run.start;
    if (to <= from) continue;
    const first = run.sourceIndex ? (run.sourceIndex[from] as number) : from;
    const last = run.sourceIndex ? (run.sourceIndex[to - 1] as number) + 1 : to;
    pieces.push({ node: run.node, from: first, to: last });
  }
  return pieces;
}

/** The page-text offset of a DOM point inside a read text node, or undefined when that node was not read. */
export function offsetOf(page: PageText, node: Text, offset: number): number | undefined {
  const run = page.runs.find((r) => r.node === node);
  if (!run) return undefined;
  if (!run.sourceIndex) return run.start + Math.min(offset, run.end - run.start);
  let local = 0;
  while (local < run.sourceIndex.length && (run.sourceIndex[local] as number) < offset) local++;
  return run.start + local;
}
