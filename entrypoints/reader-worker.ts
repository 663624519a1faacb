/**
 * The reader's analysis worker: extraction, attribution and checks of every page read, off the
 * page's main thread. Started by the content script from a blob that imports this file; pure code only.
 */
import { READY, type WorkerAnswer, type WorkerRequest } from '@/utils/annotation/analysis';
import { serveWorker, warmUp } from '@/utils/annotation/analysis-work';

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(answer: WorkerAnswer): void };
  const serve = serveWorker((answer) => scope.postMessage(answer));
  scope.onmessage = (event) => void serve(event.data);
  scope.postMessage(READY);
  // Once the handler is set, in a task of its own.
  setTimeout(warmUp, 0);
});
