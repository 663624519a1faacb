/**
 * The grid's own store (`gridEntries`): for each figure clip the grid can place, what a grid cell
 * needs of it (`GridEntry`), keyed by the clip's id and indexed by `[indicator+subject+period]`. An
 * indicator's grid reads these small rows instead of whole clips (their sentences, selectors and
 * search words are most of a clip, and reading them cost as much again as building the grid).
 *
 * The entries are derived, so they are written wherever clips are, in the same transaction:
 * - every Dexie write to `clips` goes through `gridStoreMiddleware`, which widens each read-write
 *   transaction over `clips` to `gridEntries` and mirrors the write there;
 * - the imports that write through IndexedDB itself (import-writing.ts) call `putEntries` /
 *   `deleteEntries` on their own transaction;
 * - version 4's upgrade fills the store from the clips already kept.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction, Middleware } from 'dexie';
import { gridEntryOf } from './grid';
import type { Clip, GridEntry } from './types';

export const GRID_ENTRIES = 'gridEntries';

/** The entries of stored clips (with their ids), and the ids of those the grid cannot place. */
export function entriesOf(clips: readonly Clip[]): { entries: GridEntry[]; unplaced: number[] } {
  const entries: GridEntry[] = [];
  const unplaced: number[] = [];
  for (const clip of clips) {
    const entry = gridEntryOf(clip);
    if (entry) entries.push(entry);
    else unplaced.push(clip.id);
  }
  return { entries, unplaced };
}

/** Whether a transaction reaches the grid's store: not the upgrade steps before version 4, which have none yet. */
function reachesEntries(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames.contains(GRID_ENTRIES);
}

const failed = (response: DBCoreMutateResponse, index: number) => response.failures[index] !== undefined;

/** Mirrors one write to `clips` into `gridEntries`, within the same transaction. */
async function mirror(down: DBCore, request: DBCoreMutateRequest, response: DBCoreMutateResponse): Promise<void> {
  const entries = down.table(GRID_ENTRIES);
  const { trans } = request;
  switch (request.type) {
    case 'add':
    case 'put': {
      // Ids from the response: an added clip gets its id from IndexedDB.
      const ids = response.results ?? [];
      const clips = request.values.flatMap((value: Clip, i) => (failed(response, i) ? [] : [{ ...value, id: ids[i] as number }]));
      const { entries: placed, unplaced } = entriesOf(clips);
      if (placed.length) await entries.mutate({ type: 'put', trans, values: placed });
      // A clip edited so that the grid can no longer place it leaves the grid.
      if (request.type === 'put' && unplaced.length) await entries.mutate({ type: 'delete', trans, keys: unplaced });
      return;
    }
    case 'delete':
      await entries.mutate({ type: 'delete', trans, keys: request.keys });
      return;
    case 'deleteRange':
      // Entries share their clips' keys, so the same range of ids.
      await entries.mutate({ type: 'deleteRange', trans, range: request.range });
      return;
  }
}

/** Keeps `gridEntries` in step with every Dexie write to `clips`. */
export const gridStoreMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'GridEntries',
  create(down) {
    // The upgrade steps before version 4 run with a schema that has no grid store yet.
    if (!down.schema.tables.some((table) => table.name === GRID_ENTRIES)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened = mode === 'readwrite' && stores.includes('clips') && !stores.includes(GRID_ENTRIES) ? [...stores, GRID_ENTRIES] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'clips') return table;
        return {
          ...table,
          async mutate(request) {
            const response = await table.mutate(request);
            if (reachesEntries(request.trans)) await mirror(down, request, response);
            return response;
          },
        };
      },
    };
  },
};

/** Writes the entries of clips just stored (with their ids) through a raw IndexedDB transaction over `gridEntries`. */
export function putEntries(tx: IDBTransaction, clips: readonly Clip[]): void {
  const store = tx.objectStore(GRID_ENTRIES);
  for (const entry of entriesOf(clips).entries) store.put(entry);
}

/** Deletes the entries of clips just deleted, through a raw IndexedDB transaction over `gridEntries`. */
export function deleteEntries(tx: IDBTransaction, ids: readonly IDBValidKey[]): void {
  const store = tx.objectStore(GRID_ENTRIES);
  for (const id of ids) store.delete(id);
}
