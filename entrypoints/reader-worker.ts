/**
 * The reader's analysis worker, off the page's main thread. Started by the content script from a
 * blob that imports this file (the PDF viewer starts it from its URL); pure code only. It carries
 * extraction alone, so the first marks wait on as little code as possible; attribution and checks
 * are imported from the notes script beside it when the first notes are asked for.
 */
import { NOTES_SCRIPT, READY, type WorkerAnswer, type WorkerRequest } from '@/utils/annotation/analysis';
import type { NoteExtraction } from '@/utils/annotation/noting';
import { serveWorker, warmUp } from '@/utils/annotation/worker-serve';

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as {
    onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
    postMessage(answer: WorkerAnswer): void;
    importScripts(...urls: string[]): void;
  };
  const loadNoting = (): NoteExtraction => {
    // A blob worker's own address is the page's: the blob says where the notes script is.
    // Already there when the worker was started from both scripts' text.
    if (!globalThis.soiNoting) scope.importScripts(globalThis.soiNotesUrl ?? new URL(NOTES_SCRIPT, location.href).href);
    if (!globalThis.soiNoting) throw new Error('the notes script did not load');
    return globalThis.soiNoting;
  };
  const serve = serveWorker((answer) => scope.postMessage(answer), loadNoting);
  let asked = false;
  scope.onmessage = (event) => {
    asked = true;
    void serve(event.data);
  };
  scope.postMessage(READY);
  // Once the handler is set, in a task of its own; not when the page's first request was already
  // waiting (it is served first, and compiles the same code).
  setTimeout(() => {
    if (!asked) warmUp();
  }, 0);
});
