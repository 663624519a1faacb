/**
 * The noun a bare number counts when the sentence has just named it, so the number is a count of
 * those things though no noun follows it:
 * - after the whole it is taken from: `Of the 3,150 applications received online, 2,870 were settled`;
 * - after a total and `of which` / `including`: `36,480 dossiers in 2024, of which 21,905 were …`;
 * - `of them` right after it: `1,375 schools; 1,102 of them meet …`;
 * - next in a list after such a number: `of which 21,905 were submitted online and 15,260 in person`;
 * - for a number with a scale word, the thing the sentence is about, named before any value:
 *   `Tourist arrivals rose from 3.1 million in 2023 to 3.6 million` (see subjectNoun);
 * - for a number with a scale word after `from`, the earlier value of a change: what the count just
 *   before the change counts (`7.2 million tourist arrivals in 2023, up 28.5% from 5.1 million`; see baseOfChange).
 */
import { Gap } from '../text/tokens';
import { vocabulary } from './vocabulary';
import { headNoun, isFirst, isNum, isSym, isYearNumber, keyAt, nounText, phraseAt, phraseBefore, scaled, token, type FigureContext } from './context';

/** How far back, in tokens, the clause that names the noun may reach. */
const CLAUSE_TOKENS = 16;

export function impliedNoun(ctx: FigureContext, i: number, listed = true): string | null {
  if (token(ctx, i)!.gap === Gap.Line) return null;
  return wholeBefore(ctx, i) ?? totalBeforeConnector(ctx, i) ?? ofThem(ctx, i) ?? ofTheseOpening(ctx, i) ?? (listed ? nextInList(ctx, i) : null);
}

/** `Of the 3,150 applications received online, 2,870 …`: the lead opens its clause; only a comma comes before the number. */
function wholeBefore(ctx: FigureContext, i: number): string | null {
  if (!isSym(ctx, i - 1, ',')) return null;
  for (let k = i - 2; k >= i - CLAUSE_TOKENS && token(ctx, k) !== undefined; k--) {
    const t = token(ctx, k)!;
    if (t.gap === Gap.Line || (t.type === 'sym' && t.text !== '-')) return null;
    if (t.type !== 'num') continue;
    const lead = phraseBefore(ctx, vocabulary.wholeOfLeads, k);
    if (!lead || !opensClause(ctx, lead.from)) return null;
    const noun = headNoun(ctx, k + 1);
    return noun ? nounText(ctx, noun) : null;
  }
  return null;
}

function opensClause(ctx: FigureContext, i: number): boolean {
  return isFirst(ctx, i) || token(ctx, i)!.gap === Gap.Line || isSym(ctx, i - 1, ',;:(.');
}

/** The noun of the nearest count before token `from` in its sentence (a year or a bare number has none). */
function nounOfCountBefore(ctx: FigureContext, from: number, stops: string): string | null {
  for (let k = from - 1; k >= from - CLAUSE_TOKENS && token(ctx, k) !== undefined; k--) {
    const t = token(ctx, k)!;
    if (t.type === 'sym' && stops.includes(t.text)) return null;
    if (t.type === 'num') {
      const noun = headNoun(ctx, scaled(ctx, k)?.to ?? k + 1);
      if (noun) return nounText(ctx, noun);
    }
    if (t.gap === Gap.Line) return null;
  }
  return null;
}

/** `36,480 administrative dossiers in 2024, of which 21,905 …`; `3,950 beds: 2,140 at provincial level, …`. */
function totalBeforeConnector(ctx: FigureContext, i: number): string | null {
  const lead = phraseBefore(ctx, vocabulary.partsLeads, i);
  if (lead) return nounOfCountBefore(ctx, lead.from, '.;:!?');
  return isSym(ctx, i - 1, ':') ? countRightBefore(ctx, i - 1) : null;
}

/**
 * The noun of the count that ends right before token `at` (`3,950 beds` before `:`), and only when
 * the noun is written lower case: `… số 15 Điện thoại: 0236 …` is a label, not a count going on.
 */
function countRightBefore(ctx: FigureContext, at: number): string | null {
  if (/^0\d/.test(token(ctx, at + 1)?.text ?? '')) return null;
  for (let k = at - 1; k >= at - 6 && token(ctx, k) !== undefined; k--) {
    if (!isNum(ctx, k)) continue;
    const noun = headNoun(ctx, scaled(ctx, k)?.to ?? k + 1);
    if (!noun || noun.to !== at) return null;
    const text = nounText(ctx, noun);
    return text === text.toLowerCase() ? text : null;
  }
  return null;
}

/** `1,375 schools; 1,102 of them meet …`. */
function ofThem(ctx: FigureContext, i: number): string | null {
  if (token(ctx, i + 1)?.gap !== Gap.Space || !phraseAt(ctx, vocabulary.ofThem, i + 1)) return null;
  return nounOfCountBefore(ctx, i, '.!?');
}

/**
 * `Bac Ninh licensed 4,820 new enterprises in 2024 with …. Of these, 3,107 operate …`: `of these` opening
 * its clause, then a comma, points back to the count just given, in the sentence before if need be.
 */
