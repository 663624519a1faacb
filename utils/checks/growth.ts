/**
 * A stated growth against the two values it compares: `GRDP đạt 68.450 tỷ đồng, tăng 14,4% so với năm
 * 2023 (59.830 tỷ đồng)`, `nhập khẩu 845 triệu USD, giảm 8,6% so với cùng kỳ (925 triệu USD)`,
 * `exports reached 2.46 billion USD, up 20% from 2.05 billion USD`. (now − before) / before × 100
 * must round to the written percentage; `giảm`, `down` make it negative.
 */
import { growthOf, percentOf, writtenDecimals } from '../extraction/numbers/written-figure';
import { displayScale, explain, num, range } from './explain';
import { finding } from './finding';
import { hedgedRange, verdict } from './interval';
import { type Page, figure, gap, next, previous } from './page';
import { leadWithoutQualifier } from './percent-context';
import { defineRule } from './rule';
import { type StatedRatio, baseNamed, statedRatio } from './stated-ratio';
import { label, sameLabel } from './label';
import { isAmount, sameUnit } from './units';
import type { Figure } from '../extraction/types';
import type { RuleFinding } from './types';
import { WORDS, containsWord, crossesClause, crossesSentence, alternation, endsWithWord, norm, startsWithWord, yearsIn } from './words';

/** What the earlier value follows; `on`, `over` only right after a change (`up 17.9% on the same period of 2024 (…)`). */
const COMPARED = baseNamed([...WORDS.comparedWith, ...WORDS.comparedAfterChange, ...WORDS.changeUpAfter, ...WORDS.changeDownAfter]);

/**
 * +1 for `tăng`, −1 for `giảm`, or after the percentage `12% lower than`, `cao hơn 5%`; undefined when
 * the words around the percentage state no change.
 */
function direction(lead: string, percentText: string, after: string): 1 | -1 | undefined {
  if (startsWithWord(after, WORDS.changeDownAfter)) return -1;
  if (startsWithWord(after, WORDS.changeUpAfter)) return 1;
  const before = leadWithoutQualifier(lead);
  if (endsWithWord(before, WORDS.changeDown) || /^(?:giảm|down)\b/iu.test(percentText)) return -1;
  if (endsWithWord(before, WORDS.changeUp) || /^(?:tăng|up)\b/iu.test(percentText)) return 1;
  return undefined;
}

/** Between the later value and its change, and between the two values: a few words, no new sentence. */
const MAX_BETWEEN = 60;

/** The one year written between `from` and the figure `i` (`năm 2023, thu … đạt`), if exactly one. */
function yearIn(page: Page, from: number, i: number): number | undefined {
  const years = yearsIn(page.text.slice(from, figure(page, i).start));
  return years.length === 1 ? years[0] : undefined;
}

/**
 * The two values a change is stated between when both come before it: `tăng từ 2,05 tỷ USD năm 2023
 * lên 2,46 tỷ USD năm 2024, tương ứng tăng 20%` (`giảm từ … xuống còn …`), or each with its own year: `Năm 2023 đạt 1.240 tỷ
 * đồng; năm 2024 đạt 1.410 tỷ đồng, tăng 13,7%`.
 */
function bothBefore(page: Page, p: number): StatedRatio | undefined {
  const now = previous(page, p);
  const before = now === undefined ? undefined : previous(page, now);
  if (now === undefined || before === undefined) return undefined;
  const a = figure(page, before);
  const b = figure(page, now);
  if (!isAmount(a) || !isAmount(b) || !sameUnit(a, b)) return undefined;
  const lead = gap(page, now, p);
  const between = gap(page, before, now);
  if (lead.length > MAX_BETWEEN || between.length > MAX_BETWEEN || crossesClause(lead) || crossesSentence(between)) return undefined;
  const fromTo =
    endsWithWord(leadWithoutQualifier(page.text.slice(Math.max(0, a.start - 20), a.start)), WORDS.rankFrom) !== undefined &&
    !between.includes(';') &&
    containsWord(between, ['lên', 'lên mức', 'đến', 'to', 'xuống', 'xuống còn', 'còn']);
  const sentenceStart = page.sentences[page.sentenceOf[before] as number]?.start ?? 0;
  const y1 = yearIn(page, sentenceStart, before);
  const y2 = yearIn(page, a.end, now);
  const years = y1 !== undefined && y2 !== undefined && y1 < y2;
  return fromTo || years ? { amount: now, percent: p, base: before, lead: lead.slice(lead.lastIndexOf(',') + 1) } : undefined;
}

