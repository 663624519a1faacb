/**
 * A count of a total with its share: `Số được trả đúng hẹn là 19.255 hồ sơ (đạt 96,55%), tổng số tới
 * hạn xử lý là 19.944 hồ sơ`, `trên 1.671 thủ tục hành chính, trong đó có 1.100 thủ tục mức độ 3, 4
 * (66%)`. The whole must be named in the same sentence — as the total a `trong đó`/`gồm` list belongs
 * to, or a same-unit count the page calls a total (`tổng số`, `tổng cộng`); a count in another sentence
 * is never guessed to be the whole.
 */
import { partsAfterTotal } from './parts-total';
import { type Page, figure, following, gap, next, preceding, previous, tail } from './page';
import { hedgedRange } from './interval';
import { type PercentClaim, holds, judgePercent } from './percent-check';
import { couldBeShare, leadWithoutQualifier, tiesShare } from './percent-context';
import { isScopeLead, isTotalLead, isWholeOfLead } from './total';
import { defineRule } from './rule';
import type { RuleFinding } from './types';
import { isAmount, sameUnit } from './units';
import { WORDS, containsWord, crossesClause, crossesClauseOrLine, endsWithWord, escapeRegExp, norm } from './words';

/** How far from the count its whole may be named. */
const REACH = 400;
const PLAN_WORDS = [...WORDS.targetWords, 'dự kiến', 'ước tính cả năm'];
const PLAN_VERBS = ['đạt', 'đạt tỷ lệ', 'đạt tỉ lệ', 'đạt mức', 'reached'];

/**
 * Money that `đạt X%` has reached X % of its plan (`thu nội địa 10.200 tỷ đồng, đạt 102%`), whether or
 * not the page says `dự toán`: only `chiếm` or a bare bracket make it a share of another amount.
 */
