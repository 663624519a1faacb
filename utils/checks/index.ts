/**
 * Consistency checks inside one page: figures that the page relates to each other must agree.
 * PURE: text and figures in, findings out. Each rule lives in its own file; this list runs them all.
 */
import { readPage } from './page';
import { RULES } from './rules';
import type { CheckInput, CheckStatus, Finding } from './types';

export type { CheckInput, CheckRule, CheckStatus, Explanation, FigureContextLike, Finding } from './types';
export { RULES } from './rules';

/** Every finding of every rule, in page order of their first figure. */
export function checkFigures(input: CheckInput): Finding[] {
  const page = readPage(input);
  const findings: Finding[] = RULES.flatMap((rule) => rule.check(page).map((f) => ({ rule: rule.id, ...f })));
  const startOf = (f: Finding) => input.figures[f.figures[0] ?? 0]?.start ?? 0;
  return findings.sort((a, b) => startOf(a) - startOf(b));
}

export interface PageCheck {
  findings: Finding[];
  /** Per figure (same index as the figures given): `warning` if any finding on it warns, `ok` if some passed, else absent. */
  states: (CheckStatus | undefined)[];
  /** Per figure: the findings it takes part in, for its card. */
  byFigure: Finding[][];
}

/** What the content script needs to show results on the marks and in the cards. */
export function checkPage(text: string, figures: CheckInput['figures'], contexts?: CheckInput['contexts']): PageCheck {
  const findings = checkFigures({ text, figures, contexts });
  const byFigure: Finding[][] = figures.map(() => []);
  for (const f of findings) for (const i of f.figures) byFigure[i]?.push(f);
  const states = byFigure.map((list) => (list.length === 0 ? undefined : list.some((f) => f.status === 'warning') ? 'warning' : 'ok'));
  return { findings, states, byFigure };
}