const COMPARED_BRACKET = new RegExp(`(?:${alternation(WORDS.comparedWith)})(?![\\p{L}\\p{N}])[^,;.()]{0,40}\\(\\s*$`, 'u');

/**
 * `… là 1.573,1 tỷ đồng. So với cùng kỳ năm trước (2.726,3 tỷ đồng), số thu giảm 42,3%`: the earlier
 * value in brackets after the comparison, the change right after, the later value just before the
 * comparison — in this sentence or closing the one before.
 */
function comparedFirst(page: Page, p: number): StatedRatio | undefined {
  const base = previous(page, p);
  if (base === undefined || page.sentenceOf[base] !== page.sentenceOf[p]) return undefined;
  const lead = gap(page, base, p);
  if (!/^\s*\)/u.test(lead) || lead.length > MAX_BETWEEN || crossesClause(lead)) return undefined;
  const sentence = page.sentenceOf[base] as number;
  const now = previous(page, base) ?? page.bySentence[sentence - 1]?.at(-1);
  if (now === undefined) return undefined;
  const sameSentence = page.sentenceOf[now] === sentence;
  if (!sameSentence && page.text.slice(page.sentences[sentence - 1]?.end ?? 0, page.sentences[sentence]?.start ?? 0).includes('\n')) return undefined;
  const a = figure(page, now);
  const b = figure(page, base);
  if (!isAmount(a) || !isAmount(b) || !sameUnit(a, b)) return undefined;
  const from = sameSentence ? a.end : (page.sentences[sentence]?.start ?? 0);
  if (b.start - from > 80 || !COMPARED_BRACKET.test(norm(page.text.slice(from, b.start)))) return undefined;
  return { amount: now, percent: p, base, lead: lead.replace(/^\s*\)\s*,?/u, '') };
}

/** `so với năm trước`, `so với năm 2024`, `year on year`, `on the previous year`: a change against an earlier period named, not its value. */
const EARLIER_PERIOD = new RegExp(
  `^\\s*(?:year on year|year-on-year|(?:${alternation([...WORDS.comparedWith, ...WORDS.comparedAfterChange])})\\s+(?:the\\s+)?(?:${alternation(WORDS.earlierPeriods)}|(?:năm\\s+|in\\s+)?(?:19|20)\\d\\d))(?![\\p{L}\\p{N}])[^,;.!?()\\d]{0,20}(?:[,;.!?]|$)`,
  'u',
);

/** The period a figure is dated to: attribution's, else the one year its sentence writes. */
function periodKey(page: Page, i: number): string | undefined {
  const period = page.contexts?.[i]?.period;
  if (period && period !== 'unknown' && period.basis !== 'publication') return period.key;
  const span = page.sentences[page.sentenceOf[i] as number];
  const years = span ? yearsIn(page.text.slice(span.start, span.end)) : [];
  return years.length === 1 ? String(years[0]) : undefined;
}

/**
 * `Năm 2024, tổng thu từ khách du lịch đạt 11.412 tỷ đồng. … Tổng thu từ khách du lịch năm 2025 ước đạt
 * 14.650 tỷ đồng, tăng 28,4% so với năm trước`: a change against an earlier period whose value the
 * page gave elsewhere — the one amount of the same unit, named in the same words, dated to that period.
 */