function isPlanReached(page: Page, a: number, between: string): boolean {
  return figure(page, a).kind === 'money' && endsWithWord(leadWithoutQualifier(between).replace(/[\s(]+$/u, ''), PLAN_VERBS) !== undefined;
}

/** The percentage that states this count's share, written right after it or right before it in brackets. */
function shareOf(page: Page, a: number): number | undefined {
  const before = previous(page, a);
  const after = next(page, a);
  if (after !== undefined && couldBeShare(page, after) && tiesShare(gap(page, a, after)) && !isPlanReached(page, a, gap(page, a, after))) return after;
  if (before !== undefined && couldBeShare(page, before) && /^\s*\(\s*$/.test(gap(page, before, a))) return before;
  return after !== undefined && sharesNamedWhole(page, a, after) ? after : undefined;
}

/** How far a count may be described before `chiếm … tổng số` names what it is a share of. */
const NAMED_SHARE_REACH = 160;
/** `, chiếm`, `, accounting for`: the clause that gives the share opens with its verb. */
const SHARE_CLAUSE = new RegExp(`,\\s*(?:${WORDS.shareVerbs.map(escapeRegExp).join('|')})\\s*$`, 'u');

/**
 * `412.700 người thuộc hộ nghèo, cận nghèo … được ngân sách mua thẻ, chiếm 36,1% tổng số người tham
 * gia`: a share that names the noun of its whole (`tổng số người`, `of all workers`) is the share of
 * the count of that noun just before it, however long the count's description, within its clause.
 */
function sharesNamedWhole(page: Page, a: number, p: number): boolean {
  const noun = NAMED_WHOLE.exec(norm(tail(page, p, 40)))?.[1];
  const between = gap(page, a, p);
  if (noun === undefined || between.length > NAMED_SHARE_REACH || /[;:()]/u.test(between) || crossesClauseOrLine(between)) return false;
  const unit = norm(figure(page, a).unit ?? '').split(' ');
  return unit.includes(noun) && SHARE_CLAUSE.test(norm(leadWithoutQualifier(between)).trimEnd()) && couldBeShare(page, p);
}

/**
 * `Of the 1,240 businesses surveyed, 868 reported …`: the count right after the whole's clause counts
 * the same things, whatever noun the page then puts after it; the clause may list and date itself
 * (`handled at provincial, district and commune level,`).
 */
function takenFrom(page: Page, whole: number, part: number): boolean {
  return (
    next(page, whole) === part &&
    page.sentenceOf[whole] === page.sentenceOf[part] &&
    /^[^;:()]{0,120},\s*$/u.test(gap(page, whole, part)) &&
    !crossesClause(gap(page, whole, part))
  );
}

/** `or 71.5% of the 16,230 applications`, `chiếm 71,5% trong tổng số 16.230 hồ sơ`: the whole right after the share. */
const OF_THE_WHOLE = /^\s*(?:of|of the|of all|of all the|out of|out of the|trong tổng số|trên tổng số|tổng số|trong số|số)\s*$/u;

function wholeAfterShare(page: Page, a: number, p: number): number | undefined {
  const w = next(page, p);
  if (w === undefined || page.sentenceOf[w] !== page.sentenceOf[p]) return undefined;
  const part = figure(page, a);
  const whole = figure(page, w);
  return isAmount(whole) && sameUnit(part, whole) && whole.value >= part.value && OF_THE_WHOLE.test(norm(gap(page, p, w))) ? w : undefined;
}

/**
 * `đã giải quyết 9.870 hồ sơ; số hồ sơ giải quyết đúng hạn là 9.512 hồ sơ`: a count named as the
 * number of those things that did something is a subset of the same things counted just before it.
 */
function subsetOfEarlier(page: Page, a: number): number | undefined {
  const part = figure(page, a);
  const unit = norm(part.unit ?? '').trim();
  const w = previous(page, a);
  if (unit && w === undefined) return subsetOfSentenceBefore(page, a, unit);
  if (!unit || w === undefined || page.sentenceOf[w] !== page.sentenceOf[a]) return undefined;
  const whole = figure(page, w);
  if (!isAmount(whole) || !sameUnit(part, whole) || whole.value < part.value) return undefined;
  const label = norm(gap(page, w, a));
  const named = new RegExp(`[,;:]\\s*(?:số|the number of)\\s+${escapeRegExp(unit)}\\s[^,;:()\\d]{0,60}$`, 'u');
  return named.test(label) ? w : undefined;
}

/**
 * `Năm 2024, tỉnh có 1.250 doanh nghiệp thành lập mới. Số doanh nghiệp do nữ làm chủ là 312 doanh
 * nghiệp, chiếm …`: a sentence that opens on the number of the things just counted, in the same
 * paragraph, takes them from that count — when the sentence before gives exactly one count of them.
 */
function subsetOfSentenceBefore(page: Page, a: number, unit: string): number | undefined {
  const sentence = page.sentenceOf[a] as number;
  const start = page.sentences[sentence]?.start ?? 0;
  const opening = norm(page.text.slice(start, figure(page, a).start));
  const named = new RegExp(`^\\s*(?:số|the number of)\\s+${escapeRegExp(unit)}\\s[^,;:()\\d]{0,60}$`, 'u');
  if (!named.test(opening) || page.text.slice(page.sentences[sentence - 1]?.end ?? 0, start).includes('\n')) return undefined;
  const part = figure(page, a);
  const wholes = (page.bySentence[sentence - 1] ?? []).filter((j) => isAmount(figure(page, j)) && sameUnit(part, figure(page, j)));
  const w = wholes[0];
  return wholes.length === 1 && w !== undefined && figure(page, w).value >= part.value ? w : undefined;
}

/** `12,380 of them`, `3.107 trong số đó`: the count says it is taken from the things just counted. */
const OF_THEM = /^\s*(?:of them|of these|of those|of whom|trong số đó|trong số này|trong đó)(?![\p{L}\p{N}])/u;

/**
 * `trained 14,620 workers this year and 12,380 of them have found jobs`: the whole is the count of the
 * same things just before, in the same sentence.
 */
function wholeOfThem(page: Page, a: number): number | undefined {
  const w = previous(page, a);
  if (w === undefined || page.sentenceOf[w] !== page.sentenceOf[a] || !OF_THEM.test(norm(tail(page, a, 20)))) return undefined;
  const part = figure(page, a);
  const whole = figure(page, w);
  return isAmount(whole) && sameUnit(part, whole) && whole.value >= part.value ? w : undefined;
}

/** `chiếm 32,6% tổng số hộ`, `or 25.9% of all households`: the share names the noun of its whole. */
const NAMED_WHOLE = /^\s*(?:trong tổng số|trên tổng số|tổng số|of all(?: the)?|of the total(?: number of)?)\s+(\p{L}+)/u;
/** How many sentences back the count of the whole place may be given. */
const SENTENCES_BACK = 2;
/** `Toàn huyện Mường Nhé (Điện Biên) có`: the place's own name between the scope and its verb. */
const PLACE_NAME = /(?:\s\p{Lu}[\p{L}]*)+(?:\s*\([^()]*\))?(\s+(?:hiện\s+|đã\s+)?(?:có|has|had)\s*)$/u;

/**
 * `Toàn huyện có 11.870 hộ dân. …, huyện còn 3.412 hộ nghèo, chiếm 32,6% tổng số hộ`: when the share
 * names the noun of its whole, the whole is the count of that noun the page gave for the whole place
 * (`Toàn huyện … có`, `The district has`) in this sentence or the two before.
 */
function wholeNamedAfterShare(page: Page, a: number, p: number): number | undefined {
  const noun = NAMED_WHOLE.exec(norm(tail(page, p, 40)))?.[1];
  if (noun === undefined) return undefined;
  const part = figure(page, a);
  const names = (f: { unit?: string }) =>
    norm(f.unit ?? '')
      .split(' ')
      .includes(noun);
  if (!names(part)) return undefined;
  const at = page.sentenceOf[a] as number;
  for (let s = at; s >= Math.max(0, at - SENTENCES_BACK); s--) {
    const sentenceStart = page.sentences[s]?.start ?? 0;
    for (const w of [...(page.bySentence[s] ?? [])].reverse()) {
      const whole = figure(page, w);
      if (whole.start >= part.start || whole.kind !== part.kind || whole.value < part.value || !names(whole)) continue;
      const label = page.text.slice(Math.max(sentenceStart, whole.start - 80), whole.start);
      if (isScopeLead(label) || isScopeLead(label.replace(PLACE_NAME, '$1'))) return w;
    }
  }
  return undefined;
}

/** The wholes the sentence names for this count, nearest first. */
function wholesOf(page: Page, a: number, p: number): number[] {
  const stated = wholeAfterShare(page, a, p) ?? subsetOfEarlier(page, a) ?? wholeOfThem(page, a);
  if (stated !== undefined) return [stated];
  const part = figure(page, a);
  const before = preceding(page, a, REACH);
  // `… có 305.860 hộ. Trong đó, số hộ nghèo là 9.604 hộ, chiếm 3,14%`: the list's total may be in the sentence before.
  const sentenceBefore = page.bySentence[(page.sentenceOf[a] as number) - 1] ?? [];
  const listTotal = [...before, ...sentenceBefore].find((t) => partsAfterTotal(page, t)?.parts.includes(a));
  if (listTotal !== undefined) return [listTotal];
  const sentenceStart = page.sentences[page.sentenceOf[a] as number]?.start ?? 0;
  return [...before, ...following(page, a, REACH)]
    .filter((w) => {
      const whole = figure(page, w);
      if (!isAmount(whole) || whole.value < part.value) return false;
      const earlier = previous(page, w);
      const labelStart = earlier === undefined ? sentenceStart : Math.min(figure(page, earlier).end, whole.start);
      const label = page.text.slice(Math.max(labelStart, whole.start - 60), whole.start);
      if (isWholeOfLead(label) && takenFrom(page, w, a)) return true;
      if (!sameUnit(part, whole)) return false;
      // `tổng thu cả năm dự kiến 6.000 tỷ đồng` is a plan, not the whole the count is part of.
      return (isTotalLead(label) || isScopeLead(label)) && !containsWord(label, PLAN_WORDS);
    })
    .sort((x, y) => Math.abs(figure(page, x).start - part.start) - Math.abs(figure(page, y).start - part.start));
}

/** `trên tổng số`, `out of the`: what a count is taken out of follows. */
const OUT_OF = /(?:trên tổng số|trên tổng|trong tổng số|out of the|out of all|out of)\s*$/u;
/** `poor households among the province's`, `trong số … của tỉnh`: the whole after the count and its description, named with its place. */
const AMONG = /(?:^|\s)(?:among(?: the| all(?: the)?)?|trong số|trong tổng số)(?:\s+[\p{L}'’]+){0,2}?\s*$/u;
/** `, tỷ lệ bao phủ đạt`, `, a poverty rate of`: after a count and its whole, the rate they make, named in a word or two. */
const NAMED_RATE = /,\s*(?:(?:tỷ lệ|tỉ lệ)(?:\s+\p{L}+){0,2}\s+(?:đạt|là)|an?\s+(?:[\p{L}-]+\s+){0,2}rate\s+of)\s*$/u;

/**
 * `2.480 hộ thoát nghèo trên tổng số 6.950 hộ nghèo đầu năm, tỷ lệ 38,5%`, `1,240 firms out of the
 * 1,860 surveyed, a rate of …`: a count, the whole it is out of right after it, then the share of both.
 */
function wholeThenShare(page: Page, a: number): { whole: number; share: number } | undefined {
  const w = next(page, a);
  if (w === undefined || page.sentenceOf[w] !== page.sentenceOf[a]) return undefined;
  const between = gap(page, a, w);
  if (between.length > 80 || /[,;:()]/u.test(between) || crossesClauseOrLine(between) || !(OUT_OF.test(norm(between)) || AMONG.test(norm(between))))
    return undefined;
  const part = figure(page, a);
  const whole = figure(page, w);
  if (!isAmount(whole) || !sameUnit(part, whole) || whole.value < part.value) return undefined;
  const p = next(page, w);
  if (p === undefined || !couldBeShare(page, p)) return undefined;
  const toShare = gap(page, w, p);
  if (!tiesShare(toShare) && !(NAMED_RATE.test(norm(leadWithoutQualifier(toShare)).trimEnd()) && !crossesClauseOrLine(toShare))) return undefined;
  return { whole: w, share: p };
}

function judgeOutOf(page: Page, a: number): RuleFinding | undefined {
  const found = wholeThenShare(page, a);
  if (!found) return undefined;
  return judgePercent(page, {
    percent: found.share,
    part: { range: hedgedRange(page, a), value: figure(page, a).value },
    whole: { range: hedgedRange(page, found.whole), value: figure(page, found.whole).value },
    figures: [a, found.whole, found.share],
  });
}

function check(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const a of page.order) {
    if (!isAmount(figure(page, a))) continue;
    const p = shareOf(page, a);
    if (p === undefined) {
      const outOf = judgeOutOf(page, a);
      if (outOf) findings.push(outOf);
      continue;
    }
    const named = wholesOf(page, a, p);
    const elsewhere = named.length === 0 ? wholeNamedAfterShare(page, a, p) : undefined;
    const wholes = elsewhere === undefined ? named : [elsewhere];
    if (wholes.length === 0) continue;
    const claims: PercentClaim[] = wholes.map((w) => ({
      percent: p,
      part: { range: hedgedRange(page, a), value: figure(page, a).value },
      whole: { range: hedgedRange(page, w), value: figure(page, w).value },
      figures: [a, w, p],
    }));
    const chosen = claims.find((claim) => holds(page, claim)) ?? (claims[0] as PercentClaim);
    const judged = judgePercent(page, chosen);
    if (judged) findings.push(judged);
  }
  return findings;
}

export const countPercent = defineRule({ id: 'count-percent', check });
