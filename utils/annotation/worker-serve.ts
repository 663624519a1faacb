/**
 * The analysis worker's side: extraction at once, attribution and checks (`NoteExtraction`) only
 * when the first notes are asked for. The worker's first script carries extraction alone, so it
 * loads, compiles and marks a page sooner; the notes' code and data (most of the analysis) come in
 * a second script, after the marks are painted.
 */
import { extract } from '../extraction';
import type { Extraction } from '../extraction/types';
import { EXTRACT_CHUNKS, PART, type WorkerAnswer, type WorkerRequest } from './analysis';
import { extractInSlices } from './extract-in-slices';
import type { NoteExtraction } from './noting';

/** Set in the worker's scope by the notes script; where to load it from, by the blob that starts the worker. */
declare global {
  var soiNoting: NoteExtraction | undefined;
  var soiNotesUrl: string | undefined;
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

function* parts<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += PART) yield items.slice(i, i + PART);
  if (items.length === 0) yield [];
}

/**
 * Serves the reader's requests in a worker, in big chunks since nothing waits on this thread.
 * `loadNoting` loads attribution and checks; it is called once, for the first notes.
 */
export function serveWorker(post: (answer: WorkerAnswer) => void, loadNoting: () => NoteExtraction): (request: WorkerRequest) => Promise<void> {
  // The last few extractions, for the `note` requests that follow them.
  const kept = new Map<number, { text: string; found: Extraction }>();
  let noting: NoteExtraction | undefined;
  return async (request) => {
    try {
      if (request.type === 'extract') {
        // Chunked here too: one call on megabytes of text is more than a worker's smaller stack takes.
        const found = await extractInSlices(request.text, extract, EXTRACT_CHUNKS);
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
      // A text the worker has not seen is extracted here first: the same code finds the same figures, index for index.
      const source =
        'text' in request ? { text: request.text, found: await extractInSlices(request.text, extract, EXTRACT_CHUNKS) } : kept.get(request.extractId);
      if (!source) throw new Error('that extraction is no longer kept');
      noting ??= loadNoting();
      const notes = await noting(source.text, source.found, request.page, undefined, 200);
      const split = [...parts(notes)];
      split.forEach((part, i) => post({ id: request.id, ok: true, value: part, more: i < split.length - 1 }));
    } catch (error) {
      post({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
}
