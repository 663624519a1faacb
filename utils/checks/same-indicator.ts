/**
 * The same indicator, for the same place and period, given twice in one page with different values.
 * It needs attribution (indicator, subject, period); without it, or where any of them is unknown or
 * only the publication date stands for the period, it says nothing.
 * Attribution ties every number near an indicator's name to it, so only the figures that can *be* the
 * indicator's value are compared — a percentage, a score, a position — and not: a goal or a threshold
 * (`phấn đấu đạt`, `chỉ tiêu 30%`, `từ 8% trở lên`, `top 10`), a change (`tăng 14%`) unless the indicator
 * is a growth rate, a share of a
 * count beside it (`1.100 thủ tục (66%)`), a share of a plan (`đạt 90% dự toán`), a scale
 * (`1,000-point`), or two figures of one sentence (a sentence that gives two values compares them).
 */
import type { Figure } from '../extraction/types';
import { explain } from './explain';
import { finding } from './finding';
import { type Page, figure, gap, lead, previous, tail } from './page';
import { hedgedRange } from './interval';
import { isChange, isOfSomethingElse, leadWithoutQualifier, tiesShare } from './percent-context';
import { isAmount } from './units';
import { rowLabel } from './list-rows';
import { hedgeWords } from '../extraction/numbers/hedges';
import { intersects } from '../extraction/numbers/written-figure';
import { qualifierOf } from './interval';
import { WORDS, containsWord, endsWithWord, escapeRegExp, norm, wordPattern } from './words';
import { defineRule } from './rule';
import { ELSEWHERE_WORDS } from '../attribution/markers';
import { sidesKey } from './sides';
import { fold } from '../extraction/text/fold';
import type { RuleFinding } from './types';
import { writtenPeriod } from './written-period';
import { label } from './label';

interface Known {
  indicator: string;
  indicatorName: string;
  subject: string;
  subjectName: string;
  period: string;
}

/**
 * A page that names no place for any figure (`của tỉnh`, `the province`) speaks of its own province
 * throughout; a figure whose sentence turns to the country, a region or an average is not its.
 */
const OWN_PLACE = { id: 'page', name: 'tỉnh / province' };

/** The country is no province: a page that compares itself with the national figure still speaks of its own province. */
const COUNTRY = 'viet-nam';

function ownPlace(page: Page, i: number): { id: string; name: string } | undefined {
  if (page.contexts?.some((c) => c?.subject !== undefined && c.subject !== 'unknown' && c.subject.id !== COUNTRY)) return undefined;
  const sentenceStart = page.sentences[page.sentenceOf[i] as number]?.start ?? 0;
  const sentence = page.text.slice(sentenceStart, figure(page, i).start);
  return containsWord(sentence, ELSEWHERE_WORDS) ? undefined : OWN_PLACE;
}

function known(page: Page, i: number): Known | undefined {
  const context = page.contexts?.[i];
  if (!context) return undefined;
  const { indicator, period } = context;
  const subject = context.subject === 'unknown' || context.subject === undefined ? ownPlace(page, i) : context.subject;
  if (!indicator || indicator === 'unknown' || !subject) return undefined;
  const dated = period && period !== 'unknown' && period.basis !== 'publication' ? period.key : writtenPeriod(page, i);
  if (dated === undefined) return undefined;
  return {
    indicator: indicator.id,
    indicatorName: indicator.name ?? indicator.id,
    subject: subject.id,
    subjectName: subject.name ?? subject.id,
    period: dated,
  };
}

const BOUND_WORDS = ['từ', 'trên', 'dưới', 'hơn', 'from', 'over', 'under', 'above', 'below'];
/** `to`, `đến` close a range only after its start (`from 60 to 70 points`); after a verb (`lifted … to 66.52 points`) they lead to the value. */
const RANGE_END_WORDS = ['đến', 'tới', 'to'];
const RANGE_START_WORDS = ['từ', 'from'];

