/**
 * A value against its plan, when the page gives both: `thu ngân sách đạt 14.860 tỷ đồng, bằng 112,6%
 * dự toán (13.200 tỷ đồng)`, `giải ngân 2.316 tỷ đồng, đạt 52,5% kế hoạch vốn (4.410 tỷ đồng)`.
 * value / plan × 100 must round to the written percentage; after `vượt` (`vượt 15% dự toán (3.360 tỷ
 * đồng)`, `exceeding the plan by`) the percentage is what the value is above the plan: value / plan × 100 − 100.
 */
import { intersects, percentOf } from '../extraction/numbers/written-figure';
import { displayScale, explain, num, range } from './explain';
import { finding } from './finding';
import { hedgedRange } from './interval';
import { type Page, figure } from './page';
import { leadWithoutQualifier } from './percent-context';
import { defineRule } from './rule';
import { baseNamed, statedRatio } from './stated-ratio';
import type { RuleFinding } from './types';
import { WORDS, endsWithWord } from './words';

const PLAN = baseNamed(WORDS.planOf);

function check(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const p of page.order) {
    const stated = statedRatio(page, p, PLAN);
    const verb = stated && leadWithoutQualifier(stated.lead);
    if (!stated || !verb) continue;
    const exceeded = endsWithWord(verb, WORDS.planExceeded) !== undefined;
    if (!exceeded && !endsWithWord(verb, WORDS.planVerbs)) continue;
    const share = percentOf(hedgedRange(page, stated.amount), hedgedRange(page, stated.base));
    if (!share) continue;
    const computed = exceeded ? { lo: share.lo - 100, hi: share.hi - 100 } : share;
    const ok = intersects(computed, hedgedRange(page, p));
    const value = figure(page, stated.amount).value;
    const plan = figure(page, stated.base).value;
    const percent = figure(page, p);
    const scale = displayScale([value, plan]);
    const values = {
      value: num(value, undefined, false, scale),
      plan: num(plan, undefined, false, scale),
      computed: num((value / plan) * 100 - (exceeded ? 100 : 0), 2),
      written: percent.text,
      range: range(computed),
    };
    findings.push(
      finding(
        page,
        ok ? 'ok' : 'warning',
        [stated.amount, p, stated.base],
        explain(
          exceeded
            ? ok
              ? 'checks.explain.plan-percent.exceeded-ok'
              : 'checks.explain.plan-percent.exceeded-mismatch'
            : ok
              ? 'checks.explain.plan-percent.ok'
              : 'checks.explain.plan-percent.mismatch',
          values,
        ),
      ),
    );
  }
  return findings;
}

export const planPercent = defineRule({ id: 'plan-percent', check });
