/** What the consistency checks take in and hand back. */
import type { Figure } from '../extraction/types';

/** The rules, one a file; the id is what `npm run check` prints and the side panel groups by. */
export type CheckRule =
  | 'parts-total'
  | 'count-percent'
  | 'ratio-percent'
  | 'rank-change'
  | 'rank-over-total'
  | 'share-over-100'
  | 'part-over-whole'
  | 'same-indicator';

export type CheckStatus = 'ok' | 'warning';

/** The arithmetic in words, in both UI languages. */
export interface Explanation {
  vi: string;
  en: string;
}

export interface Finding {
  rule: CheckRule;
  status: CheckStatus;
  /** Indexes of the figures involved, into the array given to the check, in page order. */
  figures: number[];
  /** Those figures' text as it stands in the page. */
  items: string[];
  explanation: Explanation;
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
