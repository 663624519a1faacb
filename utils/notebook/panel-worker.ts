/**
 * The side panel's worker: the Compare tab's grid and big imports are read, built and written
 * here, off the panel's main thread, which only paints what comes back. The worker opens the same
 * notebook; Dexie tells it of changes made anywhere in Soi, so the grid it sends follows the
 * notebook as the panel's own live queries do. Where no worker can start, the panel runs the same
 * code itself.
 */
import { liveQuery, type Subscription } from 'dexie';
import { setLanguage, type Language } from '../i18n';
import { isQuotaError } from './clips';
import { openNotebook, type NotebookDB } from './db';
import { indicatorGrid, gridView, type GridOptions, type GridView } from './grid';
import { ImportError, importOfficialTable, restoreBackup } from './import';
import type { ImportKind } from './import-limits';
import { ImportCancelled, type ImportControl } from './import-writing';
import { gridEntries, indicatorNamed, TRIPLE } from './queries';
import { FIGURE_KINDS } from '../extraction/types';
import type { Tolerances } from '../settings';

export interface GridRequest {
  indicator: string;
  options: GridOptions;
  /** Sources a cell shows before "N more". */
  shownSources: number;
}

export type PanelRequest =
  | { type: 'grid'; id: number; request: GridRequest }
  | { type: 'stop'; id: number }
  | { type: 'import'; id: number; kind: ImportKind; file: Blob; fileName: string; language: Language }
  | { type: 'cancel'; id: number };

/** What went wrong, in a shape that crosses to the page. */
export interface Failure {
  message: string;
  /** The file's problems, in the analyst's language (an ImportError). */
  problems?: string[];
  quota?: boolean;
  cancelled?: boolean;
}

export type PanelAnswer =
  | { type: 'grid'; id: number; view: GridView | undefined }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; count: number }
  | { type: 'failed'; id: number; failure: Failure };

/**
 * The notebook as the worker opens it: without Dexie's query cache. Inside a live query that cache
 * deep-copies every row it reads, to answer the same range from memory for 3 s; the worker reads
 * an indicator's rows once per grid and only builds from them, so every grid paid for a copy of
 * all its clips that nothing used. (Live queries still hear every change: that is not the cache.)
 */
export function workerNotebook(name?: string): NotebookDB {
  return openNotebook(name, { cache: 'disabled' });
}

/** One indicator's grid, its entries read through the grid store's compound index and every cell built: what the Compare tab shows. */
export async function indicatorGridView(db: NotebookDB, request: GridRequest): Promise<GridView | undefined> {
  const entries = await gridEntries(db, request.indicator);
  const indicator = await indicatorNamed(db, request.indicator, entries[0]?.id);
  const grid = indicator && indicatorGrid(indicator, entries, request.options);
  return grid && gridView(grid, request.shownSources);
}

/** Rows the worker builds a throwaway grid of when it starts. */
const PREPARING_ROWS = 20;

/**
 * Gets the worker ready for its first grid as soon as it starts: its first transaction and the
 * first run of the grid code (compiled on first use) cost more than reading and building a whole
 * indicator's grid afterwards, and the Compare tab's first grid paid for them. A few clips are
 * read through the grid's index and built into a grid that is never sent.
 */
export async function prepareGrids(db: NotebookDB): Promise<void> {
  const entries = await db.gridEntries.orderBy(TRIPLE).limit(PREPARING_ROWS).toArray();
  const tolerances = Object.fromEntries(FIGURE_KINDS.map((kind) => [kind, 0])) as Tolerances;
  const first = entries[0];
  const grid = first && indicatorGrid({ id: first.indicator, name: first.indicator }, entries, { map: 63, tolerances });
  if (grid) gridView(grid, 1);
}

export function failureOf(error: unknown): Failure {
  if (error instanceof ImportCancelled) return { message: error.message, cancelled: true };
  if (error instanceof ImportError) return { message: error.message, problems: error.problems };
  return { message: error instanceof Error ? error.message : String(error), quota: isQuotaError(error) };
}

async function runImport(db: NotebookDB, file: Blob, fileName: string, kind: ImportKind, control: ImportControl): Promise<number> {
  const text = await file.text();
  return kind === 'table' ? importOfficialTable(db, text, fileName, Date.now(), control) : restoreBackup(db, text, control);
}

/** Answers the panel's requests; each answer names the request it belongs to. */
export function servePanel(db: NotebookDB, post: (answer: PanelAnswer) => void): (request: PanelRequest) => void {
  const grids = new Map<number, Subscription>();
  const imports = new Map<number, AbortController>();
  return (request) => {
    const { id } = request;
    switch (request.type) {
      case 'grid':
        grids.set(
          id,
          liveQuery(() => indicatorGridView(db, request.request)).subscribe({
            next: (view) => post({ type: 'grid', id, view }),
            error: (error: unknown) => post({ type: 'failed', id, failure: failureOf(error) }),
          }),
        );
        break;
      case 'stop':
        grids.get(id)?.unsubscribe();
        grids.delete(id);
        break;
      case 'import': {
        const controller = new AbortController();
        imports.set(id, controller);
        setLanguage(request.language);
        const control: ImportControl = { signal: controller.signal, onProgress: (done, total) => post({ type: 'progress', id, done, total }) };
        runImport(db, request.file, request.fileName, request.kind, control)
          .then((count) => post({ type: 'done', id, count }))
          .catch((error: unknown) => post({ type: 'failed', id, failure: failureOf(error) }))
          .finally(() => imports.delete(id));
        break;
      }
      case 'cancel':
        imports.get(id)?.abort();
        break;
    }
  };
}
