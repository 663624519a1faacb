/**
 * The side panel's end of its worker (utils/notebook/panel-worker.ts). One worker per panel,
 * started on first use; where a worker cannot start, the same code answers in the page.
 */
import { browser } from 'wxt/browser';
import { getLanguage } from '@/utils/i18n';
import type { NotebookDB } from '@/utils/notebook/db';
import type { GridView } from '@/utils/notebook/grid';
import { ImportError } from '@/utils/notebook/import';
import { ImportCancelled } from '@/utils/notebook/import-writing';
import type { ImportKind } from '@/utils/notebook/import-limits';
import { servePanel, type Failure, type GridRequest, type PanelAnswer, type PanelRequest } from '@/utils/notebook/panel-worker';

let send: ((request: PanelRequest) => void) | undefined;
const listeners = new Map<number, (answer: PanelAnswer) => void>();
let nextId = 1;

function answer(reply: PanelAnswer): void {
  listeners.get(reply.id)?.(reply);
}

function connect(db: NotebookDB): (request: PanelRequest) => void {
  if (send) return send;
  try {
    const worker = new Worker(browser.runtime.getURL('/notebook-worker.js'));
    worker.onmessage = (event: MessageEvent<PanelAnswer>) => answer(event.data);
    send = (request) => worker.postMessage(request);
  } catch {
    send = servePanel(db, answer);
  }
  return send;
}

/** Starts the worker ahead of need, so the Compare tab does not wait for it to load. */
export function warmUp(db: NotebookDB): void {
  connect(db);
}

/** An error the page can tell apart: the file's problems, a full disk, or the analyst's Cancel. */
function errorOf(failure: Failure): Error {
  if (failure.cancelled) return new ImportCancelled();
  if (failure.problems) return new ImportError(failure.problems);
  const error = new Error(failure.message);
  if (failure.quota) error.name = 'QuotaExceededError';
  return error;
}

/** Follows one indicator's grid as the notebook changes; returns the way to stop. */
export function watchGrid(db: NotebookDB, request: GridRequest, onView: (view: GridView | undefined) => void, onError: (error: Error) => void): () => void {
  const post = connect(db);
  const id = nextId++;
  listeners.set(id, (reply) => {
    if (reply.type === 'grid') onView(reply.view);
    else if (reply.type === 'failed') onError(errorOf(reply.failure));
  });
  post({ type: 'grid', id, request });
  return () => {
    listeners.delete(id);
    post({ type: 'stop', id });
  };
}

export interface ImportJob {
  /** The number of clips imported; rejects with ImportCancelled, ImportError or the storage's error. */
  done: Promise<number>;
  cancel: () => void;
}

/** Imports a file in the worker, telling its progress (rows written, of how many). */
export function startImport(db: NotebookDB, kind: ImportKind, file: File, onProgress: (done: number, total: number) => void): ImportJob {
  const post = connect(db);
  const id = nextId++;
  const done = new Promise<number>((resolve, reject) => {
    listeners.set(id, (reply) => {
      if (reply.type === 'progress') return onProgress(reply.done, reply.total);
      listeners.delete(id);
      if (reply.type === 'done') resolve(reply.count);
      else if (reply.type === 'failed') reject(errorOf(reply.failure));
    });
  });
  post({ type: 'import', id, kind, file, fileName: file.name, language: getLanguage() });
  return { done, cancel: () => post({ type: 'cancel', id }) };
}
