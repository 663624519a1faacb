/**
 * What the rest of Soi says about the marks of a pass: attribution (indicator, province, period),
 * the page's consistency checks, and — once painted — the notebook's cross-check. Long pages are
 * handled a region at a time with the main thread given back in between.
 */
import type { FigureContext } from '../attribution/types';
import type { Finding } from '../checks';
import type { Figure } from '../extraction/types';
import type { Language } from '../i18n';
import type { MatchQuery } from '../messaging';
import type { PassResult } from './annotator';
import type { Analysis, PageSource } from './analysis';
import type { Mark } from './marks';
import { REPORT_FINDINGS_MAX, REPORT_PART_CHARS, REPORT_PART_FINDINGS } from '../messages/report';
import { send } from './messages';
import type { HostFacts } from './text-host';
import { runInSlices } from './slices';

/** What attribution reads about the page itself: its facts and the start of its whole text. */
export function pageSource(facts: HostFacts, text: string): PageSource {
  return { text: text.slice(0, 20_000), url: facts.url, meta: facts.tags, title: facts.title };
}

/** Findings each figure mark takes part in, kept for the page report and the card. */
export const findingsOf = new WeakMap<Mark, Finding[]>();

function explanation(finding: Finding, language: Language): string {
  return language === 'vi' ? finding.explanation.vi : finding.explanation.en;
}

/** Adds attribution and check results to the figure marks of a pass. */
export async function notePass(result: PassResult, page: PageSource, analysis: Analysis, language: Language, signal?: AbortSignal): Promise<void> {
  const marks = result.added.filter((mark) => mark.item.type === 'figure');
  if (marks.length === 0) return;
  const notes = await analysis.note(result.page.text, result.found, { ...page, ...(result.page.tables ? { tables: result.page.tables } : {}) }, signal);
  // Tens of thousands of marks on a big page: noted a slice at a time.
  const indexOf = new Map<Figure, number>(result.found.figures.map((figure, i) => [figure, i]));
  let at = 0;
  await runInSlices((shouldYield) => {
    for (; at < marks.length; at++) {
      if (at % 256 === 255 && shouldYield()) return false;
      const mark = marks[at] as Mark;
      const note = notes[indexOf.get((mark.item as { figure: Figure }).figure) ?? -1];
      if (!note) continue;
      if (note.context) mark.notes.context = note.context;
      if (note.status) {
        findingsOf.set(mark, note.findings);
        mark.notes.check = { status: note.status, explanations: note.findings.map((finding) => explanation(finding, language)) };
      }
    }
    return true;
  }, signal);
}

const keyOf = (value: FigureContext[keyof FigureContext]) =>
  value === undefined || value === 'unknown' || value === true ? undefined : 'key' in value ? value.key : value.id;

/** The notebook's query for a figure mark, when attribution tells enough to line it up. */
export function matchQuery(mark: Mark): MatchQuery | undefined {
  if (mark.item.type !== 'figure' || !mark.notes.context) return undefined;
  const f = mark.item.figure;
  const indicator = keyOf(mark.notes.context.indicator);
  const subject = keyOf(mark.notes.context.subject);
  const period = keyOf(mark.notes.context.period);
  if (!indicator || !subject || !period) return undefined;
  return {
    ref: String(mark.id),
    text: f.text.slice(0, 1_000),
    value: f.value,
    figureKind: f.kind,
    ...(f.unit !== undefined ? { unit: f.unit } : {}),
    ...(f.of !== undefined ? { of: f.of } : {}),
    ...(f.qualifier !== undefined ? { qualifier: f.qualifier } : {}),
    indicator,
    subject,
    period,
  };
}

/** Asks the notebook about the marks' figures and notes what it holds: the on-page cross-check. */
export async function crossCheck(marks: readonly Mark[], url: string, signal?: AbortSignal): Promise<void> {
  const byRef = new Map<string, Mark>();
  const queries: MatchQuery[] = [];
  let at = 0;
  // The queries of a big page's marks are put together a slice at a time, and sent in parts.
  await runInSlices((shouldYield) => {
    for (; at < marks.length; at++) {
      if (at % 256 === 255 && shouldYield()) return false;
      const query = matchQuery(marks[at] as Mark);
      if (!query) continue;
      byRef.set(query.ref, marks[at] as Mark);
      queries.push(query);
    }
    return true;
  }, signal);
  for (let i = 0; i < queries.length && !signal?.aborted; i += 1_000) {
    const answer = await send('notebook.match', { url, figures: queries.slice(i, i + 1_000) });
    if (!answer.ok) return;
    for (const result of answer.results) {
      const mark = byRef.get(result.ref);
      if (!mark || (!result.held && result.matches.length === 0 && result.contradictions.length === 0)) continue;
      mark.notes.crossCheck = { held: result.held, matches: result.matches, contradictions: result.contradictions };
    }
  }
}

/** A finding as the page report carries it: the explanation in the reader's language, every text bounded. */
export interface ReportedFinding {
  rule: string;
  status: 'ok' | 'warning';
  items: string[];
  explanation: string;
}

/** Every finding on the page's current marks, once each, as the page report carries them; a big page's marks are gone through a slice at a time. */
export async function pageFindings(marks: readonly Mark[], language: Language, signal?: AbortSignal): Promise<ReportedFinding[]> {
  const seen = new Set<Finding>();
  let at = 0;
  await runInSlices((shouldYield) => {
    for (; at < marks.length; at++) {
      if (at % 256 === 255 && shouldYield()) return false;
      for (const finding of findingsOf.get(marks[at] as Mark) ?? []) seen.add(finding);
    }
    return true;
  }, signal);
  const found = [...seen].slice(0, REPORT_FINDINGS_MAX);
  const reported: ReportedFinding[] = [];
  await runInSlices((shouldYield) => {
    while (reported.length < found.length) {
      if (reported.length % 64 === 63 && shouldYield()) return false;
      const f = found[reported.length] as Finding;
      reported.push({
        rule: f.rule,
        status: f.status,
        items: f.items.slice(0, 100).map((item) => item.slice(0, 1_000)),
        explanation: explanation(f, language).slice(0, 10_000),
      });
    }
    return true;
  }, signal);
  return reported;
}

/**
 * The report's findings cut into parts, in order, each small enough to serialise in one short task
 * (see `REPORT_PART_CHARS`); always at least one part, empty when there is nothing to report.
 */
export function reportParts(findings: readonly ReportedFinding[]): ReportedFinding[][] {
  const parts: ReportedFinding[][] = [[]];
  let chars = 0;
  for (const finding of findings.slice(0, REPORT_FINDINGS_MAX)) {
    const size = finding.explanation.length + finding.items.reduce((sum, item) => sum + item.length, 0);
    let part = parts[parts.length - 1] as ReportedFinding[];
    if (part.length > 0 && (part.length >= REPORT_PART_FINDINGS || chars + size > REPORT_PART_CHARS)) {
      part = [];
      parts.push(part);
      chars = 0;
    }
    part.push(finding);
    chars += size;
  }
  return parts;
}
