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
  let r = 0;
  SENTENCE_LEAD.lastIndex = 0;
  for (let m = SENTENCE_LEAD.exec(text); m; m = SENTENCE_LEAD.exec(text)) {
    const written = dateAt(text, m.index + m[0].length);
    if (!written?.iso) continue;
    const dateStart = m.index + m[0].length;
    if (references.some((x) => x.start <= dateStart && dateStart < x.end)) continue;
    if (m[1] && references.some((x) => x.end <= m.index && x.end >= m.index - 2)) continue;
    AFTER_LEAD.lastIndex = written.end;
    if (!AFTER_LEAD.test(text)) continue;
    SENTENCE_END.lastIndex = written.end;
    const end = SENTENCE_END.exec(text)?.index ?? text.length;
    while (r < references.length && references[r]!.start < written.end) r++;
    const dated = leadDated(text, references, r, end);
    if (dated) dated.date = written.iso;
    SENTENCE_LEAD.lastIndex = Math.max(SENTENCE_LEAD.lastIndex, written.end);
  }
}

/** A verb of issuing right before a reference makes it the document the sentence's date is about (`đăng ký` registers, it does not sign). */
const ISSUED = /(?<!\p{L})(?:ban hành|(?<!(?:đăng|kê)[ \t]{1,2})ký|phê duyệt|issued|signed|approved|promulgated|adopted)(?:[ \t]{1,2}(?:the|a))?[ \t\u00a0]{1,3}$/iu;
const ISSUED_REACH = 24;

/**
 * The reference a sentence's lead date belongs to, among `references[r…]` starting before `end`:
 * the one issued in the sentence (`…, căn cứ Quyết định số 348/QĐ-TTg, UBND tỉnh ban hành Kế hoạch
 * số 99/KH-UBND`), else the first; never one that carries its own date.
 */
function leadDated(text: string, references: FoundReference[], r: number, end: number): FoundReference | undefined {
  for (let k = r; k < references.length && references[k]!.start < end; k++) {
    const reference = references[k]!;
    if (ISSUED.test(text.slice(Math.max(0, reference.start - ISSUED_REACH), reference.start))) return reference.date === undefined ? reference : undefined;
  }
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
