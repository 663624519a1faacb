/**
 * The text a reader sees on a page, with a map back to the DOM.
 *
 * The same code serves the content script (live page) and `npm run extract` on `.html` files
 * (a happy-dom document), so offsets found by extraction point at the same characters in both.
 * Whitespace is collapsed as the browser renders it; block elements and `<br>` break lines.
 */

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
}

export interface ReadOptions {
  /** Extra test for hidden elements, e.g. `el => !el.checkVisibility()` in a live page. */
  isHidden?: (element: Element) => boolean;
}

/** Elements whose text is never page content, or is the reader's own input. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'KBD', 'SAMP', 'SVG', 'svg', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Elements that start and end a line when rendered. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
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

/** Reads the visible text under `root`, collapsing whitespace the way a browser renders it. */
export function readPageText(root: Node, options: ReadOptions = {}): PageText {
  const parts: string[] = [];
  const runs: TextRun[] = [];
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
  const stack: { node: Node; pre: boolean; closesBlock: boolean }[] = [{ node: root, pre: false, closesBlock: false }];
  while (stack.length > 0) {
    const { node, pre: preformatted, closesBlock } = stack.pop() as { node: Node; pre: boolean; closesBlock: boolean };
    if (closesBlock) {
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
        stack.push({ node, pre, closesBlock: true });
      }
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push({ node: child, pre, closesBlock: false });
  }
  let text = parts.join('');
  // A trailing collapsed space or line break carries nothing a reader sees.
  while (text.endsWith('\n') || text.endsWith(' ')) text = text.slice(0, -1);
  return { text, runs };
}

/** A point in the DOM: a text node and an offset into its data. */
export interface DomPoint {
  node: Text;
  offset: number;
}

function runAt(page: PageText, offset: number, preferEnd: boolean): number {
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
