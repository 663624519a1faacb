/**
 * A percentage the page states between two amounts it also gives: `đạt 14.860 tỷ đồng, bằng 118,5%
 * dự toán (13.200 tỷ đồng)`, `đạt 845 triệu USD, giảm 6,1% so với cùng kỳ (925 triệu USD)`,
 * `2.46 billion USD, up 12.5% from 2.05 billion USD`. The amount comes right before the percentage,
 * the other amount right after the words that name it (in brackets or straight after); anything
 * else between them (another clause, a list) and the relation is not clear enough to judge.
 */
import { type Page, figure, gap, next, previous } from './page';
import { isAmount, sameUnit } from './units';
import { WORDS, crossesClause, escapeRegExp, norm } from './words';

export interface StatedRatio {
  /** The amount measured (`14.860 tỷ đồng`). */
  amount: number;
  percent: number;
  /** The amount it is measured against (`13.200 tỷ đồng`). */
  base: number;
  /** The words between the amount and the percentage (`, giảm `). */
  lead: string;
}

/** Between the amount and its percentage: a comma or a bracket and a verb, a year at most (`in 2024, up`). */
const MAX_LEAD = 40;
const MAX_BASE_GAP = 60;

const alternatives = (words: readonly string[]) =>
  words
    .map((w) => escapeRegExp(norm(w)))
    .sort((a, b) => b.length - a.length)
    .join('|');

/**
 * Inside the bracket, the base may be named again before its amount, with its verb: `(cùng kỳ đạt`,
 * `(kế hoạch`, `(năm 2023:`, `(the plan was`.
 */
const RESTATED = `(?:${alternatives(WORDS.baseRestated)})(?:\\s+(?:19|20)\\d\\d)?(?:\\s*(?:đạt|là|:|was|of|at))?`;

/**
 * The words that name the base, then at most a short description of it (`dự toán Trung ương giao`,
 * `so với cùng kỳ năm trước`) and an opening bracket (where the base may be named again), `là` or `:`
 * — no comma, no semicolon.
 */
export function baseNamed(words: readonly string[]): RegExp {
  return new RegExp(`^\\s*(?:${alternatives(words)})(?![\\p{L}\\p{N}])[^,;.!?()]{0,45}?(?:\\(\\s*(?:${RESTATED})?|:|\\s(?:là|of|at))?\\s*$`, 'u');
}

/** The percentage `p` with its amount before and its base after, when the page writes them so. */
export function statedRatio(page: Page, p: number, baseWords: RegExp, maxBaseGap = MAX_BASE_GAP): StatedRatio | undefined {
  if (figure(page, p).kind !== 'percent') return undefined;
  const amount = previous(page, p);
  const base = next(page, p);
  if (amount === undefined || base === undefined) return undefined;
  const a = figure(page, amount);
  const b = figure(page, base);
  if (!isAmount(a) || !isAmount(b) || !sameUnit(a, b)) return undefined;
  const lead = gap(page, amount, p);
  if (lead.length > MAX_LEAD || crossesClause(lead)) return undefined;
  const between = gap(page, p, base);
  if (between.length > maxBaseGap || !baseWords.test(norm(between))) return undefined;
  return { amount, percent: p, base, lead };
}
