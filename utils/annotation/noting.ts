/**
 * Attribution and checks over an extraction: what the cards and the page report say about each
 * figure. Run after the marks are painted — in the worker from a second script it loads once the
 * first marks are out (`reader-notes.js`), or on a page's thread in the in-page chunk.
 */
import { attributeFigures, readPageMeta } from '../attribution';
import { tablesWithin } from '../attribution/grids';
import type { FigureContext, PageMeta, PageTable } from '../attribution/types';
import { checkPage } from '../checks';
import type { Extraction, Figure } from '../extraction/types';
import type { FigureNote, NotePage, Span } from './analysis';
import { chunkEnd } from './extract-in-slices';
import { Cancelled, SLICE_MS, yieldToPage } from './slices';

/**
 * A page up to this long is attributed and checked whole (page-wide context such as headings
 * counts); a longer one a region at a time, regions sized to the measured speed.
 */
const WHOLE = 16_000;
const MIN_REGION = 1_000;
const MAX_REGION = 50_000;

/** Attribution and checks over `figures`, region by region, yielding between regions. */
export async function noteInSlices(
  text: string,
  figures: readonly Figure[],
  references: readonly Span[],
  meta: PageMeta,
  tables: readonly PageTable[],
  signal?: AbortSignal,
  budgetMs = SLICE_MS,
): Promise<FigureNote[]> {
  const notes: FigureNote[] = figures.map(() => ({ findings: [] }));
  let at = 0;
  let base = 0;
  let size = 4_000;
  while (at < figures.length) {
    if (signal?.aborted) throw new Cancelled();
    const regionEnd = text.length <= WHOLE ? text.length : chunkEnd(text, base, size);
    const first = at;
    while (at < figures.length && (figures[at] as Figure).start < regionEnd) at++;
    const regionStart = base;
    base = regionEnd;
    if (at === first) continue;
    const group = figures.slice(first, at);
    const slice = text.slice(regionStart, Math.max(regionEnd, (group[group.length - 1] as Figure).end));
    const local = group.map((f) => ({ ...f, start: f.start - regionStart, end: f.end - regionStart }));
    const spans = references
      .filter((r) => r.start >= regionStart && r.end <= regionStart + slice.length)
      .map((r) => ({ start: r.start - regionStart, end: r.end - regionStart }));
    const began = performance.now();
    try {
      const contexts: FigureContext[] = attributeFigures(slice, local, meta, {
        references: spans,
        tables: tablesWithin(tables, regionStart, regionStart + slice.length),
      }).map(({ indicator, subject, period, target }) => ({
        indicator,
        subject,
        period,
        ...(target ? { target } : {}),
      }));
      const checked = checkPage(slice, local, contexts);
      group.forEach((_, i) => {
        const status = checked.states[i];
        notes[first + i] = { context: contexts[i] as FigureContext, ...(status ? { status } : {}), findings: checked.byFigure[i] ?? [] };
      });
    } catch (error) {
      // Attribution and checks add to a mark; a failure there must not take the mark away.
      console.error('Soi: could not attribute or check figures', error);
    }
    const rate = slice.length / Math.max(performance.now() - began, 0.1);
    size = Math.max(MIN_REGION, Math.min(MAX_REGION, Math.floor(rate * budgetMs)));
    if (at < figures.length) await yieldToPage();
  }
  return notes;
}

/** Notes for all figures of an extraction, index for index (the checks want figures in page order). */
export async function noteExtraction(text: string, found: Extraction, page: NotePage, signal?: AbortSignal, budgetMs = SLICE_MS): Promise<FigureNote[]> {
  const order = found.figures.map((_, i) => i).sort((a, b) => (found.figures[a] as Figure).start - (found.figures[b] as Figure).start);
  const sorted = order.map((i) => found.figures[i] as Figure);
  const references = found.references.map(({ start, end }) => ({ start, end }));
  const notes = await noteInSlices(text, sorted, references, readPageMeta(page), page.tables ?? [], signal, budgetMs);
  const byIndex: FigureNote[] = new Array<FigureNote>(found.figures.length);
  order.forEach((original, i) => (byIndex[original] = notes[i] as FigureNote));
  return byIndex;
}

export type NoteExtraction = typeof noteExtraction;
