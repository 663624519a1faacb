/**
 * Parts and their total must add up.
 * - total, then `trong đó` / `gồm`, then the parts: `tiếp nhận 177.427 hồ sơ, trong đó 128.034 hồ sơ
 *   trực tiếp, 49.393 hồ sơ qua mạng`;
 * - parts, then a total word: `128.034 hồ sơ trực tuyến và 49.393 hồ sơ trực tiếp, tổng cộng 177.427 hồ sơ`.
 * - a total, then one part a line (`list-lines.ts`);
 * - a count, then in the next clause counts of the same thing that each name a different side of one
 *   dimension, with no connector: `tiếp nhận 25.640 hồ sơ; đúng hạn 24.980 hồ sơ, quá hạn 860 hồ sơ`.
 * `gồm` and a trailing `tổng cộng` give the whole composition, so any difference is a warning. A
 * `trong đó` list, or a split along one dimension, may name only some parts (some files are still
 * being handled): it is a warning only when the parts exceed the total.
 * Only counts of the same unit (or money in the same currency) are added, and never parts cut two
 * ways at once (`900 hồ sơ đúng hạn, 500 hồ sơ trực tuyến` overlap).
 */
import { displayScale, explain, num, range } from './explain';
import { finding } from './finding';
import { isListGap } from './list';
import { isChange, isOfSomethingElse } from './percent-context';
import { listedParts } from './list-lines';
import { DIMENSIONS, type Dimension, sidesKey, splitAlongOneDimension } from './sides';
import { isTotalLead } from './total';
import { type Page, figure, following, gap, lead, next as nextFigure, nextSentenceFigures, preceding, tail } from './page';
import { baseNamed, statedRatio } from './stated-ratio';
import { cutInterval, intersects, sum } from '../extraction/numbers/written-figure';
import { hedgedRange, qualifierOf } from './interval';
import { defineRule } from './rule';
import type { RuleFinding } from './types';
import type { Figure } from '../extraction/types';
import { isAmount, sameUnit } from './units';
import { WORDS, containsWord, escapeRegExp, hasYear, norm, startsWithWord, withoutYears, wordPattern } from './words';

interface PartsOfTotal {
  total: number;
  parts: number[];
  /** The page names the whole composition (`gồm`, `tổng cộng`), not just some of it (`trong đó`). */
  complete: boolean;
  /** The parts' labels were read and cut one whole along one dimension. */
  split?: true;
}

const MAX_LABEL = 40;
/** `vốn ngân sách trung ương 1.280 tỷ đồng, vốn ngân sách địa phương 2.390 tỷ đồng`: items named at length. */
const MAX_ITEM_LABEL = 8;
const MAX_LOOSE_LABEL = 12;
/** A longer run of same-unit counts is a table or a list of places, not one total's parts. */
const MAX_PARTS = 30;
const LIST_REACH = 1_000;

const CONNECTORS = [...WORDS.partsExhaustive, ...WORDS.partsPartial].sort((a, b) => b.length - a.length);

/** `, trong đó có ` / ` gồm: ` right after the total, with at most a short label around it. */
interface Connector {
  complete: boolean;
  labelWords: number;
  /** `gồm:` opens a list whose items a semicolon may separate, each with a label of its own. */
  colon: boolean;
  /** The first part is named at length: it alone is read, and only its size against the total judged. */
  single?: true;
  /** The first word of the first part's label (`thu` in `gồm thu nội địa …`). */
  head?: string;
}

const MAX_LONG_LABEL = 100;
const NOT_A_PART = [...WORDS.changeBefore, ...WORDS.comparedWith, ...WORDS.targetWords];

/**
 * `Trong đó, vốn khu vực ngoài nhà nước tiếp tục chiếm tỷ trọng lớn nhất với 92.300 tỷ đồng`: one
 * clause naming its part at length, with no change, comparison or plan in it that would make the
 * number something else than a part.
 */
function longLabel(after: string): boolean {
  const label = after.replace(/^[\s,:]+/u, '');
  return label.length <= MAX_LONG_LABEL && !/[,;:()]/u.test(label) && !containsWord(label, NOT_A_PART);
}

/** How many words an item of a `gồm:` list may name before its number (`thu từ hoạt động xuất nhập khẩu`). */
const COLON_LABEL_WORDS = 8;

/** A semicolon right before a connector (`…; trong số đó, …`) goes on with the total. */
const BEFORE_CONNECTOR = new RegExp(`;\\s*(?=(?:${CONNECTORS.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]))`, 'u');

