/**
 * The analysis itself: extraction, attribution and checks, in slices on a page's thread
 * (`inPage`) or serving the reader's worker (`serveWorker`). Loaded only by the worker and by the
 * lazily loaded in-page chunk, never by the content script.
 */
import { attributeFigures, readPageMeta } from '../attribution';
import { tablesWithin } from '../attribution/grids';
import type { FigureContext, PageMeta, PageTable } from '../attribution/types';
import { checkPage } from '../checks';
import { extract } from '../extraction';
import type { Extraction, Figure } from '../extraction/types';
import { PART, type Analysis, type FigureNote, type NotePage, type Span, type WorkerAnswer, type WorkerRequest } from './analysis';
import { chunkEnd, extractInSlices } from './extract-in-slices';
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

/**
 * A few lines of the kinds of figures and references pages carry, for `warmUp`: our own sentences.
 */
const WARM_UP_TEXT = [
  'Năm 2024, Chỉ số cải cách hành chính (PAR Index) của tỉnh đạt 89,52%, xếp thứ 10/63, tăng 3 bậc so với năm 2023.',
  'Theo Nghị quyết số 09/2024/NQ-HĐND ngày 15/7/2024, thu ngân sách đạt 1.250 tỷ đồng, bằng 105% dự toán; GRDP tăng 7,5%.',
  'Có 1.234 doanh nghiệp thành lập mới; Nghị quyết 09 giao 12 chỉ tiêu, khoảng 85 nghìn người được đào tạo.',
].join('\n');

/**
 * Runs extraction once on a few lines, so its code is compiled and its patterns built before the
 * first page arrives: the worker starts while the page loads, and this work is then off the wait.
 */
export function warmUp(): void {
  extract(WARM_UP_TEXT);
}

/** The analysis on the page's own thread, in slices. */
export const inPage: Analysis = {
  extract: (text, signal) => extractInSlices(text, extract, signal ? { signal } : {}),
  note: (text, found, page, signal) => noteExtraction(text, found, page, signal),
};

function* parts<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += PART) yield items.slice(i, i + PART);
  if (items.length === 0) yield [];
}

/** Serves the reader's requests in a worker, in big chunks since nothing waits on this thread. */
export function serveWorker(post: (answer: WorkerAnswer) => void): (request: WorkerRequest) => Promise<void> {
  // The last few extractions, for the `note` requests that follow them.
  const kept = new Map<number, { text: string; found: Extraction }>();
  return async (request) => {
    try {
      if (request.type === 'extract') {
        // Chunked here too: one call on megabytes of text is more than a worker's smaller stack takes.
        const found = await extractInSlices(request.text, extract, { firstChunk: 50_000, budgetMs: 200 });
        kept.set(request.id, { text: request.text, found });
        for (const old of [...kept.keys()].slice(0, -2)) kept.delete(old);
        // References and back-references in parts too: one message of thousands of them takes the
        // page's thread longer to take in than a frame allows.
        for (const part of parts(found.figures)) post({ id: request.id, ok: true, value: { figures: part, references: [], backrefs: [] }, more: true });
        for (const part of parts(found.references)) post({ id: request.id, ok: true, value: { figures: [], references: part, backrefs: [] }, more: true });
        const backrefs = [...parts(found.backrefs)];
        backrefs.forEach((part, i) =>
          post({ id: request.id, ok: true, value: { figures: [], references: [], backrefs: part }, more: i < backrefs.length - 1 }),
        );
        return;
      }
      const source = kept.get(request.extractId);
      if (!source) throw new Error('that extraction is no longer kept');
      const notes = await noteExtraction(source.text, source.found, request.page, undefined, 200);
      const split = [...parts(notes)];
      split.forEach((part, i) => post({ id: request.id, ok: true, value: part, more: i < split.length - 1 }));
    } catch (error) {
      post({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
}
