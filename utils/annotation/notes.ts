/**
 * What the rest of Soi says about the marks of a pass: attribution (indicator, province, period),
 * the page's consistency checks, and — once painted — the notebook's cross-check. Long pages are
 * handled a region at a time with the main thread given back in between.
 */
import { attributeFigures, readPageMeta } from '../attribution';
import type { FigureContext, PageMeta } from '../attribution/types';
import { checkPage, type Finding } from '../checks';
import type { Figure } from '../extraction/types';
import { getLanguage } from '../i18n';
import { send, type MatchQuery } from '../messaging';
import type { PassResult } from './annotator';
import { chunkEnd } from './extract-in-slices';
import type { Mark } from './marks';
import { SLICE_MS, yieldToPage } from './slices';

/**
 * A page up to this long is attributed and checked whole (an article: page-wide context such as
 * headings counts); a longer one a region at a time, regions sized to the measured speed so that
 * each stays within a slice.
 */
const WHOLE = 16_000;
const MIN_REGION = 1_000;
const MAX_REGION = 50_000;

/** The `<meta>` values attribution reads, by name or property. */
export function metaTags(doc: Document): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    const content = meta.getAttribute('content');
    if (key && content && !(key in tags)) tags[key] = content.slice(0, 500);
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) tags.canonical = canonical;
  return tags;
}

export function pageMeta(doc: Document, text: string): PageMeta {
  return readPageMeta({ text: text.slice(0, 20_000), url: doc.location.href, meta: metaTags(doc), title: doc.title });
}

/** Findings each figure mark takes part in, kept for the page report and the card. */
export const findingsOf = new WeakMap<Mark, Finding[]>();

function explanation(finding: Finding): string {
  return getLanguage() === 'vi' ? finding.explanation.vi : finding.explanation.en;
}

/** Adds attribution and check results to the figure marks of a pass. */
export async function notePass(result: PassResult, meta: PageMeta): Promise<void> {
  const text = result.page.text;
  const marks = result.added.filter((mark) => mark.item.type === 'figure');
  const figureOf = (mark: Mark) => (mark.item as { figure: Figure }).figure;
  const references = result.found.references.map(({ start, end }) => ({ start, end }));
  let at = 0;
  let base = 0;
  let size = 4_000;
  while (at < marks.length) {
    const regionEnd = text.length <= WHOLE ? text.length : chunkEnd(text, base, size);
    const group: Mark[] = [];
    while (at < marks.length && figureOf(marks[at] as Mark).start < regionEnd) group.push(marks[at++] as Mark);
    const regionStart = base;
    base = regionEnd;
    if (group.length === 0) continue;
    const slice = text.slice(regionStart, Math.max(regionEnd, figureOf(group[group.length - 1] as Mark).end));
    const figures = group.map((mark) => {
      const f = figureOf(mark);
      return { ...f, start: f.start - regionStart, end: f.end - regionStart };
    });
    const local = references
      .filter((r) => r.start >= regionStart && r.end <= regionStart + slice.length)
      .map((r) => ({ start: r.start - regionStart, end: r.end - regionStart }));
    const began = performance.now();
    try {
      const attributed = attributeFigures(slice, figures, meta, { references: local });
      const contexts: FigureContext[] = attributed.map(({ indicator, subject, period, target }) => ({
        indicator,
        subject,
        period,
        ...(target ? { target } : {}),
      }));
      const checked = checkPage(slice, figures, contexts);
      group.forEach((mark, i) => {
        mark.notes.context = contexts[i];
        const findings = checked.byFigure[i] ?? [];
        const status = checked.states[i];
        if (status) {
          findingsOf.set(mark, findings);
          mark.notes.check = { status, explanations: findings.map(explanation) };
        }
      });
    } catch (error) {
      // Attribution and checks add to a mark; a failure there must not take the mark away.
      console.error('Soi: could not attribute or check figures', error);
    }
    const rate = slice.length / Math.max(performance.now() - began, 0.1);
    size = Math.max(MIN_REGION, Math.min(MAX_REGION, Math.floor(rate * SLICE_MS)));
    if (at < marks.length) await yieldToPage();
  }
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
export async function crossCheck(marks: readonly Mark[], url: string, renote: (mark: Mark) => void): Promise<void> {
  const byRef = new Map<string, Mark>();
  const queries: MatchQuery[] = [];
  for (const mark of marks) {
    const query = matchQuery(mark);
    if (!query) continue;
    byRef.set(query.ref, mark);
    queries.push(query);
  }
  for (let i = 0; i < queries.length; i += 5_000) {
    const answer = await send('notebook.match', { url, figures: queries.slice(i, i + 5_000) });
    if (!answer.ok) return;
    for (const result of answer.results) {
      const mark = byRef.get(result.ref);
      if (!mark || (!result.held && result.matches.length === 0 && result.contradictions.length === 0)) continue;
      mark.notes.crossCheck = { held: result.held, matches: result.matches, contradictions: result.contradictions };
      renote(mark);
    }
  }
}

/** Every finding on the page's current marks, once each, as the page report carries them. */
export function pageFindings(marks: Iterable<Mark>): { rule: string; status: 'ok' | 'warning'; items: string[]; explanation: string }[] {
  const seen = new Set<Finding>();
  for (const mark of marks) for (const finding of findingsOf.get(mark) ?? []) seen.add(finding);
  return [...seen].slice(0, 2_000).map((f) => ({
    rule: f.rule,
    status: f.status,
    items: f.items.slice(0, 100).map((item) => item.slice(0, 1_000)),
    explanation: explanation(f).slice(0, 10_000),
  }));
}
