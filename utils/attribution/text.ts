/**
 * Page text prepared for matching names: folded (lower case, no diacritics, one kind of dash) and
 * cut into paragraphs, sentences and clauses. Offsets everywhere in attribution are offsets into
 * the folded text; `toFolded` carries a figure's page offsets over.
 */

export interface FoldedText {
  /** `Nghị quyết – Bà Rịa` → `nghi quyet - ba ria`. */
  folded: string;
  toFolded(offset: number): number;
  toOriginal(offset: number): number;
}

const foldCache = new Map<string, string>();

/** One UTF-16 unit folded; may be empty (a lone combining mark) so the fold is not always length-preserving. */
function foldUnit(unit: string): string {
  const cached = foldCache.get(unit);
  if (cached !== undefined) return cached;
  let out: string;
  if (unit === 'đ' || unit === 'Đ') out = 'd';
  else if (/[\u2010-\u2015\u2212]/.test(unit)) out = '-';
  else if (/[\u00a0\u2000-\u200a\u202f\u3000]/.test(unit)) out = ' ';
  else {
    const lower = unit.toLowerCase();
    out = (lower.length === 1 ? lower : unit).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (out.length > 1) out = lower.length === 1 ? lower : unit;
  }
  foldCache.set(unit, out);
  return out;
}

/** Folds a whole text, keeping a map between the two when folding drops characters. */
export function fold(text: string): FoldedText {
  const parts: string[] = new Array<string>(text.length);
  let aligned = true;
  for (let i = 0; i < text.length; i++) {
    const f = foldUnit(text.charAt(i));
    parts[i] = f;
    if (f.length !== 1) aligned = false;
  }
  const folded = parts.join('');
  if (aligned) return { folded, toFolded: (o) => o, toOriginal: (o) => o };
  const toF = new Uint32Array(text.length + 1);
  const toO = new Uint32Array(folded.length + 1);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    toF[i] = j;
    const len = (parts[i] ?? '').length;
    for (let k = 0; k < len; k++) toO[j + k] = i;
    j += len;
  }
  toF[text.length] = j;
  toO[folded.length] = text.length;
  return {
    folded,
    toFolded: (o) => toF[Math.max(0, Math.min(o, text.length))] ?? folded.length,
    toOriginal: (o) => toO[Math.max(0, Math.min(o, folded.length))] ?? text.length,
  };
}

/** Folds a short name or alias the same way as page text. */
export function foldName(name: string): string {
  return fold(name).folded.replace(/\s*-\s*/g, '-').replace(/\s+/g, ' ').trim();
}

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  /** A short line without closing punctuation: a title, a section heading or a caption. */
  heading: boolean;
}

/** A line of text is a paragraph: portals and the annotation side break blocks into lines. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
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

/** The innermost parenthesis around a position inside a span, if any. */
export function parenthesisAround(text: string, within: Span, at: number): Span | undefined {
  let open = -1;
  for (let i = at - 1; i >= within.start; i--) {
    const c = text.charAt(i);
    if (c === ')') return undefined;
    if (c === '(') {
      open = i;
      break;
    }
  }
  if (open < 0) return undefined;
  for (let i = at; i < within.end; i++) {
    const c = text.charAt(i);
    if (c === '(') return undefined;
    if (c === ')') return { start: open, end: i + 1 };
  }
  return undefined;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Builds one regular expression that finds any of many names as whole words, longest first,
 * with any run of spaces and any dash spacing accepted between words.
 */
export function namePattern(names: Iterable<string>): RegExp | undefined {
  const unique = [...new Set([...names].map(foldName).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return undefined;
  const body = unique
    .map((n) =>
      n
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s*-\s*/g, '\\s*-\\s*')
        .replace(/ /g, '\\s+'),
    )
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every match of a pattern, as spans with the folded text matched. */
export function findAll(pattern: RegExp, text: string): Array<Span & { match: RegExpExecArray }> {
  const out: Array<Span & { match: RegExpExecArray }> = [];
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, match: m });
  }
  return out;
}

/** Which characters of a text some spans cover, to test overlap in time proportional to a span's length. */
export class Coverage {
  private readonly marks: Uint8Array;

  constructor(length: number, spans: Iterable<Span> = []) {
    this.marks = new Uint8Array(length + 1);
    for (const s of spans) this.add(s);
  }

  add(span: Span): void {
    this.marks.fill(1, Math.max(0, span.start), Math.max(0, span.end));
  }

  hits(span: Span): boolean {
    for (let i = Math.max(0, span.start); i < span.end && i < this.marks.length; i++) if (this.marks[i]) return true;
    return false;
  }
}
