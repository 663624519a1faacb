import type { Page } from './page';
import type { CheckRule, CheckStatus, Explanation, Finding } from './types';

/** A finding over the given figures, listed once each in reading order. */
export function finding(page: Page, rule: CheckRule, status: CheckStatus, indexes: readonly number[], explanation: Explanation): Finding {
  const figures = [...new Set(indexes)].sort((a, b) => (page.figures[a]?.start ?? 0) - (page.figures[b]?.start ?? 0));
  return { rule, status, figures, items: figures.map((i) => page.figures[i]?.text ?? ''), explanation };
}
