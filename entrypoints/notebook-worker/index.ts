/**
 * The side panel's worker (utils/notebook/panel-worker.ts): the Compare tab's grid and big
 * imports, off the panel's main thread. Started by the side panel from this file.
 */
import { notebook } from '@/utils/notebook/db';
import { servePanel, type PanelAnswer, type PanelRequest } from '@/utils/notebook/panel-worker';

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<PanelRequest>) => void) | null; postMessage(answer: PanelAnswer): void };
  const db = notebook();
  // Opened at once: the panel starts this worker ahead of the first grid it asks for.
  void db.open();
  const serve = servePanel(db, (answer) => scope.postMessage(answer));
  scope.onmessage = (event) => serve(event.data);
});
