/**
 * The interval of true values of a figure on the page, from the one model of a written figure
 * (`extraction/numbers/written-figure`): its written digits and its hedge.
 */
import { HEDGE_WORDS } from '../extraction/numbers/hedges';
import { figureInterval, intersects, type Interval } from '../extraction/numbers/written-figure';
import type { Figure } from '../extraction/types';
import { type Page, figure, lead } from './page';
import { endsWithWord } from './words';

/** The hedge before a figure: the extractor's, or one written just before it when the figures came from elsewhere. */
export function qualifierOf(f: Figure, textBefore: string): string | undefined {
  return f.qualifier ?? endsWithWord(textBefore, HEDGE_WORDS);
}

/** What the figure at index `i` stands for, hedge included. */
export function hedgedRange(page: Page, i: number): Interval {
  const f = figure(page, i);
  return figureInterval(f, qualifierOf(f, lead(page, i, 20)));
}

/**
 * The verdict on a stated figure against what the page's other figures give: ✗ when no reading of the
 * written digits can give it; ✓ only when the figures as written give it (`point`, computed from the
 * values as printed, lies within what the stated figure's digits and hedge allow), so a ✓ never sits
 * beside arithmetic that prints a different number (`1 tỷ 250 triệu / 1 tỷ = 125%` is not 115%, even
 * though `1 tỷ` written bare could be anything from 0,5 to 1,5 tỷ). In between, the digits are too
 * coarse to tell, and the checks say nothing.
 */
export function verdict(computed: Interval, point: number, stated: Interval): 'ok' | 'warning' | undefined {
  if (!intersects(computed, stated)) return 'warning';
  return intersects({ lo: point, hi: point }, stated) ? 'ok' : undefined;
}
