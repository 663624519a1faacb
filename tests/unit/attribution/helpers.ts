import type { Figure, FigureKind } from '../../../utils/extraction/types';

/** A figure standing at the n-th place its text occurs in a page, as the extractor would hand it over. */
export function figureIn(page: string, text: string, kind: FigureKind, occurrence = 0, unit?: string): Figure {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = page.indexOf(text, at + 1);
    if (at < 0) throw new Error(`«${text}» #${occurrence} is not in the test page`);
  }
  return { text, kind, value: 0, unit, start: at, end: at + text.length };
}
