/**
 * Reporting: what a pass found, on `<html data-soi-state data-soi-figures data-soi-references>`
 * (counts only, for tests and checks from outside), as a `soi:annotate` performance measure, and to
 * the background for the toolbar badge and the side panel's Checks tab.
 */
import { send } from '../messages';
import { pageFindings } from '../notes';
import type { ReaderCore } from './core';

export const MEASURE = 'soi:annotate';

export function initReporting(core: ReaderCore, signal: AbortSignal): void {
  const html = core.doc.documentElement;
  let lastReport = '';

  const report = () => {
    const counts = core.annotator.counts();
    html.dataset.soiFigures = String(counts.figures);
    html.dataset.soiReferences = String(counts.references);
    const { url, title } = core.host.facts();
    const key = `${url} ${counts.figures} ${counts.references}`;
    if (key !== lastReport) {
      lastReport = key;
      void send('page.report', { url, title: title.slice(0, 1_000), counts, findings: pageFindings(core.annotator.marks, core.language()) });
    }
    return counts;
  };

  core.on('reading', () => (html.dataset.soiState = 'reading'), signal);
  core.on(
    'pass',
    ({ began, roots }) => {
      const counts = report();
      html.dataset.soiState = 'done';
      performance.measure(MEASURE, { start: began, end: performance.now(), detail: { roots, ...counts } });
    },
    signal,
  );
  core.on('marks', report, signal);
  signal.addEventListener('abort', () => {
    delete html.dataset.soiState;
    delete html.dataset.soiFigures;
    delete html.dataset.soiReferences;
  });
}