/** Whether the figure states the indicator's value itself, not a bound, a goal, a change or a part. */
function isLevel(page: Page, i: number): boolean {
  const f = figure(page, i);
  if (f.kind === 'count') return isNamedCount(page, i);
  if (f.kind === 'money') return isNamedAmount(page, i);
  if (f.kind !== 'percent' && f.kind !== 'score' && f.kind !== 'rank') return false;
  if (page.contexts?.[i]?.target) return false;
  const before = lead(page, i, 40);
  const clause = before.slice(before.lastIndexOf(';') + 1);
  if (qualifierOf(f, before) && !endsWithWord(before, hedgeWords('about'))) return false;
  if (endsWithWord(before, BOUND_WORDS) || containsWord(clause, WORDS.targetWords)) return false;
  if (endsWithWord(before, RANGE_END_WORDS) && containsWord(clause, RANGE_START_WORDS)) return false;
  if (f.kind === 'rank' && (/^top\b/u.test(norm(f.text)) || endsWithWord(before, ['top']))) return false;
  if (
    f.kind === 'percent' &&
    ((isChange(page, i) && !measuresGrowth(page, i)) ||
      (measuresGrowth(page, i) && !isChange(page, i) && !containsWord(ownClause(page, i), WORDS.growthWords)) ||
      isOfSomethingElse(page, i) ||
      /\(\s*$/.test(leadWithoutQualifier(before)) ||
      sharesCountBefore(page, i))
  )
    return false;
  return true;
}

/**
 * `GRDP growth`, `Tăng trưởng GRDP`: an indicator that is itself a rate of growth is stated as a change
 * (`the economy grew 7.4%`, `với mức tăng trưởng 7,9%`), so there the change is its value — and a
 * percentage of its clause that says no growth (`agriculture accounted for 21.4% of GRDP`, `industry
 * and construction 38.9%`) is a share of the economy, not its growth.
 */
function measuresGrowth(page: Page, i: number): boolean {
  const indicator = page.contexts?.[i]?.indicator;
  return indicator !== undefined && indicator !== 'unknown' && /(?:^|-)growth$/u.test(indicator.id);
}

/** The words of a figure's clause before it: from the last comma, semicolon or colon of its sentence. */
function ownClause(page: Page, i: number): string {
  const span = page.sentences[page.sentenceOf[i] as number];
  const before = page.text.slice(span?.start ?? 0, figure(page, i).start);
  return before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
}

/** `689 hồ sơ quá hạn, chiếm 3,45 %`, `16 hồ sơ (chiếm 0,08%)`: the share of the count just before it, not the indicator's level. */
function sharesCountBefore(page: Page, i: number): boolean {
  const before = previous(page, i);
  return before !== undefined && isAmount(figure(page, before)) && tiesShare(gap(page, before, i));
}

/** Where what a count counts stops: a clause break, a period or a place after it (`trong 9 tháng`, `in 2024`). */
const COUNT_LABEL_END = /[,;:.()!?]|\s(?:trong|tại|của|với|năm|đến|in|at|with|of|for|by|during|were|was|are|is)\s|$/u;

/** What a count counts, as written: `doanh nghiệp thành lập mới`, `newly established enterprises`. */
function countLabel(page: Page, i: number): string {
  const f = figure(page, i);
  const own = norm(f.text.replace(/^[^\p{L}]*/u, ''));
  const after = norm(tail(page, i, 60));
  return `${own} ${after.slice(0, after.search(COUNT_LABEL_END))}`.trim();
}

/**
 * `1.284 doanh nghiệp thành lập mới` … `với 1.482 doanh nghiệp thành lập mới trong 9 tháng`: a count is
 * the indicator's value given again only when it names what it counts in the same words, more than the
 * bare noun, and is no goal, bound or part of a list (`trong đó 300 doanh nghiệp …`).
 */
function isNamedCount(page: Page, i: number): boolean {
  const f = figure(page, i);
  if (page.contexts?.[i]?.target || f.qualifier) return false;
  const label = countLabel(page, i);
  if (label.split(' ').length <= norm(f.unit ?? '').split(' ').length) return false;
  const clause = lead(page, i, 60);
  const own = clause.slice(Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';')) + 1);
  return !containsWord(own, [...WORDS.partsPartial, ...WORDS.partsExhaustive, ...WORDS.targetWords, ...WORDS.cumulativeTotal, 'riêng']);
}

