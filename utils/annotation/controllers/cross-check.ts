/**
 * The notebook's cross-check: after each pass, asks the notebook what it holds about the new
 * figures and keeps the answer on the marks, for their cards only. Nothing the page can see
 * changes with the answer (no highlight, attribute, style or repaint), so a page cannot plant
 * figures and learn from the marks what the reader keeps in the notebook.
 */
import { crossCheck } from '../notes';
import { Cancelled } from '../slices';
import type { ReaderCore } from './core';

export function initCrossCheck(core: ReaderCore, signal: AbortSignal): void {
  core.on(
    'pass',
    ({ added }) =>
      void crossCheck(added, core.host.facts().url, signal).catch((error: unknown) => {
        if (!(error instanceof Cancelled)) throw error;
      }),
    signal,
  );
}
