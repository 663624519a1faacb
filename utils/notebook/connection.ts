/**
 * What happens to the notebook's connection that the reader must be told of, because the notebook
 * cannot be used until it is resolved: an upgrade waiting for another Soi page that holds the
 * database open (blocked), the notebook deleted or upgraded from another page (after which this
 * page must be reloaded), the browser closing the database (storage cleared, disk removed).
 */
import { t } from '../i18n';
import type { NotebookDB } from './db';

export type NotebookEvent = 'blocked' | 'changedElsewhere' | 'closed';

const MESSAGES = {
  blocked: 'notebookBlocked',
  changedElsewhere: 'notebookChangedElsewhere',
  closed: 'notebookClosed',
} as const;

export function notebookEventMessage(event: NotebookEvent): string {
  return t(MESSAGES[event]);
}

/** Calls `tell` on each such event until the returned function is called. */
export function watchNotebook(db: NotebookDB, tell: (event: NotebookEvent) => void): () => void {
  // Dexie closes the connection itself after a change elsewhere; that close needs no second message.
  let changedElsewhere = false;
  const blocked = () => tell('blocked');
  const changed = () => {
    changedElsewhere = true;
    tell('changedElsewhere');
  };
  const closed = () => {
    if (!changedElsewhere) tell('closed');
  };
  db.on('blocked', blocked);
  db.on('versionchange', changed);
  db.on('close', closed);
  return () => {
    db.on('blocked').unsubscribe(blocked);
    db.on('versionchange').unsubscribe(changed);
    db.on('close').unsubscribe(closed);
  };
}
