/**
 * Lines, sentences and clauses of a page: the one sentence splitter of the code base. A line of text
 * is a paragraph (portals and the page reader break blocks into lines); a sentence ends at a stop
 * followed by a space and a capital, digit, quote or bracket, so `177.427` and `TP. Hồ Chí Minh`
 * never end one.
 */
import { type Span, overlaps } from './span';

export interface Line extends Span {
  /** A short line without closing punctuation: a title, a section heading or a caption. */
  heading: boolean;
}

/** The non-empty lines of a text, trimmed: portals and the page reader break blocks into lines. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    const trimmed = line.trim();
    if (!trimmed) continue;
    const start = m.index + line.indexOf(trimmed);
    out.push({ start, end: start + trimmed.length, heading: isHeading(trimmed) });
  }
  return out;
}

// Headings are short, carry words, and do not end like a sentence.
function isHeading(line: string): boolean {
  if (line.length > 200 || line.length < 8) return false;
  if (/[.;,!?…]$/.test(line)) return false;
  const letters = line.replace(/[^\p{L}]/gu, '').length;
  return letters >= line.length / 2;
}

// Abbreviations that end in a full stop without ending the sentence (`TP. Hồ Chí Minh`, `No. 57`).
const ABBREVIATION = /(?:^|[\s(])(?:tp|tx|tt|p|q|st|no|mr|mrs|ms|dr|ths|ts|pgs|gs|nxb|v\.v|etc|e\.g|i\.e|vs|ca|approx)\.$/i;

/** Sentences of one paragraph: a stop followed by space and a capital, digit, quote or bracket. */
export function sentences(text: string, within: Span): Span[] {
  const out: Span[] = [];
  let start = within.start;
  const re = /[.!?…]+["”’)]?\s+(?=[\p{Lu}\d"“‘(])/gu;
  const chunk = text.slice(within.start, within.end);
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    const stopAt = within.start + m.index + m[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(Math.max(start, stopAt - 8), stopAt))) continue;
    out.push({ start, end: stopAt });
    start = within.start + m.index + m[0].length;
  }
  if (start < within.end) out.push({ start, end: within.end });
  return out;
}

/** Clauses of one sentence, cut at semicolons: `Sơn La 6,26%; Vĩnh Long 6,33%` are two claims. */
export function clauses(text: string, within: Span): Span[] {
  const out: Span[] = [];
  let start = within.start;
  for (let i = within.start; i < within.end; i++) {
    if (text.charCodeAt(i) === 59 /* ; */) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: within.end });
  return out;
}

/** The spans of `spans` that overlap `[start, end)` joined into one (an item may straddle a cut), or undefined. */
function around(spans: readonly Span[], start: number, end: number): Span | undefined {
  const hit = spans.filter((s) => (end > start ? overlaps(s, { start, end }) : s.start <= start && start <= s.end));
  const first = hit[0];
  const last = hit[hit.length - 1];
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/**
 * The clause around `text.slice(start, end)`: its line, then its sentence, then its clause (cut at
 * semicolons), trimmed — what a clip quotes as a figure's sentence. It looks at most `reach`
 * characters to either side, so a page that is one endless line costs no more than that.
 */
export function clauseAround(text: string, start: number, end: number, reach = 2_000): Span {
  const from = Math.max(0, start - reach);
  const to = Math.min(text.length, end + reach);
  const lineEnd = text.indexOf('\n', end);
  const line = { start: Math.max(from, text.lastIndexOf('\n', start - 1) + 1), end: Math.min(to, lineEnd < 0 ? text.length : lineEnd) };
  const sentence = around(sentences(text, line), start, end) ?? line;
  const clause = around(clauses(text, sentence), start, end) ?? sentence;
  let a = clause.start;
  let b = clause.end;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  return { start: a, end: b };
}
