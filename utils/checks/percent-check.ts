/** Compares a written percentage with the one its part and whole give. */
import type { Figure } from '../extraction/types';
import { explain, num } from './explain';
import { finding } from './finding';
import { type Page, figure } from './page';
import { type Interval, intersects, percentOf, writtenDecimals } from '../extraction/numbers/written-figure';
import { hedgedRange, verdict } from './interval';
import type { RuleFinding } from './types';

export interface PercentClaim {
  percent: number;
  part: { range: Interval; value: number };
  whole: { range: Interval; value: number };
  figures: number[];
}

/** Whether the claim holds within the rounding the page's writing allows. */
export function holds(page: Page, claim: PercentClaim): boolean {
  const computed = percentOf(claim.part.range, claim.whole.range);
  return computed !== undefined && intersects(computed, hedgedRange(page, claim.percent));
}

function halfStep(f: Figure): number {
  return 0.5 * 10 ** -writtenDecimals(f);
}

export function judgePercent(page: Page, claim: PercentClaim): RuleFinding | undefined {
  const computed = percentOf(claim.part.range, claim.whole.range);
  if (!computed) return undefined;
  const status = verdict(computed, (claim.part.value / claim.whole.value) * 100, hedgedRange(page, claim.percent));
  if (!status) return undefined;
  const p = figure(page, claim.percent);
  const decimals = writtenDecimals(p) + 2;
  const values = {
    part: num(claim.part.value),
    whole: num(claim.whole.value),
    computed: num((claim.part.value / claim.whole.value) * 100, decimals),
    written: p.text,
    tolerance: num(halfStep(p), writtenDecimals(p) + 1),
  };
  return finding(page, status, claim.figures, explain(status === 'ok' ? 'checks.explain.percent.ok' : 'checks.explain.percent.mismatch', values));
}
