import type { Reference } from '../types';
import { dateAt as readDate } from '../dates/read-date';
import { nextSymbol, parseSymbol } from './symbol';
import { docTypeOf, docTypeSpellings } from './vocabulary';
import { isLetterUnit } from '../text/letters';

/** A reference with what later passes (dates, back-references) need to know about it. */
export interface FoundReference extends Reference {
  /** Written as a legal text's own heading, `Số: 78/KH-UBND`, whose date is the heading's place and date line. */
  heading: boolean;
  /** Document number without leading zeros. */
  number: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s{1,3}');
/** What may stand right before a symbol: a document type, then `số`/`No.`, in either order of presence. */
const BEFORE = new RegExp(`(?<![\\p{L}])(${docTypeSpellings.map(escape).join('|')})?\\s{0,3}(?:(số|No\\.?|Number)[ \\t]{0,2}(:)?\\s{0,3})?$`, 'iuy');
/**
 * The date written right after a symbol: `, ngày 20-8-2021`, ` (ngày 5/6/2023)`, ` dated May 20, 2022`,
 * ` of June 5, 2023`. It may continue on the next line in lower case (`… số 12/QĐ-UBND\nngày 5/6/2023`);
 * a capitalised `Ngày` there starts a new sentence instead. The date itself may be wrapped onto the
 * next line after its lead (`… số 12/QĐ-UBND ngày\n15/3/2024`).
 */
const DATE_LEAD =
  /[ \t]{0,3}([,(]?)(?:[ \t]{0,3}(?:[Nn]gày|NGÀY|ban hành ngày|[Dd]ated|issued on|signed on|of|on)|[ \t]{0,3}\n[ \t]{0,3}(?:ngày|ban hành ngày|dated|of|on))(?:[ \t\u00a0]{1,3}|[ \t\u00a0]{0,3}\r?\n[ \t\u00a0]{0,3})/uy;
/**
 * The issuer may stand between a symbol and its date: `… 98/2023/QH15 of the National Assembly dated
 * June 24, 2023`, `… 12/QĐ-UBND của UBND tỉnh ngày 5/6/2023`. Only a short name, without the words
 * that start a subject (`về`, `việc`), so the date found is still the document's own.
 */
const ISSUER_BETWEEN =
  /[ \t\u00a0]{1,2}(?:of(?:[ \t\u00a0]{1,2}(?:the|and|for|of|[A-Z][\p{L}’'-]{0,20})){1,7}|của(?:[ \t\u00a0]{1,2}(?!về\b|việc\b|tại\b|theo\b|trong\b|năm\b)[\p{L}&]{1,12}){1,6})(?=[ \t\u00a0]{0,2},?[ \t\u00a0]{1,2}(?:ngày|dated|issued on|signed on|on)[ \t\u00a0])/uy;
const LOOK_BEHIND = 48;

/** References in `text[from, to)` (one paragraph), in page order. */
export function findReferences(text: string, from: number, to: number): FoundReference[] {
  const out: FoundReference[] = [];
  const paragraph = text.slice(from, to);
  // Every symbol has a slash; most paragraphs have none, and then no scan is needed.
  if (!paragraph.includes('/')) return out;
  for (let m = nextSymbol(paragraph, 0); m; m = nextSymbol(paragraph, m.index + m[0].length)) {
    const parsed = parseSymbol(m);
    if (!parsed) continue;
    const symbolStart = from + m.index;
    const symbolEnd = symbolStart + m[0].length;
    const windowStart = Math.max(from, symbolStart - LOOK_BEHIND);
    const before = leadBefore(text.slice(windowStart, symbolStart));
    const typeWritten = before?.[1];
    const numberWord = before?.[2];
    if (parsed.needsContext && !typeWritten && !numberWord) continue;
    const heading = !typeWritten && before?.[3] !== undefined;
    // The match may open on the spaces and line break before `Số:`; a reference starts at its first letter.
    const start = typeWritten || heading ? firstLetter(text, windowStart + before!.index, symbolStart) : symbolStart;
    let end = symbolEnd;
    let date: string | undefined;
    const written = dateAfter(text, symbolEnd, to);
    if (written) {
      end = written.end;
      date = written.iso;
    }
    const docType = typeWritten ? docTypeOf(typeWritten) : undefined;
    out.push({
      text: text.slice(start, end),
      symbol: parsed.symbol,
      ...(docType ? { docType } : {}),
      ...(parsed.issuer ? { issuer: parsed.issuer } : {}),
      ...(parsed.typeName ? { symbolType: parsed.typeName } : {}),
      ...(date ? { date } : {}),
      start,
      end,
      heading,
      number: parsed.number,
    });
  }
  return out;
}

/**
 * BEFORE's leftmost match in `window`, as a global search with it would find it, tried only where its
 * look-behind can hold (not right after a letter): most of a window is inside words. Like the search,
 * it never starts inside a surrogate pair. It matches at the window's end at the latest.
 */
function leadBefore(window: string): RegExpExecArray | null {
  for (let p = 0; p <= window.length; p++) {
    if (p > 0 && (isLetterUnit(window, p - 1) || isPairMiddle(window, p))) continue;
    BEFORE.lastIndex = p;
    const m = BEFORE.exec(window);
    if (m) return m;
  }
  return null;
}

function isPairMiddle(text: string, p: number): boolean {
  const before = text.charCodeAt(p - 1);
  const at = text.charCodeAt(p);
  return before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
}

function firstLetter(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}

/** The date written right after a symbol, or after the issuer's name that follows it. */
function dateAfter(text: string, symbolEnd: number, to: number): { end: number; iso?: string } | null {
  const direct = dateAt(text, symbolEnd, to);
  if (direct) return direct;
  ISSUER_BETWEEN.lastIndex = symbolEnd;
  const issuer = ISSUER_BETWEEN.exec(text);
  return issuer ? dateAt(text, symbolEnd + issuer[0].length, to) : null;
}

function dateAt(text: string, from: number, to: number): { end: number; iso?: string } | null {
  DATE_LEAD.lastIndex = from;
  const lead = DATE_LEAD.exec(text);
  if (!lead) return null;
  const written = readDate(text, lead.index + lead[0].length);
  if (!written || written.end > to) return null;
  // A date in brackets takes its closing bracket into the reference's text.
  return { end: lead[1] === '(' && text[written.end] === ')' ? written.end + 1 : written.end, ...(written.iso ? { iso: written.iso } : {}) };
}
