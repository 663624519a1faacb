/**
 * Matching names in folded page text (see `extraction/text/fold`): name patterns, every match as a
 * span, parentheses and coverage. Offsets everywhere in attribution are offsets into the folded
 * text; `toFolded` carries a figure's page offsets over.
 */
import { foldName } from '../extraction/text/fold';
import type { Span } from '../extraction/text/span';

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