/**
 * `Quang Nam's export turnover reached 1.35 billion USD` … `the 2023 export figure of 1.53 billion USD`:
 * an amount is the indicator's value given again only when it is named in the same words (`label`),
 * and is no part (`trong đó`, `including`), plan or goal, change (`tăng 120 tỷ đồng`), earlier value
 * (`so với`, in brackets) or running total.
 */
function isNamedAmount(page: Page, i: number): boolean {
  if (page.contexts?.[i]?.target || label(page, i).length === 0) return false;
  const clause = ownClause(page, i);
  const before = leadWithoutQualifier(lead(page, i, 40));
  if (/\(\s*$/u.test(before) || endsWithWord(before, [...WORDS.changeBefore, ...BOUND_WORDS])) return false;
  const sentence = page.text.slice(page.sentences[page.sentenceOf[i] as number]?.start ?? 0, figure(page, i).start);
  if (containsWord(sentence, [...WORDS.targetWords, ...WORDS.planNouns])) return false;
  return !containsWord(clause, [
    ...WORDS.partsPartial,
    ...WORDS.partsExhaustive,
    ...WORDS.cumulativeTotal,
    ...WORDS.comparedWith,
    ...WORDS.changeBefore,
    'riêng',
  ]);
}

/** `0,5123 điểm` and `0,5321 điểm` are said alike; `1,000-point` (a scale) and `0.3615` are not; counts by what they count. */
function wording(page: Page, i: number, subject: string): string {
  const f = figure(page, i);
  if (f.kind === 'count') return countLabel(page, i);
  if (f.kind === 'money') {
    // The province's own name is no part of what an amount counts (`Quang Nam's export turnover`).
    const place = new Set(subject.split('-'));
    return label(page, i)
      .filter((w) => !place.has(fold(w).folded))
      .join(' ');
  }
  return f.kind === 'score' ? norm(f.text.replace(/[\d.,\s]+/g, ' ')).trim() : '';
}

function groupKey(page: Page, i: number, k: Known): string {
  const f: Figure = figure(page, i);
  return [k.indicator, k.subject, k.period, f.kind, f.of ?? '', wording(page, i, k.subject)].join('|');
}

/** How far before a figure the words naming its group (`cấp huyện`, `trực tuyến`) are read. */
const GROUP_REACH = 80;

/** A figure alone on its line: a table cell, whose row and column say what it is. */
function isCell(page: Page, i: number): boolean {
  const f = figure(page, i);
  const lineStart = page.text.lastIndexOf('\n', f.start - 1) + 1;
  const lineEnd = page.text.indexOf('\n', f.end);
  return page.text.slice(lineStart, f.start).trim() === '' && page.text.slice(f.end, lineEnd < 0 ? page.text.length : lineEnd).trim() === '';
}

/**
 * Whether two figures can be one value given twice. Two cells of a table are two rows (`Cấp tỉnh …
 * 99,1%`, `Cấp huyện … 97,4%`), so are two list lines with their own labels (`- Vốn tín dụng: 31,8%;`,
 * `- Người dân đóng góp: 12,2%.`), and two figures that name different groups (level, channel,
 * timeliness) are the values of two groups.
 */
function canCompare(page: Page, a: number, b: number): boolean {
  if (isCell(page, a) && isCell(page, b)) return false;
  const rowA = rowLabel(page, a);
  const rowB = rowLabel(page, b);
  if (rowA !== undefined && rowB !== undefined && rowA !== rowB) return false;
  const x = sidesKey(lead(page, a, GROUP_REACH));
  const y = sidesKey(lead(page, b, GROUP_REACH));
  return x === '' || y === '' || x === y;
}

/** Units below a province: a page names its own province freely, and another province gets its own attribution. */
const TERRITORIAL = new Set(['xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'thành phố']);
const PLACE_WORDS = WORDS.memberUnits
  .filter((w) => w !== 'tỉnh' && w !== 'province' && w !== 'provinces')
  // `Huyện Phú Quốc` opening a sentence names a place as `huyện Phú Quốc` does (`Sở Tài chính` speaks, it is no place).
  .flatMap((w) => (TERRITORIAL.has(w) ? [w, w.charAt(0).toUpperCase() + w.slice(1)] : [w]))
  .map(escapeRegExp)
  .join('|');
const slug = (name: string) => fold(name).folded.replace(/[^a-z0-9]+/g, '-');
/** `huyện Lập Thạch`, `xã Tân Phú`, `Dong Ha city`: a named place, the unit word before the name. */
const NAMED_PLACE = new RegExp(`(?<![\\p{L}])(?:${PLACE_WORDS})\\s+(\\p{Lu}[\\p{L}]*(?:\\s+\\p{Lu}[\\p{L}]*)*)`, 'gu');

/**
 * `huyện Lập Thạch … tỷ lệ chậm, quá hạn chỉ 0,33%`: the clause names a place other than the one the
 * figure was given to, so the value may be that place's and is not compared.
 */
function namesAnotherPlace(page: Page, i: number, subjectName: string): boolean {
  const before = lead(page, i, 120);
  const clause = before.slice(before.lastIndexOf(';') + 1);
  const subject = slug(subjectName);
  return [...clause.matchAll(NAMED_PLACE)].some((m) => !subject.includes(slug(m[1] ?? '')) && !slug(m[1] ?? '').includes(subject));
}

/** The places below a province the page names with their unit word (`huyện Mường Nhé`), by name. */
function namedPlaces(page: Page): string[] {
  return [...new Set([...page.text.matchAll(NAMED_PLACE)].map((m) => m[1] ?? ''))].filter(Boolean);
}

/**
 * `tỷ lệ hộ nghèo của huyện Mường Nhé … là 38,62%` … `Với tỷ lệ hộ nghèo … 36,82%, Mường Nhé vẫn là
 * huyện …`: a figure whose sentence names exactly one such place, with or without its unit word, is
 * that place's; more than one and whose it is cannot be told.
 */
function placeOfSentence(page: Page, i: number, places: readonly string[]): string | null | undefined {
  const span = page.sentences[page.sentenceOf[i] as number];
  if (!span || places.length === 0) return undefined;
  const sentence = page.text.slice(span.start, span.end);
  const named = places.filter((name) => wordPattern(name).test(sentence));
  return named.length === 1 ? (named[0] as string) : named.length > 1 ? null : undefined;
}

function check(page: Page): RuleFinding[] {
  if (!page.contexts) return [];
  const groups = new Map<string, { known: Known; members: number[] }>();
  const places = namedPlaces(page);
  for (const i of page.order) {
    const found = known(page, i);
    const place = found && placeOfSentence(page, i, places);
    if (!found || place === null) continue;
    const k = place === undefined ? found : { ...found, subject: `place:${slug(place)}`, subjectName: place };
    if (!isLevel(page, i) || (place === undefined && namesAnotherPlace(page, i, k.subjectName))) continue;
    const key = groupKey(page, i, k);
    const group = groups.get(key) ?? { known: k, members: [] };
    group.members.push(i);
    groups.set(key, group);
  }
  const findings: RuleFinding[] = [];
  for (const { known: k, members: all } of groups.values()) {
    const first = all[0] as number;
    const members = all.filter((j) => j === first || canCompare(page, first, j));
    if (new Set(members.map((j) => page.sentenceOf[j])).size < 2) continue;
    const disagreeing = members.find((j) => !intersects(hedgedRange(page, first), hedgedRange(page, j)));
    const ok = disagreeing === undefined;
    const shown = ok ? members : [first, disagreeing];
    const values = {
      indicator: k.indicatorName,
      subject: k.subjectName,
      period: k.period,
      values: shown.map((j) => figure(page, j).text).join(ok ? ' = ' : ' ≠ '),
    };
    findings.push(
      finding(page, ok ? 'ok' : 'warning', shown, explain(ok ? 'checks.explain.same-indicator.ok' : 'checks.explain.same-indicator.mismatch', values)),
    );
  }
  return findings;
}

export const sameIndicator = defineRule({ id: 'same-indicator', check });
