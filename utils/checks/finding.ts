import type { Page } from './page';
import type { CheckStatus, Explanation, RuleFinding } from './types';

/**
 * A finding over the given figures, listed once each in reading order; the registry adds the rule's id.
 * A move the checks read in words (`giảm bốn bậc`) is no figure of the page and is not listed.
 */
export function finding(page: Page, status: CheckStatus, indexes: readonly number[], explanation: Explanation): RuleFinding {
  const figures = [...new Set(indexes)].filter((i) => i < page.given).sort((a, b) => (page.figures[a]?.start ?? 0) - (page.figures[b]?.start ?? 0));
  return { status, figures, items: figures.map((i) => page.figures[i]?.text ?? ''), explanation };
}
