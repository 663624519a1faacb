/** A rank cannot be above the number of places ranked: `xếp thứ 65/63`, `ranked 70th out of 63`. */
import { explain, num } from './explain';
import { finding } from './finding';
import type { Page } from './page';
import { defineRule } from './rule';
import type { RuleFinding } from './types';

function check(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const i of page.order) {
    const rank = page.figures[i];
    if (!rank || rank.kind !== 'rank' || rank.of === undefined || rank.value <= rank.of) continue;
    findings.push(finding(page, 'warning', [i], explain('checks.explain.rank-over-total', { rank: num(rank.value), total: num(rank.of) })));
  }
  return findings;
}

export const rankOverTotal = defineRule({ id: 'rank-over-total', check });
