/** What the consistency checks take in and hand back. */
import type { Figure } from '../extraction/types';

/** The rules' ids, one a file, derived from the list in `rules.ts`: what `npm run check` prints and the side panel groups by. */
export type { CheckRule } from './rules';
import type { CheckRule } from './rules';

export type CheckStatus = 'ok' | 'warning';

/** The arithmetic in words, in both UI languages. */
export interface Explanation {
  vi: string;
  en: string;
}

/** What a rule hands back; the registry adds the rule's id. */
export interface RuleFinding {
  status: CheckStatus;
  /** Indexes of the figures involved, into the array given to the check, in page order. */
  figures: number[];
  /** Those figures' text as it stands in the page. */
  items: string[];
  explanation: Explanation;
}

export interface Finding extends RuleFinding {
  rule: CheckRule;
}

/**
 * What attribution says about a figure, as far as the checks need it. Every field may be missing or
 * `unknown`: the check that needs them then stays silent rather than guess.
 */
export interface FigureContextLike {
  indicator?: { id: string; name?: string } | 'unknown';
  subject?: { id: string; name?: string } | 'unknown';
  period?: { key: string; basis?: string } | 'unknown';
  target?: boolean;
}

export interface CheckInput {
  text: string;
  figures: readonly Figure[];
  /** Parallel to `figures` when attribution ran. */
  contexts?: readonly (FigureContextLike | undefined)[];
}
