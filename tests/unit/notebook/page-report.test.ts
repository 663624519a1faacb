import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportParts, type ReportedFinding } from '@/utils/annotation/notes';
import { notebookHandlers } from '@/utils/background/notebook-service';
import { joinPart, startReport } from '@/utils/background/page-report';
import { REPORT_PART_CHARS } from '@/utils/messages/report';
import { REPORT_FINDINGS_MAX, REPORT_PART_FINDINGS, handle, pageReportKey, send, type PageReport } from '@/utils/messaging';
import { openNotebook } from '@/utils/notebook/db';
import { contentScript, deliverAs } from '../senders';

const PAGE = 'https://namdinh.gov.vn/bao-cao';

const finding = (n: number, explanation = `Tổng ${n} + ${n} = ${2 * n}`): ReportedFinding => ({
  rule: 'parts-total',
  status: n % 2 ? 'warning' : 'ok',
  items: [`${n}`, `${n}`, `${2 * n}`],
  explanation,
});
const findings = (count: number, explanation?: string) => Array.from({ length: count }, (_, n) => finding(n, explanation));

const first = (parts: ReportedFinding[][], pass = 'p1', url = PAGE) => ({
  url,
  title: 'Báo cáo kinh tế - xã hội',
  counts: { figures: 10, references: 2 },
  findings: parts[0] ?? [],
  pass,
  parts: parts.length,
});

describe('a page report cut into parts', () => {
  it('keeps every finding, in order, in parts small enough to send in one short task', () => {
    const all = findings(1_500, 'Giải thích dài '.repeat(40));
    const parts = reportParts(all);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flat()).toEqual(all);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(REPORT_PART_FINDINGS);
      expect(part.reduce((sum, f) => sum + f.explanation.length + f.items.join('').length, 0)).toBeLessThanOrEqual(REPORT_PART_CHARS);
    }
  });

  it('sends short findings in parts of at most the bound, and nothing past the report’s bound', () => {
    const parts = reportParts(findings(REPORT_FINDINGS_MAX + 10));
    expect(parts.flat()).toHaveLength(REPORT_FINDINGS_MAX);
    expect(Math.max(...parts.map((p) => p.length))).toBe(REPORT_PART_FINDINGS);
  });

  it('gives a page without findings one empty part, so its counts still reach the badge', () => {
    expect(reportParts([])).toEqual([[]]);
  });

  it('gives a single finding bigger than a part a part of its own', () => {
    const huge = finding(1, 'x'.repeat(REPORT_PART_CHARS + 1));
    expect(reportParts([finding(0), huge, finding(2)])).toEqual([[finding(0)], [huge], [finding(2)]]);
  });
});

describe('joining a report’s parts', () => {
  const parts = [findings(3), [finding(3), finding(4)], [finding(5)]];

  it('appends each part in order', () => {
    let report: PageReport | undefined = startReport(first(parts));
    report = joinPart(report, { url: PAGE, pass: 'p1', part: 1, findings: parts[1] ?? [] });
    report = joinPart(report, { url: PAGE, pass: 'p1', part: 2, findings: parts[2] ?? [] });
    expect(report?.findings).toEqual(findings(6));
    expect(report?.joined).toBe(3);
  });

  it('drops a part of another pass, another page, out of order, repeated or past the last', () => {
    const report = startReport(first(parts));
    expect(joinPart(report, { url: PAGE, pass: 'p0', part: 1, findings: parts[1] ?? [] })).toBeUndefined();
    expect(joinPart(report, { url: `${PAGE}/khac`, pass: 'p1', part: 1, findings: parts[1] ?? [] })).toBeUndefined();
    expect(joinPart(report, { url: PAGE, pass: 'p1', part: 2, findings: parts[2] ?? [] })).toBeUndefined();
    const joined = joinPart(report, { url: PAGE, pass: 'p1', part: 1, findings: parts[1] ?? [] });
    expect(joinPart(joined, { url: PAGE, pass: 'p1', part: 1, findings: parts[1] ?? [] })).toBeUndefined();
    const last = joinPart(joined, { url: PAGE, pass: 'p1', part: 2, findings: parts[2] ?? [] });
    expect(joinPart(last, { url: PAGE, pass: 'p1', part: 3, findings: [finding(9)] })).toBeUndefined();
    expect(joinPart(undefined, { url: PAGE, pass: 'p1', part: 1, findings: parts[1] ?? [] })).toBeUndefined();
  });

  it('never grows a report past the bound on findings', () => {
    const report = { ...startReport(first([findings(REPORT_FINDINGS_MAX - 1)])), parts: 2 };
    expect(joinPart(report, { url: PAGE, pass: 'p1', part: 1, findings: findings(2) })).toBeUndefined();
    expect(joinPart(report, { url: PAGE, pass: 'p1', part: 1, findings: findings(1) })?.findings).toHaveLength(REPORT_FINDINGS_MAX);
  });
});

describe('the background keeping a report sent in parts', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());
  const stored = async (tabId: number) =>
    ((await fakeBrowser.storage.session.get(pageReportKey(tabId)))[pageReportKey(tabId)] as PageReport | undefined)?.findings;

  it('shows the side panel every part, in order, even when the parts arrive while the one before is being written', async () => {
    stop = handle(notebookHandlers(openNotebook(`report-${Math.random()}`)));
    deliverAs(contentScript(PAGE, 4));
    const all = findings(700, 'Giải thích '.repeat(100));
    const parts = reportParts(all);
    expect(parts.length).toBeGreaterThan(2);
    const answers = [
      send('page.report', first(parts, 'p2')),
      ...parts.slice(1).map((findings, i) => send('page.reportPart', { url: PAGE, pass: 'p2', part: i + 1, findings })),
    ];
    expect((await Promise.all(answers)).every((answer) => answer.ok)).toBe(true);
    expect(await stored(4)).toEqual(all);
  });

  it('drops a late part of the page’s earlier report', async () => {
    stop = handle(notebookHandlers(openNotebook(`report-${Math.random()}`)));
    deliverAs(contentScript(PAGE, 5));
    await send('page.report', first([findings(2), [finding(2)]], 'old'));
    await send('page.report', first([[finding(7)], [finding(8)]], 'new'));
    await send('page.reportPart', { url: PAGE, pass: 'old', part: 1, findings: [finding(2)] });
    expect(await stored(5)).toEqual([finding(7)]);
    await send('page.reportPart', { url: PAGE, pass: 'new', part: 1, findings: [finding(8)] });
    expect(await stored(5)).toEqual([finding(7), finding(8)]);
  });

  it('refuses a part bigger than the bound, and one about a page the tab does not show', async () => {
    stop = handle(notebookHandlers(openNotebook(`report-${Math.random()}`)));
    deliverAs(contentScript(PAGE, 6));
    await send('page.report', first([[finding(0)], [finding(1)]]));
    expect(await send('page.reportPart', { url: PAGE, pass: 'p1', part: 1, findings: findings(REPORT_PART_FINDINGS + 1) })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(await send('page.reportPart', { url: 'https://other.vn/', pass: 'p1', part: 1, findings: [finding(1)] })).toMatchObject({
      ok: false,
      code: 'refused',
    });
    expect(await stored(6)).toEqual([finding(0)]);
  });
});