function partsConnector(text: string): Connector | undefined {
  // `3.950 giường bệnh: 2.140 giường tuyến tỉnh, …`: a colon right after the total opens its parts; a
  // list read only in part must not pass for the whole, so only parts above the total are judged.
  if (/^\s*:\s*$/u.test(text)) return { complete: false, labelWords: 0, colon: true };
  // `412 tỷ đồng: vốn ngân sách tỉnh hỗ trợ 265 tỷ đồng, …`: the first item may be named after the colon.
  const named = /^\s*:\s*([^,;:()\d]+)$/u.exec(text)?.[1];
  if (named !== undefined && !containsWord(named, NOT_A_PART)) {
    const labelWords = norm(named)
      .split(' ')
      .filter((w) => /\p{L}/u.test(w)).length;
    if (labelWords <= COLON_LABEL_WORDS) return { complete: false, labelWords, colon: true };
  }
  // `…; trong đó …` and `…. Trong đó, …` go on with the total just given.
  const t = norm(text)
    .replace(/^\s*[;.]\s*/u, '')
    .replace(BEFORE_CONNECTOR, ' ');
  // A year may date the total (`36,480 dossiers in 2024, of which …`); any other number is in the way.
  if (/[;\d]/.test(withoutYears(t))) return undefined;
  for (const word of CONNECTORS) {
    const at = t.search(wordPattern(word));
    if (at < 0) continue;
    const before = t.slice(0, at);
    const after = t.slice(at + word.length);
    if (before.length > MAX_LABEL) return undefined;
    if (after.length > MAX_LABEL) return longLabel(after) ? { complete: false, labelWords: Infinity, colon: false, single: true } : undefined;
    const label = after
      .replace(/^[\s:]+/, '')
      .split(' ')
      .filter((w) => /\p{L}/u.test(w) && w !== 'có' && w !== 'là');
    return { complete: WORDS.partsExhaustive.includes(word), labelWords: label.length, colon: /^\s*:/u.test(after), head: label[0] };
  }
  return undefined;
}

const memo = new WeakMap<Page, Map<number, PartsOfTotal | undefined>>();

/** The parts a total lists after itself (remembered per page: the percentage check asks again). */
export function partsAfterTotal(page: Page, total: number): PartsOfTotal | undefined {
  let known = memo.get(page);
  if (!known) memo.set(page, (known = new Map()));
  if (!known.has(total)) known.set(total, readPartsAfterTotal(page, total));
  return known.get(total);
}

/** The words that name what a stated change or plan share is measured against (`so với cùng kỳ (`, `dự toán (`). */
const MEASURED_AGAINST = baseNamed([...WORDS.comparedWith, ...WORDS.changeUpAfter, ...WORDS.changeDownAfter, ...WORDS.planOf]);

/**
 * `đạt 8.946 tỷ đồng, tăng 25,6% so với cùng kỳ (7.124 tỷ đồng); trong đó …`: the change and the earlier
 * value it is measured against are an aside about the figure before them, so a `trong đó` after the
 * aside splits the figure the clause
 * is about. Returns the aside's last figure when `i` has one.
 */
function measuredAside(page: Page, i: number): number | undefined {
  const p = nextFigure(page, i);
  const stated = p === undefined ? undefined : statedRatio(page, p, MEASURED_AGAINST);
  return stated?.amount === i ? stated.base : undefined;
}

const MAX_BRACKET_LEAD = 40;

/**
 * Whether figure `i` stands alone in brackets (`so với cùng kỳ (7.124 tỷ đồng)`): an aside, so words after
 * the closing bracket go on with the clause around it, not with the figure.
 */
function isBracketed(page: Page, i: number): boolean {
  const before = lead(page, i, MAX_BRACKET_LEAD);
  const open = before.lastIndexOf('(');
  return open >= 0 && !before.slice(open).includes(')') && /^\s*\)/u.test(page.text.slice(figure(page, i).end));
}

