/**
 * A ratio and its percentage: `431.172 máy/596.049 dân, đạt 72,34%`, `65/65 xã (100%)`,
 * `100% số xã (65/65 xã)`. Only a percentage written right against the ratio is taken as its share.
 */
import { type Page, figure, gap, lead, next, previous } from './page';
import { hedgedRange, qualifierOf } from './interval';
import { hedgeKind } from '../extraction/numbers/hedges';
import { judgePercent } from './percent-check';
import { couldBeShare, endsWithShareClause, isThreshold, leadWithoutQualifier, tiesShare } from './percent-context';
import { denominatorInterval } from '../extraction/numbers/written-figure';
import { defineRule } from './rule';
import type { RuleFinding } from './types';
import { WORDS, containsWord, endsWithWord, escapeRegExp, norm } from './words';

const UNIT_LIST = new RegExp(`^(?:\\s*,\\s*(?:${WORDS.memberUnits.join('|')}))+`, 'u');

/** `65/65 xã, phường, thị trấn, đạt 100%`: the other unit names of the ratio are not in the way. */
function withoutUnitList(text: string): string {
  const t = norm(text);
  return t.replace(UNIT_LIST, '');
}

/** A ratio carries its own unit: only a few words may stand between it and its percentage. */
const MAX_LABEL = 20;
/**
 * …unless they are one clause saying what the counted things did and the share follows in brackets
 * or after a comma with a verb of share: `48/52 đơn vị kết nối liên thông văn bản điện tử (đạt
 * 96,2%)`, `118/127 xã đã vận hành bộ phận một cửa điện tử, đạt tỷ lệ 92,9%`. A clause naming money
 * or a change (`giải ngân vốn (đạt 80%)`) measures something else.
 */
