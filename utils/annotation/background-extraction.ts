/**
 * The background's share of reading a page: extraction of a short page text, for the first marks.
 * The background carries extraction already (clipping a selection) and, while the reader browses,
 * is running with its code compiled, whereas a page's own worker starts cold on every page. The
 * reader asks both and takes the first answer; the worker's own extraction serves the notes.
 */
import { extract } from '../extraction';
import type { Extraction } from '../extraction/types';
import { failure, handle } from '../messaging';
import { EXTRACT_CHUNKS } from './analysis';
import { extractInSlices } from './extract-in-slices';
import { warmUp } from './worker-serve';

/** Messages carry JSON: a figure whose value is not a finite number would arrive changed, so the worker answers that page. */
function travelsIntact(found: Extraction): boolean {
  return found.figures.every((figure) => Number.isFinite(figure.value) && (figure.of === undefined || Number.isFinite(figure.of)));
}

/** Answers `analysis.warm` and `analysis.extract` from the reader's content scripts; returns a function that stops. */
export function serveExtraction(): () => void {
  let warm = false;
  return handle({
    'analysis.warm': () => {
      if (!warm) warmUp();
      warm = true;
      return { ok: true };
    },
    'analysis.extract': async ({ text }) => {
      warm = true;
      const found = await extractInSlices(text, extract, EXTRACT_CHUNKS);
      return travelsIntact(found) ? { ok: true, found } : failure('a figure is not a finite number');
    },
  });
}
