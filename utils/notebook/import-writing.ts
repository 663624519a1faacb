/**
 * Writing a big import without holding the side panel: rows go in batches, with progress, and a
 * cancelled or failed import leaves the notebook as it was.
 *
 * - An official table adds rows. Each batch is its own transaction, so the notebook stays readable
 *   in between; every row carries the import's id, and the import is listed in `imports` until its
 *   last batch is in. Cancelled or failed, its rows are taken out in one transaction; interrupted
 *   (the side panel closed, the browser crashed), they are taken out the next time the panel opens.
 * - A backup replaces everything, so it is written in one transaction, batch after batch: cancelled
 *   or failed, the transaction aborts and IndexedDB keeps the notebook it had.
 *
 * The rows go through IndexedDB itself rather than Dexie: Dexie tells every open Soi page each key
 * of each index a transaction wrote (tens of thousands of search words per batch), and reading that
 * message would hold the side panel's main thread for longer than the batch took. Once the import
 * is in (or taken out), the pages are told once that the notebook changed.
 */
import { Dexie, RangeSet } from 'dexie';
import type { ClipDraft } from '../messages/schemas';
import { clipFromDraft } from './clips';
import type { NotebookDB } from './db';
import { deleteEntries, GRID_ENTRIES, putEntries } from './grid-store';
import type { Clip, DocumentSeen, Page } from './types';

export interface ImportControl {
  /** Aborted when the analyst presses Cancel. */
  signal?: AbortSignal;
  /** Rows written so far, of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Rows per batch. */
  batch?: number;
}

/** Rows per batch: large enough that IndexedDB's per-transaction cost is paid rarely, small enough to show progress. */
const BATCH = 2_000;

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportCancelled();
}

/** Lets the rest of the page (or worker) run between two batches. */
const breathe = () => new Promise((resume) => setTimeout(resume, 0));

/** Tells every open Soi page (and this one) that anything in the notebook may have changed: their live queries read again. */
function announceChange(): void {
  Dexie.on('storagemutated').fire({ all: new RangeSet(Dexie.minKey, Dexie.maxKey) });
}

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Aborts a transaction unless the browser already has (a closed page, a full disk). */
function abortQuietly(tx: IDBTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing it wrote is kept either way.
  }
}

/**
 * One IndexedDB transaction over `stores`, filled by `fill`; if `fill` throws, the transaction is
 * aborted and nothing it wrote stays. `fill` may only wait on requests of this transaction.
 */
async function rawTransaction(db: NotebookDB, stores: string[], fill: (tx: IDBTransaction) => Promise<void>): Promise<void> {
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction(stores, 'readwrite');
  const finished = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new ImportCancelled());
  });
  // When `fill` fails, the caller hears its error, not the abort that follows.
  finished.catch(() => undefined);
  try {
    await fill(tx);
  } catch (error) {
    abortQuietly(tx);
    await finished.catch(() => undefined);
    throw error;
  }
  await finished;
}

/** Adds `rows` to a store of the transaction; resolves with their keys when the last one is in. */
async function addAll(tx: IDBTransaction, store: string, rows: readonly unknown[]): Promise<IDBValidKey[]> {
  const target = tx.objectStore(store);
  const requests = rows.map((row) => target.add(row));
  const last = requests.at(-1);
  if (last) await settled(last);
  return requests.map((request) => request.result);
}

/** Adds clips, and their grid entries in the same transaction (grid-store.ts). */
async function addClips(tx: IDBTransaction, clips: readonly Omit<Clip, 'id'>[]): Promise<void> {
  const ids = await addAll(tx, 'clips', clips);
  putEntries(
    tx,
    clips.map((clip, i) => ({ ...clip, id: ids[i] }) as Clip),
  );
}

const spot = (draft: Pick<ClipDraft, 'selectors'>) => `${draft.selectors.position.start}:${draft.selectors.position.end}:${draft.selectors.quote.exact}`;

