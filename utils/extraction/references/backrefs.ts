import type { BackReference } from '../types';
import type { FoundReference } from './find-references';
import { approvedBy, docTypeOf, docTypeSpellings, vietnameseName } from './vocabulary';
import { isLetterUnit } from '../text/letters';

/**
 * Back-references: a later short mention of a document cited in full, by type and number only
 * (`Nghị quyết số 09`, `Quyết định 348`, `Resolution 57`). It points to the full reference of the
 * same type and number cited most recently before it; a mention before any full citation (a page
 * title) points to the first one after it. A scheme or programme is approved by a decision with its
 * number, so `Đề án 06` falls back to `06/QĐ-TTg` when no scheme 06 is cited.
 */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}');
/** Tried (sticky) only just before numbers that `mayEndMention`, so the page is not scanned with it letter by letter. */
const MENTION = new RegExp(
  `(?<![\\p{L}])(${docTypeSpellings.map(escape).join('|')})[ \\t\\u00a0]{1,3}(?:(?:số|No\\.?)[ \\t\\u00a0]{0,2})?(\\d{1,5}[a-zđ]?)(?![\\p{L}\\p{N}]|[ \\t]{0,2}[-–/][ \\t]{0,2}[\\p{L}\\p{N}])`,
  'iuy',
);
/** The last word of some type's spelling (`định` of `quyết định`), matched as MENTION matches it. */
const LAST_WORD = new RegExp(`^(?:${[...new Set(docTypeSpellings.map((s) => s.split(' ').pop()!))].map(escape).join('|')})$`, 'iu');
const NUMBER_WORD = /^(?:số|No)$/iu;
/** The most a mention can hold before its number: the longest spelling, its spaces three wide, then ` No. `. */
const LONGEST_LEAD = Math.max(...docTypeSpellings.map((s) => s.length + 2 * (s.split(' ').length - 1))) + 3 + 3 + 2;
/** The next digit; its run is then skipped by hand, so finding a page's numbers builds no match objects. */
const DIGIT = /\d/g;
const isDigitUnit = (code: number): boolean => code >= 48 && code <= 57;

/** Start of the run of letters that ends at `end`. */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && isLetterUnit(text, i - 1)) i--;
  return i;
}

function spacesBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 3 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\u00a0')) i--;
  return i;
}

/** Whether a type's spelling ends before `end`, give or take the spaces. */
function spellingEndsAt(text: string, end: number): boolean {
  const e = spacesBefore(text, end);
  const s = wordStart(text, e);
  return s < e && LAST_WORD.test(text.slice(s, e));
}

/**
 * Where the number of a mention may start: a digit run whose word before is the last word of a type,
 * directly or across `số`/`No.`. A mention ends in its number, so a page has no more candidates than
 * numbers, and most numbers fail this at once.
 */
function mayEndMention(text: string, digits: number): boolean {
  if (spellingEndsAt(text, digits)) return true;
  let e = spacesBefore(text, digits);
  if (text[e - 1] === '.') e--;
  const s = wordStart(text, e);
  return s < e && NUMBER_WORD.test(text.slice(s, e)) && spellingEndsAt(text, s);
}

/**
 * The mentions of the page, as a global scan with MENTION would find them: for each number that may
 * end one, the leftmost start within reach of it (and past the previous mention) where MENTION matches.
 * No two mentions can share a number, and no mention ends at a number that fails `mayEndMention`.
 */
function* mentions(text: string): Generator<RegExpExecArray> {
  let after = 0;
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const digits = DIGIT.lastIndex - 1;
    let end = DIGIT.lastIndex;
    while (end < text.length && isDigitUnit(text.charCodeAt(end))) end++;
    DIGIT.lastIndex = end;
    if (digits < after || !mayEndMention(text, digits)) continue;
    for (let start = Math.max(after, digits - LONGEST_LEAD); start < digits; start++) {
      // A mention opens with a type's first letter after a non-letter: other starts cannot match, so MENTION is not run there.
      if (!isLetterUnit(text, start) || (start > 0 && isLetterUnit(text, start - 1))) continue;
      MENTION.lastIndex = start;
      const m = MENTION.exec(text);
      if (!m) continue;
      after = start + m[0].length;
      yield m;
      break;
    }
  }
}
const stripZeros = (n: string): string => n.replace(/^0+(?=\d)/, '');

/** Both names of a type, or the type its symbol code stands for, in Vietnamese. */
function typeOf(reference: FoundReference): string[] {
  const types: string[] = [];
  if (reference.docType) types.push(vietnameseName.get(reference.docType) ?? reference.docType);
  if (reference.symbolType) types.push(reference.symbolType);
  return types;
}

export function findBackrefs(text: string, references: FoundReference[]): BackReference[] {
  if (references.length === 0) return [];
  const out: BackReference[] = [];
  let inside = 0;
  const candidates = byNumberAndType(references);
  for (const m of mentions(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (inside < references.length && references[inside]!.end <= start) inside++;
    if (inside < references.length && references[inside]!.start < end) continue;
    const written = docTypeOf(m[1]!)!;
    const type = vietnameseName.get(written) ?? written;
    const number = stripZeros(m[2]!);
    const approver = approvedBy.get(type);
    const target = pointedTo(candidates, number, type, start) ?? (approver ? pointedTo(candidates, number, approver, start) : undefined);
    if (!target) continue;
    out.push({ text: m[0], symbol: target.symbol, docType: written, start, end });
  }
  return out;
}

/** The references of each number and type, in page order, with how many start before the mention being read. */
type Candidates = Map<string, { references: FoundReference[]; before: number }>;

function byNumberAndType(references: FoundReference[]): Candidates {
  const out: Candidates = new Map();
  for (const reference of references) {
    for (const type of new Set(typeOf(reference))) {
      const key = `${reference.number} ${type}`;
      const entry = out.get(key);
      if (entry) entry.references.push(reference);
      else out.set(key, { references: [reference], before: 0 });
    }
  }
  return out;
}

/**
 * The latest reference of that number and type starting before `start`, else the first after it.
 * Mentions are read in page order, so each list's count of earlier references only moves forward.
 */
function pointedTo(candidates: Candidates, number: string, type: string, start: number): FoundReference | undefined {
  const entry = candidates.get(`${number} ${type}`);
  if (!entry) return undefined;
  const { references } = entry;
  while (entry.before < references.length && references[entry.before]!.start < start) entry.before++;
  return entry.before > 0 ? references[entry.before - 1] : references[0];
}
