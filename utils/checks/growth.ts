/**
 * A stated growth against the two values it compares: `GRDP đạt 68.450 tỷ đồng, tăng 14,4% so với năm
 * 2023 (59.830 tỷ đồng)`, `nhập khẩu 845 triệu USD, giảm 8,6% so với cùng kỳ (925 triệu USD)`,
 * `exports reached 2.46 billion USD, up 20% from 2.05 billion USD`. (now − before) / before × 100
 * must round to the written percentage; `giảm`, `down` make it negative.
 */
import { growthOf, intersects, writtenDecimals } from '../extraction/numbers/written-figure';
import { displayScale, explain, num, range } from './explain';
import { finding } from './finding';
import { hedgedRange } from './interval';
import { type Page, figure } from './page';
import { leadWithoutQualifier } from './percent-context';
import { defineRule } from './rule';
import { baseNamed, statedRatio } from './stated-ratio';
import type { RuleFinding } from './types';
import { WORDS, endsWithWord } from './words';

const COMPARED = baseNamed(WORDS.comparedWith);

/** +1 for `tăng`, −1 for `giảm`, undefined when the words before the percentage state no change. */
function direction(lead: string, percentText: string): 1 | -1 | undefined {
  const before = leadWithoutQualifier(lead);
  if (endsWithWord(before, WORDS.changeDown) || /^(?:giảm|down)\b/iu.test(percentText)) return -1;
  if (endsWithWord(before, WORDS.changeUp) || /^(?:tăng|up)\b/iu.test(percentText)) return 1;
  return undefined;
}

function check(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const p of page.order) {
    const stated = statedRatio(page, p, COMPARED);
    if (!stated) continue;
    const percent = figure(page, p);
    const sign = direction(stated.lead, percent.text);
    if (sign === undefined) continue;
    const growth = growthOf(hedgedRange(page, stated.amount), hedgedRange(page, stated.base));
    if (!growth) continue;
    const written = hedgedRange(page, p);
    const claimed = Math.sign(percent.value) === -1 ? written : sign === 1 ? written : { lo: -written.hi, hi: -written.lo };
    const ok = intersects(growth, claimed);
    const now = figure(page, stated.amount).value;
    const before = figure(page, stated.base).value;
    const scale = displayScale([now, before]);
    const values = {
      now: num(now, undefined, false, scale),
      before: num(before, undefined, false, scale),
      computed: num(((now - before) / before) * 100, writtenDecimals(percent) + 1, true),
      written: `${stated.lead.trim().replace(/^[,(–-]\s*/u, '')} ${percent.text}`.trim(),
      range: range(growth),
    };
    findings.push(
      finding(
        page,
        ok ? 'ok' : 'warning',
        [stated.amount, p, stated.base],
        explain(ok ? 'checks.explain.growth.ok' : 'checks.explain.growth.mismatch', values),
      ),
    );
  }
  return findings;
}

export const growth = defineRule({ id: 'growth', check });