/** Drafts whose spot (page, position and words) the notebook does not hold yet: an import read twice adds nothing. */
async function newDrafts(db: NotebookDB, drafts: readonly ClipDraft[]): Promise<ClipDraft[]> {
  const known = new Set<string>();
  for (const url of new Set(drafts.map((draft) => draft.url))) {
    await db.clips
      .where('url')
      .equals(url)
      .each((clip) => void known.add(`${url}\u0000${spot(clip)}`));
  }
  return drafts.filter((draft) => {
    const key = `${draft.url}\u0000${spot(draft)}`;
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
}

/** Takes out every row of one import, and its entry, in one transaction. */
export async function takeOutImport(db: NotebookDB, importId: string): Promise<void> {
  await rawTransaction(db, ['clips', GRID_ENTRIES, 'imports'], async (tx) => {
    const clips = tx.objectStore('clips');
    const ids = await settled(clips.index('importId').getAllKeys(IDBKeyRange.only(importId)));
    for (const id of ids) clips.delete(id);
    deleteEntries(tx, ids);
    await settled(tx.objectStore('imports').delete(importId));
  });
  announceChange();
}

const lockName = (importId: string) => `soi-import:${importId}`;

/** Runs `work` holding the import's lock, so that another side panel can tell it is still being written. */
async function holding<T>(importId: string, work: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  return locks ? locks.request(lockName(importId), work) : work();
}

/**
 * Imports whose writing stopped half-way (the panel closed, the browser crashed) are taken out. An
 * import still held by its writer's lock is left alone; without the Web Locks API nothing can be
 * told apart, and nothing is touched.
 */
export async function takeOutInterruptedImports(db: NotebookDB): Promise<number> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return 0;
  const held = new Set(((await locks.query()).held ?? []).map((lock) => lock.name));
  const stale = (await db.imports.toArray()).filter((run) => !held.has(lockName(run.id)));
  for (const run of stale) await takeOutImport(db, run.id);
  return stale.length;
}

/**
 * Adds imported rows as clips, in batches; rows already in the notebook from the same source are
 * not added twice. Returns how many were added.
 */
export async function addImportedDrafts(db: NotebookDB, drafts: readonly ClipDraft[], file: string, now: number, control: ImportControl = {}): Promise<number> {
  const fresh = await newDrafts(db, drafts);
  if (!fresh.length) return 0;
  const importId = crypto.randomUUID();
  const size = control.batch ?? BATCH;
  return holding(importId, async () => {
    await db.imports.add({ id: importId, file, startedAt: now });
    try {
      for (let at = 0; at < fresh.length; at += size) {
        stopIfCancelled(control.signal);
        const batch = fresh.slice(at, at + size).map((draft) => ({ ...clipFromDraft(draft, now), importId }));
        await rawTransaction(db, ['clips', GRID_ENTRIES], (tx) => addClips(tx, batch));
        control.onProgress?.(Math.min(at + size, fresh.length), fresh.length);
        await breathe();
      }
      stopIfCancelled(control.signal);
      // The pages and the end of the import in one last transaction: from here on the rows are the notebook's.
      await db.transaction('rw', db.pages, db.imports, async () => {
        for (const draft of new Map(fresh.map((d) => [d.url, d])).values()) {
          const page = await db.pages.get(draft.url);
          const site = clipFromDraft(draft, now).site;
          await db.pages.put({
            url: draft.url,
            title: draft.title,
            site,
            publishedAt: draft.publishedAt,
            firstClippedAt: page?.firstClippedAt ?? now,
            lastClippedAt: now,
          });
        }
        await db.imports.delete(importId);
      });
      announceChange();
      return fresh.length;
    } catch (error) {
      await takeOutImport(db, importId);
      throw error;
    }
  });
}

export interface NotebookContents {
  clips: Clip[];
  pages: Page[];
  documents: DocumentSeen[];
}

/** Replaces the whole notebook, in one transaction written batch by batch; cancelled, it aborts and nothing changes. */
export async function replaceNotebook(db: NotebookDB, contents: NotebookContents, control: ImportControl = {}): Promise<number> {
  const size = control.batch ?? BATCH;
  const total = contents.clips.length + contents.pages.length + contents.documents.length;
  stopIfCancelled(control.signal);
  let done = 0;
  // No pause between batches here: an IndexedDB transaction commits as soon as it waits on anything else.
  await rawTransaction(db, ['clips', GRID_ENTRIES, 'pages', 'documents'], async (tx) => {
    // One after another: a clear left waiting when another fails would reject with no one to hear it.
    for (const store of ['clips', GRID_ENTRIES, 'pages', 'documents']) await settled(tx.objectStore(store).clear());
    for (const [store, rows] of [
      ['clips', contents.clips],
      ['pages', contents.pages],
      ['documents', contents.documents],
    ] as const) {
      for (let at = 0; at < rows.length; at += size) {
        stopIfCancelled(control.signal);
        const slice = rows.slice(at, at + size);
        // A backup's clips keep their ids, so their grid entries are written as they are.
        if (store === 'clips') putEntries(tx, slice as Clip[]);
        await addAll(tx, store, slice);
        done += Math.min(size, rows.length - at);
        control.onProgress?.(done, total);
      }
    }
  });
  announceChange();
  return contents.clips.length;
}
