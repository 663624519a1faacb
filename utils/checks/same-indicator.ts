/**
 * The same indicator, for the same place and period, given twice in one page with different values.
 * It needs attribution (indicator, subject, period); without it, or where any of them is unknown or
 * only the publication date stands for the period, it says nothing. A goal (`phấn đấu đạt`) and an
 * outcome are never compared, nor a change (`tăng 14%`) with a level.
 */
import type { Figure } from '../extraction/types';
import { explain } from './explain';
import { finding } from './finding';
import { type Page, figure } from './page';
import { hedgedRange } from './percent-check';
import { isChange } from './percent-context';
import { intersects } from './range';
import type { Finding } from './types';

interface Known {
  indicator: string;
  indicatorName: string;
  subject: string;
  subjectName: string;
  period: string;
}

function known(page: Page, i: number): Known | undefined {
  const context = page.contexts?.[i];
  if (!context) return undefined;
  const { indicator, subject, period } = context;
  if (!indicator || indicator === 'unknown' || !subject || subject === 'unknown' || !period || period === 'unknown') return undefined;
  if (period.basis === 'publication') return undefined;
  return { indicator: indicator.id, indicatorName: indicator.name ?? indicator.id, subject: subject.id, subjectName: subject.name ?? subject.id, period: period.key };
}

function groupKey(page: Page, i: number, k: Known): string {
  const f: Figure = figure(page, i);
  const change = f.kind === 'percent' && isChange(page, i);
  return [k.indicator, k.subject, k.period, f.kind, f.of ?? '', change, page.contexts?.[i]?.target === true].join('|');
}

export function sameIndicator(page: Page): Finding[] {
  if (!page.contexts) return [];
  const groups = new Map<string, { known: Known; members: number[] }>();
  for (const i of page.order) {
    const k = known(page, i);
    if (!k || figure(page, i).kind === 'rank_change') continue;
    const key = groupKey(page, i, k);
    const group = groups.get(key) ?? { known: k, members: [] };
    group.members.push(i);
    groups.set(key, group);
  }
  const findings: Finding[] = [];
  for (const { known: k, members } of groups.values()) {
    if (members.length < 2) continue;
    const first = members[0] as number;
    const disagreeing = members.find((j) => !intersects(hedgedRange(page, first), hedgedRange(page, j)));
    const ok = disagreeing === undefined;
    const shown = ok ? members : [first, disagreeing];
    const values = { indicator: k.indicatorName, subject: k.subjectName, period: k.period, values: shown.map((j) => figure(page, j).text).join(ok ? ' = ' : ' ≠ ') };
    findings.push(finding(page, 'same-indicator', ok ? 'ok' : 'warning', shown, explain(ok ? 'checks.explain.same-indicator.ok' : 'checks.explain.same-indicator.mismatch', values)));
  }
  return findings;
}
