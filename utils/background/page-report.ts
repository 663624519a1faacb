/**
 * Joining a page report sent in parts. The first message starts the tab's report; each later part
 * is appended only if it names that report (same page, same pass) and comes next in order, so a
 * part left over from an earlier pass or another page, repeated, or out of order is dropped.
 */
import { REPORT_FINDINGS_MAX, type PageReport, type PageReportPart, type Payload } from '../messaging';

/** The report a first message starts. */
export function startReport(first: Payload<'page.report'>): PageReport {
  return { ...first, joined: 1 };
}

/** The report with `part` appended, or `undefined` when the part does not belong to it. */
export function joinPart(report: PageReport | undefined, part: PageReportPart): PageReport | undefined {
  if (!report || report.url !== part.url || report.pass !== part.pass) return undefined;
  if (part.part !== report.joined || part.part >= report.parts) return undefined;
  if (report.findings.length + part.findings.length > REPORT_FINDINGS_MAX) return undefined;
  return { ...report, findings: [...report.findings, ...part.findings], joined: report.joined + 1 };
}

/**
 * Runs each tab's report updates one after another: a part is joined to what the one before it
 * wrote, never to a copy read while that one was still being written.
 */
export function inTurn(): (tabId: number, update: () => Promise<void>) => Promise<void> {
  const last = new Map<number, Promise<void>>();
  return (tabId, update) => {
    const next = (last.get(tabId) ?? Promise.resolve()).then(update);
    const settled = next.catch(() => undefined);
    last.set(tabId, settled);
    void settled.then(() => {
      if (last.get(tabId) === settled) last.delete(tabId);
    });
    return next;
  };
}
