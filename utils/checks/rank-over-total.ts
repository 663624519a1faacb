/**
 * A rank cannot be above the number of places ranked: `xếp thứ 65/63`, `ranked 70th out of 63`, or the
 * number counted right after `among`/`trong số` (`placing 68th among the country's 63 provinces`), or
 * the things counted before that the ranking names again (`Chỉ số … của 19 sở, ban, ngành. Sở Tài chính
 * … xếp thứ 21 trong số các sở, ban, ngành được đánh giá`).
 */
import { explain, num } from './explain';
import { finding } from './finding';
import { type Page, figure, gap, next, tail } from './page';
import { defineRule } from './rule';
import type { RuleFinding } from './types';
import { alternation, norm } from './words';

/** `among the`, `trong số`: what comes next is the whole the rank is taken in. */
const AMONG = ['trong số', 'trong tổng số', 'trên tổng số', 'among', 'out of'];

/** `among the country's 63 provinces`, `trong số 63 tỉnh`: the whole counted right after. */
const COUNT_AFTER = new RegExp(`^\\s*(?:${alternation(AMONG)})\\s+(?:the\\s+)?(?:[\\p{L}]+['’]s\\s+)?$`, 'u');

/** `trong số các sở`, `among the provinces`: the whole named again, not counted. */
const NAMED_AFTER = new RegExp(`^\\s*(?:${alternation(AMONG)})\\s+(?:các|những|the|all the|all)\\s+(\\p{L}+)`, 'u');

/** The count that is the whole a rank without a denominator is taken in, if the page makes it clear. */
function countedWhole(page: Page, i: number): number | undefined {
  const after = next(page, i);
  if (after !== undefined && figure(page, after).kind === 'count' && COUNT_AFTER.test(norm(gap(page, i, after)))) return after;
  const noun = NAMED_AFTER.exec(norm(tail(page, i, 40)))?.[1];
  if (noun === undefined) return undefined;
  const counts = page.order.filter((j) => {
    const f = figure(page, j);
    return f.kind === 'count' && f.end <= figure(page, i).start && norm(f.unit ?? '').split(' ')[0] === noun;
  });
  return counts.length === 1 ? counts[0] : undefined;
}

function check(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const i of page.order) {
    const rank = page.figures[i];
    if (!rank || rank.kind !== 'rank') continue;
    const whole = rank.of === undefined ? countedWhole(page, i) : undefined;
    const total = rank.of ?? (whole === undefined ? undefined : figure(page, whole).value);
    if (total === undefined || rank.value <= total) continue;
    const shown = whole === undefined ? [i] : [whole, i];
    findings.push(finding(page, 'warning', shown, explain('checks.explain.rank-over-total', { rank: num(rank.value), total: num(total) })));
  }
  return findings;
}

export const rankOverTotal = defineRule({ id: 'rank-over-total', check });
