import { dateAt } from '../dates/read-date';
import type { FoundReference } from './find-references';

/**
 * Dates that reach a reference from elsewhere in the page.
 *
 * A sentence that opens with its date (`Ngày 25/4/2023, UBND tỉnh ban hành Công văn số 3220/…`,
 * `Mới đây, ngày 12/5/2023, …`, `On May 5, 2023, …`) dates the document issued in it, or else the
 * first reference in it, if that one has no date of its own. A date set off by commas right after a reference belongs to that
 * reference, not to the next one, so it leads nothing.
 * A legal text's own `Số: 78/KH-UBND` line is dated by the place-and-date line of its heading
 * (`Hậu Giang, ngày 27 tháng 4 năm 2021`), which stands a few lines away.
 */
const SENTENCE_LEAD = /(?:^|[.!?;:]\s{1,3}|\n[ \t]{0,3}|(,)[ \t]{1,3})(?:Vào\s{1,3})?(?:ngày|on)[ \t\u00a0]{1,3}/giu;
const AFTER_LEAD = /[ \t]{0,2},/y;
const SENTENCE_END = /[.!?](?=\s{1,3}[\p{Lu}"“])|\n/gu;

export function dateFromSentenceLeads(text: string, references: FoundReference[]): void {
  if (references.length === 0) return;
  // Built at the first dated lead: most pages have none.
  let spans: SpanIndex | undefined;
  let issued: IssuedIndex | undefined;
  let r = 0;
  // The sentence end last found and where its search began: no end lies between the two.
  let searchedFrom = -1;
  let sentenceEnd = -1;
  SENTENCE_LEAD.lastIndex = 0;
  for (let m = SENTENCE_LEAD.exec(text); m; m = SENTENCE_LEAD.exec(text)) {
    const written = dateAt(text, m.index + m[0].length);
    if (!written?.iso) continue;
    const dateStart = m.index + m[0].length;
    spans ??= new SpanIndex(references);
    if (spans.covers(dateStart)) continue;
    if (m[1] && spans.endsWithin(m.index - 2, m.index)) continue;
    AFTER_LEAD.lastIndex = written.end;
    if (!AFTER_LEAD.test(text)) continue;
    if (written.end < searchedFrom || written.end > sentenceEnd) {
      SENTENCE_END.lastIndex = written.end;
      sentenceEnd = SENTENCE_END.exec(text)?.index ?? text.length;
      searchedFrom = written.end;
    }
    while (r < references.length && references[r]!.start < written.end) r++;
    issued ??= new IssuedIndex(text, references);
    const dated = leadDated(references, issued, r, sentenceEnd);
    if (dated) dated.date = written.iso;
    SENTENCE_LEAD.lastIndex = Math.max(SENTENCE_LEAD.lastIndex, written.end);
  }
}

/** Which references cover an offset or end near it, answered by binary search instead of a walk over all of them per date. */
class SpanIndex {
  private readonly starts: number[];
  /** Largest end among the references sorted by start up to each index. */
  private readonly reach: number[];
  private readonly ends: number[];

  constructor(references: FoundReference[]) {
    const byStart = [...references].sort((a, b) => a.start - b.start);
    this.starts = byStart.map((x) => x.start);
    this.reach = [];
    let reach = -1;
    for (const x of byStart) {
      reach = Math.max(reach, x.end);
      this.reach.push(reach);
    }
    this.ends = references.map((x) => x.end).sort((a, b) => a - b);
  }

  /** Some reference has `start <= offset < end`. */
  covers(offset: number): boolean {
    const last = lastAtOrBefore(this.starts, offset);
    return last >= 0 && this.reach[last]! > offset;
  }

  /** Some reference ends in `[from, to]`. */
  endsWithin(from: number, to: number): boolean {
    const last = lastAtOrBefore(this.ends, to);
    return last >= 0 && this.ends[last]! >= from;
  }
}

/** Index of the last of the sorted `values` that is at most `value`, or -1. */
function lastAtOrBefore(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A verb of issuing right before a reference makes it the document the sentence's date is about (`đăng ký` registers, it does not sign). */
const ISSUED =
  /(?<!\p{L})(?:ban hành|(?<!(?:đăng|kê)[ \t]{1,2})ký|phê duyệt|issued|signed|approved|promulgated|adopted)(?:[ \t]{1,2}(?:the|a))?[ \t\u00a0]{1,3}$/iu;
const ISSUED_REACH = 24;

/** For each reference (in page order), the first one at or after it that a verb of issuing introduces; read once per reference. */
class IssuedIndex {
  private readonly next: Int32Array;

  constructor(text: string, references: FoundReference[]) {
    this.next = new Int32Array(references.length + 1);
    this.next[references.length] = references.length;
    for (let k = references.length - 1; k >= 0; k--) {
      const reference = references[k]!;
      const isIssued = ISSUED.test(text.slice(Math.max(0, reference.start - ISSUED_REACH), reference.start));
      this.next[k] = isIssued ? k : this.next[k + 1]!;
    }
  }

  from(k: number): number {
    return this.next[k]!;
  }
}

/**
 * The reference a sentence's lead date belongs to, among `references[r…]` starting before `end`:
 * the one issued in the sentence (`…, căn cứ Quyết định số 348/QĐ-TTg, UBND tỉnh ban hành Kế hoạch
 * số 99/KH-UBND`), else the first; never one that carries its own date. References are in page order.
 */
function leadDated(references: FoundReference[], issued: IssuedIndex, r: number, end: number): FoundReference | undefined {
  const k = issued.from(r);
  const reference = references[k];
  if (reference && reference.start < end) return reference.date === undefined ? reference : undefined;
  const first = references[r];
  return first && first.start < end && first.date === undefined ? first : undefined;
}

const HEADING_DATE = /[\p{Lu}][\p{L}\p{M} .'-]{0,40},[ \t]{0,3}ngày[ \t\u00a0]{1,3}/gu;
const HEADING_REACH = 400;

export function dateFromHeadings(text: string, references: FoundReference[]): void {
  for (const reference of references) {
    if (!reference.heading || reference.date) continue;
    const from = Math.max(0, reference.start - HEADING_REACH);
    const to = Math.min(text.length, reference.end + HEADING_REACH);
    const window = text.slice(from, to);
    let best: { distance: number; iso: string } | undefined;
    HEADING_DATE.lastIndex = 0;
    for (let m = HEADING_DATE.exec(window); m; m = HEADING_DATE.exec(window)) {
      const written = dateAt(text, from + m.index + m[0].length);
      if (!written?.iso) continue;
      const distance = Math.abs(from + m.index - reference.start);
      if (!best || distance < best.distance) best = { distance, iso: written.iso };
    }
    if (best) reference.date = best.iso;
  }
}

/**
 * A page often names a document before citing it in full (`Theo Quyết định 12/QĐ-UBND, … Quyết định
 * số 12/QĐ-UBND ngày 15/3/2024 của UBND tỉnh quy định …`): the earlier mention is the same document,
 * so it takes the date of the nearest later citation of its symbol. Symbols without a year recur
 * from year to year, hence the nearest one, and never a date over one the mention has.
 */
export function dateFromLaterCitations(references: FoundReference[]): void {
  const later = new Map<string, string>();
  for (let k = references.length - 1; k >= 0; k--) {
    const reference = references[k]!;
    if (reference.date) later.set(reference.symbol, reference.date);
    else {
      const date = later.get(reference.symbol);
      if (date) reference.date = date;
    }
  }
}