function earlierGivenApart(page: Page, p: number): StatedRatio | undefined {
  const now = previous(page, p);
  const after = norm(page.text.slice(figure(page, p).end, page.sentences[page.sentenceOf[p] as number]?.end ?? 0));
  if (now === undefined || !isAmount(figure(page, now)) || !EARLIER_PERIOD.test(after)) return undefined;
  const lead = gap(page, now, p);
  const verb = leadWithoutQualifier(lead);
  if (lead.length > MAX_BETWEEN || crossesClause(lead) || !endsWithWord(verb, [...WORDS.changeUp, ...WORDS.changeDown])) return undefined;
  const key = periodKey(page, now);
  const named = yearsIn(after.slice(0, after.search(/[,;.!?]|$/u)))[0];
  const year = key === undefined ? undefined : Number(key.slice(0, 4));
  if (key === undefined || !Number.isInteger(year)) return undefined;
  const earlier = `${named ?? (year as number) - 1}${key.slice(4)}`;
  const name = label(page, now);
  const bases = page.order.filter((j) => {
    const f = figure(page, j);
    return (
      page.sentenceOf[j] !== page.sentenceOf[p] &&
      isAmount(f) &&
      sameUnit(f, figure(page, now)) &&
      periodKey(page, j) === earlier &&
      sameLabel(label(page, j), name)
    );
  });
  return bases.length === 1 ? { amount: now, percent: p, base: bases[0] as number, lead } : undefined;
}

/** The change as the page writes it: `tăng 14,4%`, or `12% lower than` when the direction follows the percentage. */
function writtenChange(lead: string, percentText: string, after: string): string {
  const following = startsWithWord(after, [...WORDS.changeDownAfter, ...WORDS.changeUpAfter]);
  if (following) return `${percentText} ${following}`;
  return `${lead.trim().replace(/^[,(–-]\s*/u, '')} ${percentText}`.trim();
}

/** `giảm 1,1 điểm phần trăm`, `up 2.3 percentage points`: a change between two percentages, in points. */
const POINTS = /(?:điểm phần trăm|điểm %|percentage points?)$/u;

/** `18,2%, giảm 1,1 điểm phần trăm so với năm 2023 (19,8%)`: two percentages and the points between them. */
function pointsChange(now: Figure, change: Figure, base: Figure): boolean {
  return now.kind === 'percent' && base.kind === 'percent' && change.kind === 'percent' && POINTS.test(norm(change.text));
}

/** Between the later value and a change given as an amount: a year at most, a comma and the verb (`, tăng`, `in 2024, up`). */
const MAX_AMOUNT_LEAD = 25;
const AMOUNT_LEAD = /^\s*(?:(?:in|năm)\s+(?:19|20)\d\d\s*)?,/u;

/**
 * `đạt 92,4 triệu đồng, tăng 11,1 triệu đồng so với năm 2023 (81,3 triệu đồng)`: a change written as an
 * amount (or in percentage points between two percentages) between the two values it compares; now − before must be the change, `giảm` making it negative.
 */
function amountChange(page: Page, d: number): RuleFinding | undefined {
  const change = figure(page, d);
  const now = previous(page, d);
  const base = next(page, d);
  if (now === undefined || base === undefined) return undefined;
  const a = figure(page, now);
  const b = figure(page, base);
  const amounts = isAmount(change) && isAmount(a) && isAmount(b) && sameUnit(a, b) && sameUnit(a, change);
  if (!amounts && !pointsChange(a, change, b)) return undefined;
  const lead = gap(page, now, d);
  if (lead.length > MAX_AMOUNT_LEAD || !AMOUNT_LEAD.test(lead) || /[;()]/u.test(lead) || !COMPARED.test(norm(gap(page, d, base)))) return undefined;
  const before = leadWithoutQualifier(lead);
  const sign = endsWithWord(before, WORDS.changeDown) ? -1 : endsWithWord(before, WORDS.changeUp) ? 1 : undefined;
  if (sign === undefined) return undefined;
  const x = hedgedRange(page, now);
  const y = hedgedRange(page, base);
  const difference = { lo: x.lo - y.hi, hi: x.hi - y.lo };
  const written = hedgedRange(page, d);
  const claimed = sign === 1 ? written : { lo: -written.hi, hi: -written.lo };
  const status = verdict(difference, a.value - b.value, claimed);
  if (!status) return undefined;
  const ok = status === 'ok';
  const scale = displayScale([a.value, b.value, change.value]);
  const values = {
    now: num(a.value, undefined, false, scale),
    before: num(b.value, undefined, false, scale),
    computed: num(a.value - b.value, undefined, true, scale),
    written: `${lead.replace(AMOUNT_LEAD, '').trim()} ${change.text}`.trim(),
    range: range(difference, scale),
  };
  const key = ok ? 'checks.explain.growth.amount-ok' : 'checks.explain.growth.amount-mismatch';
  return finding(page, status, [now, d, base], explain(key, values));
}

