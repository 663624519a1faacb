/**
 * The interval of true values of a figure on the page, from the one model of a written figure
 * (`extraction/numbers/written-figure`): its written digits and its hedge.
 */
import { HEDGE_WORDS } from '../extraction/numbers/hedges';
import { figureInterval, type Interval } from '../extraction/numbers/written-figure';
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
