/**
 * Reporting: what a pass found, on `<html data-soi-state data-soi-figures data-soi-references>`
 * (counts only, for tests and checks from outside), as a `soi:annotate` performance measure, and to
 * the background for the toolbar badge and the side panel's Checks tab.
 */
import { send } from '../messages';
import { pageFindings, reportParts } from '../notes';
import { Cancelled, yieldToPage } from '../slices';
import type { ReaderCore } from './core';

export const MEASURE = 'soi:annotate';

/** Names one report among this page's reports, so the background joins its parts to it alone. */
function passId(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('-');
}

export function initReporting(core: ReaderCore, signal: AbortSignal): void {
  const html = core.doc.documentElement;
  let lastReport = '';
  let latest = '';

  const reported = (work: Promise<unknown>) =>
    void work.catch((error: unknown) => {
      if (!(error instanceof Cancelled)) throw error;
    });

  /**
   * Counts on `<html>` at once; the findings for the side panel after them. On a page of tens of
   * thousands of marks the findings are gathered a slice at a time, and sent in parts of some tens
   * of kilobytes, each from a task of its own: the whole report, a megabyte to serialise, would be
   * one long task. A newer report stops the parts of an older one.
   */
  const sendReport = async (url: string, title: string, counts: { figures: number; references: number }) => {
    const pass = passId();
    latest = pass;
    const parts = reportParts(await pageFindings([...core.annotator.marks], core.language(), signal));
    const stale = () => {
      if (signal.aborted) throw new Cancelled();
      return latest !== pass;
    };
    await yieldToPage();
    if (stale()) return;
    const first = send('page.report', { url, title: title.slice(0, 1_000), counts, findings: parts[0] ?? [], pass, parts: parts.length });
    reported(
      (async () => {
        if (!(await first).ok) return;
        for (let part = 1; part < parts.length; part++) {
          await yieldToPage();
          if (stale()) return;
          if (!(await send('page.reportPart', { url, pass, part, findings: parts[part] ?? [] })).ok) return;
        }
      })(),
    );
  };

  const report = async () => {
    const counts = core.annotator.counts();
    html.dataset.soiFigures = String(counts.figures);
    html.dataset.soiReferences = String(counts.references);
    const { url, title } = core.host.facts();
    const key = `${url} ${counts.figures} ${counts.references}`;
    if (key !== lastReport) {
      lastReport = key;
      await sendReport(url, title, counts);
    }
    return counts;
  };

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
