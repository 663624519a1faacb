/**
 * The notebook's cross-check: after each pass, asks the notebook what it holds about the new
 * figures and keeps the answer on the marks.
 */
import { crossCheck } from '../notes';
import { Cancelled } from '../slices';
import type { ReaderCore } from './core';

export function initCrossCheck(core: ReaderCore, signal: AbortSignal): void {
  core.on(
    'pass',
    ({ added }) =>
      void crossCheck(added, core.host.facts().url, (mark) => core.painter.renote(mark), signal).catch((error: unknown) => {
        if (!(error instanceof Cancelled)) throw error;
      }),
    signal,
  );
}
