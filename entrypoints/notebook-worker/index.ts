/**
 * The side panel's worker (utils/notebook/panel-worker.ts): the Compare tab's grid and big
 * imports, off the panel's main thread. Started by the side panel from this file.
 */
import { prepareGrids, servePanel, workerNotebook, type PanelAnswer, type PanelRequest } from '@/utils/notebook/panel-worker';

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<PanelRequest>) => void) | null; postMessage(answer: PanelAnswer): void };
  const db = workerNotebook();
  // Opened and prepared at once: the panel starts this worker ahead of the first grid it asks for.
  // A failure here is the notebook's, and the first request hears it.
  void db
    .open()
    .then(() => prepareGrids(db))
    .catch(() => undefined);
  const serve = servePanel(db, (answer) => scope.postMessage(answer));
  scope.onmessage = (event) => serve(event.data);
});