function readPartsAfterTotal(page: Page, total: number): PartsOfTotal | undefined {
  if (isBracketed(page, total)) return undefined;
  const whole = figure(page, total);
  const parts: number[] = [];
  let connector: Connector | undefined;
  const aside = measuredAside(page, total);
  let previous = aside ?? total;
  let skippedShare = false;
  const after = following(page, previous, LIST_REACH);
  // `có hơn 420 hợp tác xã, thu hút trên 19 nghìn thành viên. Trong đó, 328 hợp tác xã …`: when only counts
  // of other things follow the total in its sentence, a list opening the next sentence may still split it.
  // So may only asides about the total: its share of a plan, its change (`bằng 78,4% dự toán …, tăng 12,3% so với cùng kỳ`).
  const othersOnly = after.every((j) => (isAmount(figure(page, j)) && !sameUnit(whole, figure(page, j))) || isChange(page, j) || isOfSomethingElse(page, j));
  const fromNext = othersOnly ? nextSentenceFigures(page, after.at(-1) ?? previous, (start) => partsConnector(start.replace(/,.*$/su, '')) !== undefined) : [];
  const candidates = fromNext.length > 0 ? fromNext : after;
  for (const j of candidates) {
    const part = figure(page, j);
    if (parts.length > 0 && part.kind === 'percent') {
      skippedShare = true;
      continue;
    }
    // `867,8 triệu USD vốn đăng ký của 19 dự án cấp mới và 881,8 triệu USD …`: a count of something
    // else tied to a part with no joiner tells more of that part; the list goes on after it.
    if (parts.length > 0 && isDetailOf(page, previous, j, whole)) {
      previous = j;
      continue;
    }
    // `9.604 hộ, chiếm 3,14%; hộ cận nghèo 6.943 hộ`: items that each carry their share may be cut by semicolons.
    // In the next sentence, what opens it says whether the list goes on; the rest of the total's sentence is its own.
    const fromNextSentence = parts.length === 0 && fromNext.length > 0;
    const opening = fromNextSentence ? page.text.slice(page.sentences[page.sentenceOf[j] as number]?.start ?? part.start, part.start) : gap(page, previous, j);
    const between = skippedShare ? opening.replace(/;/gu, ',') : opening;
    // `có 1.126 thí sinh dự thi tại 3 điểm thi, trong đó …`: a count of something else tied to the total
    // with no punctuation tells where or how; the list that follows splits the total.
    if (parts.length === 0 && isCountOfElse(page, previous, j, whole)) {
      previous = j;
      continue;
    }
    if (parts.length === 0) {
      connector = partsConnector(between);
      if (!connector || !isAmount(part) || !sameUnit(whole, part)) return undefined;
    } else {
      const listed = connector?.colon
        ? isListGap(between.replace(/;/gu, ','), COLON_LABEL_WORDS)
        : isListGap(between, connector && connector.labelWords > 0 ? Math.min(MAX_ITEM_LABEL, connector.labelWords + 2) : 2) ||
          // `Trong đó, thu nội địa đạt 9.215 tỷ đồng; thu từ hoạt động xuất nhập khẩu đạt 3.962 tỷ đồng.`: a
          // sentence that opens as the list is the list, and its semicolons cut items named alike.
          (parallelLabel(between, connector?.head) && isListGap(fromNext.length > 0 ? between.replace(/;/gu, ',') : between, COLON_LABEL_WORDS));
      if (!listed) {
        // A same-unit item with a longer label may still belong to the list: then it is not known to be whole.
        if (connector && isAmount(part) && sameUnit(whole, part) && isListGap(between, MAX_LOOSE_LABEL)) connector = { ...connector, complete: false };
        break;
      }
      if (part.kind === whole.kind && !sameUnit(whole, part)) return undefined;
      if (!sameUnit(whole, part)) break;
    }
    parts.push(j);
    if (connector?.single) break;
    previous = j;
    skippedShare = false;
    if (parts.length > MAX_PARTS) return undefined;
  }
  if (!connector || parts.length === 0) return undefined;
  // `…, and travel and other services the remaining VND 730 billion`: a last part that is the rest makes the list whole.
  const last = parts[parts.length - 1] as number;
  const lastGap = parts.length > 1 ? gap(page, parts[parts.length - 2] as number, last) : '';
  const rest = containsWord(lastGap, WORDS.theRest);
  // `84,612 applications: 51,390 were filed online and 32,822 in person`: a colon's list closed by `and`,
  // whose items each name another side of one dimension, is the whole split, not a few of its parts.
  const closedSplit =
    connector.colon &&
    containsWord(lastGap, ['và', 'and']) &&
    splitAlongOneDimension(parts.map((_, k) => ownWords(page, parts, k))) &&
    !namesMoreAfter(page, last);
  return { total, parts, complete: connector.complete || rest || closedSplit };
}

const MAX_DETAIL_GAP = 40;

/** A figure of another kind or unit than the whole, right after a part with no list joiner between: a detail of that part. */
function isDetailOf(page: Page, part: number, j: number, whole: Figure): boolean {
  const detail = figure(page, j);
  if (detail.kind === whole.kind && sameUnit(whole, detail)) return false;
  if (!isAmount(detail) || figure(page, part).kind === detail.kind) return false;
  const between = gap(page, part, j);
  return between.length <= MAX_DETAIL_GAP && !/[,;:()\d]|\.\s/u.test(between) && !containsWord(between, WORDS.listJoiners);
}