function ofTheseOpening(ctx: FigureContext, i: number): string | null {
  if (!isSym(ctx, i - 1, ',')) return null;
  const lead = phraseBefore(ctx, vocabulary.ofThem, i - 1);
  if (!lead || !opensClause(ctx, lead.from)) return null;
  return nounOfCountBefore(ctx, lead.from, ':!?');
}

/** `… 21,905 were submitted online and 15,260 in person`: the number before, in the same clause, counts by an implied noun. */
/** How many items back a list may name its noun (`3,950 beds: 2,140 …, 1,420 … and 490 …`). */
const LIST_HOPS = 4;

function nextInList(ctx: FigureContext, i: number, hops = LIST_HOPS): string | null {
  const joiner = token(ctx, i - 1);
  if (!joiner || !(isSym(ctx, i - 1, ',') || vocabulary.listJoiners.at(ctx.tokens, i - 1))) return null;
  for (let k = i - 2; k >= i - CLAUSE_TOKENS / 2 && token(ctx, k) !== undefined; k--) {
    const t = token(ctx, k)!;
    if (t.gap === Gap.Line || (t.type === 'sym' && t.text !== ',')) return null;
    if (!isNum(ctx, k)) continue;
    if (headNoun(ctx, scaled(ctx, k)?.to ?? k + 1)) return null;
    return impliedNoun(ctx, k, false) ?? (hops > 1 ? nextInList(ctx, k, hops - 1) : null);
  }
  return null;
}

/** How far back, in tokens, the count whose change is stated may stand before `from`. */
const CHANGE_TOKENS = 24;

/**
 * `welcomed 7.2 million tourist arrivals in 2023, up 28.5% from 5.1 million in 2022`: a number with a
 * scale word right after `from`, `so với` or `compared with` is the earlier value of the change just stated, so it
 * counts what the count before the change counts. A full stop, semicolon or colon in between and
 * nothing is read.
 */
export function baseOfChange(ctx: FigureContext, i: number): string | null {
  const from = comparisonBefore(ctx, i);
  if (from === null || !(isSym(ctx, from - 1, '%') || isNum(ctx, from - 1))) return null;
  for (let k = from - 1; k >= from - CHANGE_TOKENS && token(ctx, k) !== undefined; k--) {
    const t = token(ctx, k)!;
    if ((t.type === 'sym' && '.;:!?()'.includes(t.text)) || token(ctx, k + 1)!.gap === Gap.Line) return null;
    if (t.type !== 'num' || isYearNumber(ctx, k)) continue;
    const noun = headNoun(ctx, scaled(ctx, k)?.to ?? k + 1);
    if (noun) return nounText(ctx, noun);
  }
  return null;
}

/**
 * Where `from`, `so với`, `compared with` / `to`, or `on the` (`up 32% on the 0.98 million recorded a
 * year earlier`) ends right before token `i`, or null (token indices may be negative, see TokenSource).
 */
function comparisonBefore(ctx: FigureContext, i: number): number | null {
  const one = keyAt(ctx, i - 1);
  const two = `${keyAt(ctx, i - 2)} ${one}`;
  if (one === 'from') return i - 1;
  return two === 'so với' || two === 'compared with' || two === 'compared to' || two === 'on the' ? i - 2 : null;
}

/**
 * `Tourist arrivals rose from 3.1 million in 2023 to 3.6 million in 2024`, `Số thuê bao tăng từ 1,2
 * triệu lên 1,5 triệu`: a number with a scale word is surely a quantity, and with no noun after it,
 * it counts what the sentence opened by naming, when nothing but years and such bare quantities
 * stands between. A comma after a value ends the subject's clause (`…3 million, and revenue …`).
 */
export function subjectNoun(ctx: FigureContext, i: number): string | null {
  let start = i;
  for (let k = i - 1; k >= i - CLAUSE_TOKENS && token(ctx, k) !== undefined; k--) {
    const t = token(ctx, k)!;
    if ((t.type === 'sym' && '.;:!?()'.includes(t.text)) || token(ctx, k + 1)!.gap === Gap.Line) break;
    if (t.type === 'sym' && t.text === ',' && isValue(ctx, k - 1)) return null;
    if (t.type === 'num' && !isYearNumber(ctx, k) && !isBareQuantity(ctx, k)) return null;
    start = k;
  }
  for (let k = start; k < i; k++) {
    if (token(ctx, k)!.type !== 'word') continue;
    // `Passenger numbers fell from 4.2 million`: the English `<noun> numbers` counts that noun.
    if (keyAt(ctx, k + 1) === 'numbers' && k + 1 < i) return ctx.text.slice(token(ctx, k)!.start, token(ctx, k + 1)!.end);
    const noun = vocabulary.countNouns.at(ctx.tokens, k);
    if (noun && noun.to <= i) return ctx.text.slice(token(ctx, k)!.start, token(ctx, noun.to - 1)!.end);
  }
  return null;
}

/** A number, or the scale word closing one, other than a year. */
function isValue(ctx: FigureContext, k: number): boolean {
  for (let n = k; n >= k - 2 && token(ctx, n) !== undefined; n--) if (isNum(ctx, n)) return !isYearNumber(ctx, n);
  return false;
}

/** `3.1 million` with no noun after it. */
function isBareQuantity(ctx: FigureContext, k: number): boolean {
  const amount = scaled(ctx, k);
  return amount !== null && amount.to > k + 1 && headNoun(ctx, amount.to) === null;
}
