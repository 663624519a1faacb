/**
 * Reporting: what a pass found, on `<html data-soi-state data-soi-figures data-soi-references>`
 * (counts only, for tests and checks from outside), as a `soi:annotate` performance measure, and to
 * the background for the toolbar badge and the side panel's Checks tab.
 */
import { send } from '../messages';
import { pageFindings } from '../notes';
import { Cancelled, yieldToPage } from '../slices';
import type { ReaderCore } from './core';

export const MEASURE = 'soi:annotate';

export function initReporting(core: ReaderCore, signal: AbortSignal): void {
  const html = core.doc.documentElement;
  let lastReport = '';

  /**
   * Counts on `<html>` at once; the findings for the side panel after them. On a page of tens of
   * thousands of marks the findings are gathered a slice at a time, and the message, hundreds of
   * kilobytes to serialise, is sent from a task of its own.
   */
  const report = async () => {
    const counts = core.annotator.counts();
    html.dataset.soiFigures = String(counts.figures);
    html.dataset.soiReferences = String(counts.references);
    const { url, title } = core.host.facts();
    const key = `${url} ${counts.figures} ${counts.references}`;
    if (key !== lastReport) {
      lastReport = key;
      const findings = await pageFindings([...core.annotator.marks], core.language(), signal);
      await yieldToPage();
      if (signal.aborted) throw new Cancelled();
      void send('page.report', { url, title: title.slice(0, 1_000), counts, findings });
    }
    return counts;
  };
  const reported = (work: Promise<unknown>) =>
    void work.catch((error: unknown) => {
      if (!(error instanceof Cancelled)) throw error;
    });

  core.on('reading', () => (html.dataset.soiState = 'reading'), signal);
  core.on(
    'pass',
    ({ began, roots }) =>
      reported(
        (async () => {
          const counts = await report();
          html.dataset.soiState = 'done';
          performance.measure(MEASURE, { start: began, end: performance.now(), detail: { roots, ...counts } });
        })(),
      ),
    signal,
  );
  core.on('marks', () => reported(report()), signal);
  signal.addEventListener('abort', () => {
    delete html.dataset.soiState;
    delete html.dataset.soiFigures;
    delete html.dataset.soiReferences;
  });
}