/** A count of another unit than the whole, joined to the figure before it by a few plain words. */
function isCountOfElse(page: Page, before: number, j: number, whole: Figure): boolean {
  const other = figure(page, j);
  if (!isAmount(other) || other.kind !== whole.kind || sameUnit(whole, other)) return false;
  const between = gap(page, before, j);
  return between.length <= MAX_DETAIL_GAP && !/[,;:()\d]|\.\s/u.test(between) && !containsWord(between, [...CONNECTORS, ...WORDS.listJoiners]);
}

function partsBeforeTotal(page: Page, total: number): PartsOfTotal | undefined {
  const whole = figure(page, total);
  const before = preceding(page, total, LIST_REACH);
  const last = before[0];
  if (last === undefined || !isTotalLead(gap(page, last, total))) return undefined;
  const parts: number[] = [];
  let next = total;
  for (const j of before) {
    const part = figure(page, j);
    if (parts.length > 0 && part.kind === 'percent') continue;
    if (!isAmount(part) || !sameUnit(whole, part)) break;
    if (parts.length > 0 && !isListGap(gap(page, j, next))) break;
    parts.unshift(j);
    next = j;
    if (parts.length > MAX_PARTS) return undefined;
  }
  return parts.length >= 2 ? { total, parts, complete: true } : undefined;
}

/** How far after the whole its split may begin, and how long a part's own label may be. */
const SPLIT_REACH = 80;

/**
 * `tiếp nhận 25.640 hồ sơ; số hồ sơ giải quyết đúng hạn là 24.980 hồ sơ, quá hạn 860 hồ sơ`: with no
 * `trong đó`, the next clause's counts of the same thing, listed side by side and each naming a
 * different side of one dimension, split the count just before them. A clause with its own year or a
 * change in between is about something else.
 */