const MAX_CLAUSE = 110;
const SHARE_AFTER_CLAUSE = /(?:\(\s*(?:đạt|chiếm|bằng|là)?|,\s*(?:đạt tỷ lệ|đạt tỉ lệ|đạt|chiếm|chiếm tỷ lệ|bằng|a rate of|accounting for|or))\s*$/u;

function describesRatio(between: string): boolean {
  const label = norm(between).replace(/(?:\([^(]*|,[^,]*)$/u, '');
  const shareFollows = SHARE_AFTER_CLAUSE.test(norm(between)) || endsWithShareClause(between);
  return shareFollows && !/[,;:()]/.test(label) && !containsWord(label, WORDS.notAShareLead);
}

/** `100% (`, `100% số xã (`: a percentage followed by its ratio in brackets. */
const PERCENT_THEN_RATIO = /^\s*(?:số\s+[\p{L}\s,]{0,30})?(?:\(|,\s*(?:tương ứng|tức là|tức|bằng|hay|or|i\.e\.)(?:\s+(?:với|là))?)\s*$/u;

/**
 * `87,5% doanh nghiệp trên địa bàn đã sử dụng hóa đơn điện tử (2.954 trong tổng số 3.376 doanh
 * nghiệp)`: the percentage is of the very noun the ratio in brackets counts, with one clause about them between.
 */
function sharesTheRatiosNoun(between: string, unit: string | undefined): boolean {
  if (!unit || between.length > MAX_CLAUSE || !/\(\s*$/u.test(between)) return false;
  const clause = between.replace(/\(\s*$/u, '');
  if (/[,;:()\d]/.test(clause) || containsWord(clause, WORDS.notAShareLead)) return false;
  return clause
    .trimStart()
    .replace(/^(?:số|of the|of)\s+/u, '')
    .startsWith(norm(unit) + ' ');
}

/**
 * `402/437 trường mầm non, tiểu học, trung học cơ sở và trung học phổ thông đạt chuẩn quốc gia, đạt tỷ
 * lệ 87,1%`, `187/204 communes, wards and townships had connected …, a rate of 97.1%`: however long the
 * description of the counted things (their kinds listed, what they did), the first percentage after
 * it in the same clause, given by a clause that opens with a verb of share, is their share. A
 * description about money, a plan or a change measures something else; a bar the things clear on the
 * way (`từ 90% trở lên`) is read past.
 */
const MAX_DESCRIPTION = 240;
/** What the counted units did (`hoàn thành kết nối`, `thực hiện số hóa`) is no plan. */
const UNIT_DEEDS = ['hoàn thành', 'thực hiện'];
const NOT_A_DESCRIPTION = WORDS.notAShareLead.filter((word) => !UNIT_DEEDS.includes(word));

/**
 * `có mức độ hài lòng từ 90% trở lên`, `had at least 95% of patients paying online`: a percentage the
 * description sets as a bar (a bound after it, or a lower bound before it not tied as a share).
 */
function isBarOnTheWay(page: Page, r: number, p: number): boolean {
  if (figure(page, p).kind !== 'percent') return false;
  if (isThreshold(page, p)) return true;
  return hedgeKind(qualifierOf(figure(page, p), lead(page, p, 20))) === 'atLeast' && !tiesShare(gap(page, r, p), MAX_DESCRIPTION);
}

function shareAfterDescription(page: Page, r: number): number | undefined {
  let after = next(page, r);
  while (after !== undefined && isBarOnTheWay(page, r, after)) after = next(page, after);
  if (after === undefined || !couldBeShare(page, after)) return undefined;
  const between = gap(page, r, after);
  const cut = Math.max(between.lastIndexOf(','), between.lastIndexOf('('));
  if (cut < 0 || !tiesShare(between, MAX_DESCRIPTION) || !tiesShare(between.slice(cut))) return undefined;
  const description = between.slice(0, cut);
  return containsWord(description, NOT_A_DESCRIPTION) || containsWord(between.slice(cut), WORDS.notAShareLead) ? undefined : after;
}

/** `Số chủ đầu tư này`, `Các xã này`, `These communes`: the next sentence opens by pointing back to what the ratio counts. */
function pointsBackTo(unit: string): RegExp {
  const noun = escapeRegExp(norm(unit));
  return new RegExp(
    `^\\s*(?:(?:số|các|những)\\s+)?${noun}\\s+(?:này|đó|nói trên|trên)(?![\\p{L}\\p{N}])|^\\s*(?:these|those)\\s+${noun}(?![\\p{L}\\p{N}])`,
    'u',
  );
}

/**
 * `… có 27/41 chủ đầu tư đạt tỷ lệ giải ngân trên mức bình quân. Số chủ đầu tư này chiếm 56,9% tổng
 * số đơn vị được giao vốn.`: a sentence that opens on the very things the ratio counted, then only a
 * verb of share, gives their share.
 */
function shareInNextSentence(page: Page, r: number): number | undefined {
  const unit = figure(page, r).unit;
  if (!unit) return undefined;
  const at = page.sentenceOf[r] as number;
  // The ratio is the last thing of its kind its sentence counts (`… 9/16 xã duy trì đủ 19 tiêu chí.`).
  const later = (page.bySentence[at] ?? []).filter((j) => figure(page, j).start > figure(page, r).start && figure(page, j).kind === 'ratio');
  const sentence = page.sentences[at + 1];
  if (later.length > 0 || !sentence || page.text.slice(page.sentences[at]?.end ?? 0, sentence.start).includes('\n')) return undefined;
  if (!pointsBackTo(unit).test(norm(page.text.slice(sentence.start, sentence.start + 40)))) return undefined;
  const p = page.bySentence[at + 1]?.[0];
  if (p === undefined || !couldBeShare(page, p)) return undefined;
  const before = page.text.slice(page.sentences[page.sentenceOf[p] as number]?.start ?? 0, figure(page, p).start);
  return before.length <= 80 && endsWithWord(leadWithoutQualifier(before), WORDS.shareOnly) !== undefined ? p : undefined;
}

function percentOfRatio(page: Page, r: number): number | undefined {
  const after = next(page, r);
  const before = previous(page, r);
  if (after !== undefined && couldBeShare(page, after)) {
    const between = withoutUnitList(gap(page, r, after));
    if (tiesShare(between, MAX_LABEL) || (tiesShare(between, MAX_CLAUSE) && describesRatio(between))) return after;
  }
  const described = shareAfterDescription(page, r) ?? shareInNextSentence(page, r);
  if (described !== undefined) return described;
  if (before !== undefined && couldBeShare(page, before)) {
    const between = norm(gap(page, before, r));
    if (PERCENT_THEN_RATIO.test(between) || sharesTheRatiosNoun(between, figure(page, r).unit)) return before;
  }
  return undefined;
}

function check(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const r of page.order) {
    const ratio = figure(page, r);
    const whole = denominatorInterval(ratio);
    if (ratio.kind !== 'ratio' || !whole || whole.lo <= 0 || ratio.of === undefined) continue;
    const p = percentOfRatio(page, r);
    if (p === undefined) continue;
    const judged = judgePercent(page, {
      percent: p,
      part: { range: hedgedRange(page, r), value: ratio.value },
      whole: { range: whole, value: ratio.of },
      figures: [r, p],
    });
    if (judged) findings.push(judged);
  }
  return findings;
}

export const ratioPercent = defineRule({ id: 'ratio-percent', check });