/** `bằng`, `equal to`: the value as a share of the earlier one, not a change. */
const RATIO_VERBS = ['bằng', 'tương đương', 'equal to', 'equivalent to'];

/** The value and the earlier one it is compared with, as the explanation prints them (in one scale). */
function comparedValues(page: Page, stated: StatedRatio) {
  const now = figure(page, stated.amount).value;
  const before = figure(page, stated.base).value;
  const scale = displayScale([now, before]);
  return { now, before, values: { now: num(now, undefined, false, scale), before: num(before, undefined, false, scale) } };
}

/**
 * `1.150 doanh nghiệp, bằng 104,5% so với cùng kỳ năm 2023 (1.210 doanh nghiệp)`: the value against the
 * earlier one as a share of it, so now / before × 100 must round to the written percentage.
 */
function ratioToEarlier(page: Page, stated: StatedRatio): RuleFinding | undefined {
  if (!endsWithWord(leadWithoutQualifier(stated.lead), RATIO_VERBS)) return undefined;
  const share = percentOf(hedgedRange(page, stated.amount), hedgedRange(page, stated.base));
  if (!share) return undefined;
  const { now, before, values: compared } = comparedValues(page, stated);
  const status = verdict(share, (now / before) * 100, hedgedRange(page, stated.percent));
  if (!status) return undefined;
  const ok = status === 'ok';
  const values = {
    ...compared,
    computed: num((now / before) * 100, 2),
    written: `${stated.lead.trim().replace(/^[,(–-]\s*/u, '')} ${figure(page, stated.percent).text}`.trim(),
    range: range(share, undefined, 2),
  };
  const key = ok ? 'checks.explain.growth.ratio-ok' : 'checks.explain.growth.ratio-mismatch';
  return finding(page, status, [stated.amount, stated.percent, stated.base], explain(key, values));
}

function check(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const d of page.order) {
    const result = amountChange(page, d);
    if (result) findings.push(result);
  }
  for (const p of page.order) {
    if (figure(page, p).kind !== 'percent') continue;
    const stated = statedRatio(page, p, COMPARED) ?? bothBefore(page, p) ?? comparedFirst(page, p) ?? earlierGivenApart(page, p);
    if (!stated) continue;
    const percent = figure(page, p);
    const sign = direction(stated.lead, percent.text, gap(page, p, stated.base));
    if (sign === undefined) {
      const ratio = ratioToEarlier(page, stated);
      if (ratio) findings.push(ratio);
      continue;
    }
    const growth = growthOf(hedgedRange(page, stated.amount), hedgedRange(page, stated.base));
    if (!growth) continue;
    const written = hedgedRange(page, p);
    const claimed = Math.sign(percent.value) === -1 ? written : sign === 1 ? written : { lo: -written.hi, hi: -written.lo };
    const { now, before, values: compared } = comparedValues(page, stated);
    const status = verdict(growth, ((now - before) / before) * 100, claimed);
    if (!status) continue;
    const ok = status === 'ok';
    const values = {
      ...compared,
      computed: num(((now - before) / before) * 100, writtenDecimals(percent) + 1, true),
      written: writtenChange(stated.lead, percent.text, gap(page, p, stated.base)),
      range: range(growth, undefined, 2),
    };
    findings.push(finding(page, status, [stated.amount, p, stated.base], explain(ok ? 'checks.explain.growth.ok' : 'checks.explain.growth.mismatch', values)));
  }
  return findings;
}

export const growth = defineRule({ id: 'growth', check });