function partsSplittingTotal(page: Page, total: number): PartsOfTotal | undefined {
  const whole = figure(page, total);
  const after = following(page, total, LIST_REACH);
  const first = after[0];
  if (first === undefined) return undefined;
  const opening = gap(page, total, first);
  if (opening.length > SPLIT_REACH || !/[,;:]/.test(opening) || hasYear(opening) || containsWord(opening, WORDS.changeBefore)) return undefined;
  const parts = [first];
  for (const j of after.slice(1)) {
    const part = figure(page, j);
    if (!isAmount(part) || !sameUnit(whole, part) || !isListGap(gap(page, parts[parts.length - 1] as number, j), 4)) break;
    parts.push(j);
  }
  if (parts.length < 2 || !parts.every((j) => isAmount(figure(page, j)) && sameUnit(whole, figure(page, j)))) return undefined;
  const clause = opening.slice(Math.max(opening.lastIndexOf(','), opening.lastIndexOf(';'), opening.lastIndexOf(':')) + 1);
  const labels = parts.map((j, k) => {
    const before = k === 0 ? clause : afterLastJoiner(gap(page, parts[k - 1] as number, j));
    const end = k + 1 < parts.length ? figure(page, parts[k + 1] as number).start : figure(page, j).end + MAX_LABEL;
    const own = page.text.slice(figure(page, j).end, Math.min(end, figure(page, j).end + MAX_LABEL));
    return before + ' ' + figure(page, j).text + ' ' + own.slice(0, own.search(/[,;(]|\svà\s|$/u));
  });
  if (labels.some(hasYear) || !splitAlongOneDimension(labels)) return undefined;
  return { total, parts, complete: false, split: true };
}

/**
 * `gồm thu nội địa 25.806 tỷ đồng và thu từ hoạt động xuất nhập khẩu 9.206 tỷ đồng`: an item whose
 * label opens with the first item's head word is another of the same list, however long its label.
 */
function parallelLabel(between: string, head: string | undefined): boolean {
  return head !== undefined && startsWithWord(norm(afterLastJoiner(between)).trim(), [head]) !== undefined;
}

/** The label the next part has before its number: what follows the last joiner between two parts. */
function afterLastJoiner(between: string): string {
  const cut = Math.max(...[...between.matchAll(/[,;+]|\s(?:và|and)\s/gu)].map((m) => (m.index ?? 0) + m[0].length), 0);
  return between.slice(cut);
}

/** What each part is told apart by (`trực tuyến` → channel, `đúng hạn` → timeliness), from its own words. */
function dimensionsOf(page: Page, list: PartsOfTotal): Set<Dimension> {
  const found = new Set<Dimension>();
  list.parts.forEach((_, k) => {
    const words = ownWords(page, list.parts, k);
    for (const [dimension, labels] of DIMENSIONS) if (containsWord(words, labels)) found.add(dimension);
  });
  return found;
}

/** `…, còn lại qua bưu chính`: the sentence goes on past the last part to the rest or another side of the split. */
function namesMoreAfter(page: Page, last: number): boolean {
  const after = tail(page, last, 200);
  const cut = after.search(/[,;(]/u);
  const beyond = cut < 0 ? '' : after.slice(cut);
  return containsWord(beyond, WORDS.theRest) || sidesKey(beyond) !== '';
}

/** A part's own words: its text and what follows it up to the next joiner; after that comes the next part or another clause. */
function ownWords(page: Page, parts: readonly number[], k: number): string {
  const part = figure(page, parts[k] as number);
  const nextStart = k + 1 < parts.length ? figure(page, parts[k + 1] as number).start : part.end + MAX_LABEL;
  const after = page.text.slice(part.end, Math.min(nextStart, part.end + MAX_LABEL));
  return part.text + after.slice(0, after.search(/[,;(]|\s(?:và|and)\s|$/u));
}

function judge(page: Page, list: PartsOfTotal): RuleFinding | undefined {
  // `trong đó 900 hồ sơ giải quyết đúng hạn, 500 hồ sơ nộp trực tuyến`: parts cut two ways overlap.
  if (!list.split && dimensionsOf(page, list).size > 1) return undefined;
  const totalFigure = figure(page, list.total);
  const hedge = qualifierOf(totalFigure, lead(page, list.total, 20));
  const total = hedgedRange(page, list.total);
  const parts = sum(list.parts.map((j) => hedgedRange(page, j)));
  const totalValue = totalFigure.value;
  const partValues = list.parts.map((j) => figure(page, j).value);
  const sumValue = partValues.reduce((acc, v) => acc + v, 0);
  const scale = displayScale([totalValue, ...partValues, sumValue]);
  const values = partValues.map((v) => num(v, undefined, false, scale));
  const shown = {
    parts: values,
    sum: num(sumValue, undefined, false, scale),
    total: num(totalValue, undefined, false, scale),
    written: hedge ? `${hedge} ${totalFigure.text}` : totalFigure.text,
    range: range(total, scale),
  };
  const all = [list.total, ...list.parts];
  const holds = intersects(parts, total);
  // A shortened total may have been cut rather than rounded (`1,74 tỷ` for 1 749,56 million): neither ✓ nor ✗.
  const maybeCut = !holds && intersects(parts, cutInterval(totalFigure, hedge));
  if (list.parts.length === 1) {
    if (parts.lo <= total.hi || maybeCut) return undefined;
    return finding(page, 'warning', all, explain('checks.explain.part-total.exceeds', { part: values[0] ?? '', total: shown.total }));
  }
  if (holds) {
    const exact = Math.abs(sumValue - totalValue) <= 1e-9 * Math.max(1, totalValue);
    // Not exact: the parts' own rounding is printed beside the total's, so the ✓ shows why the two agree.
    if (exact) return finding(page, 'ok', all, explain('checks.explain.parts-total.ok', shown));
    return finding(page, 'ok', all, explain('checks.explain.parts-total.within', { ...shown, partsRange: range(parts, scale) }));
  }
  if (maybeCut) return undefined;
  if (parts.lo > total.hi) {
    const key = list.complete ? 'checks.explain.parts-total.mismatch' : 'checks.explain.parts-total.exceeds';
    return finding(page, 'warning', all, explain(key, { ...shown, diff: num(sumValue - totalValue, undefined, false, scale) }));
  }
  if (!list.complete) return undefined;
  return finding(page, 'warning', all, explain('checks.explain.parts-total.mismatch', { ...shown, diff: num(totalValue - sumValue, undefined, false, scale) }));
}

function check(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const seen = new Set<string>();
  const listed = new Map(listedParts(page).map((list) => [list.total, list]));
  for (const i of page.order) {
    if (!isAmount(figure(page, i))) continue;
    for (const list of [partsAfterTotal(page, i), partsBeforeTotal(page, i), partsSplittingTotal(page, i), listed.get(i)]) {
      if (!list) continue;
      const key = [list.total, ...list.parts].sort().join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      const result = judge(page, list);
      if (result) findings.push(result);
    }
  }
  return findings;
}

export const partsTotal = defineRule({ id: 'parts-total', check });
