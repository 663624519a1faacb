/**
 * The one notebook database. Opened only in the background and extension pages: IndexedDB in a
 * content script would belong to the site being read.
 *
 * Every version stays declared with its upgrade, so a notebook kept since version 1 opens in the
 * newest code with nothing lost. Indexes exist only for what is queried:
 * - `[indicator+subject+period]`: the comparison grid and the on-page cross-check;
 * - `site`, `*tags`, `clippedAt`: the side panel's filters and its newest-first list;
 * - `url`: recognising a figure clipped twice from the same page;
 * - `*words` (v2): full-text search;
 * - `subject`, `period` (v3): the province and period filters on their own;
 * - `importId` (v3): the rows of one import, removed together when it is cancelled;
 * - `gridEntries` (v4), by `[indicator+subject+period]`: what the comparison grid needs of each clip
 *   (grid-store.ts), so that an indicator's grid reads small rows rather than whole clips.
 */
import { Dexie, type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import { t } from '../i18n';
import { isQuotaError } from './clips';
import { entriesOf, GRID_ENTRIES, gridStoreMiddleware } from './grid-store';
import type { Clip, DocumentSeen, GridEntry, ImportRun, Page } from './types';
import { clipWords, siteOf } from './words';

export type NotebookDB = Dexie & {
  clips: EntityTable<Clip, 'id'>;
  pages: EntityTable<Page, 'url'>;
  documents: EntityTable<DocumentSeen, 'id'>;
  imports: EntityTable<ImportRun, 'id'>;
  gridEntries: EntityTable<GridEntry, 'id'>;
};

export const NOTEBOOK_DB_NAME = 'soi-notebook';

/** Version 1, the first released shape: clips and pages; no search index, no documents table. */
export const SCHEMA_V1 = {
  clips: '++id, [indicator+subject+period], site, *tags, clippedAt, url',
  pages: '&url, site',
};

/**
 * Version 2: full-text search gets a `*words` index; documents seen on pages get their own table
 * (filled from the reference clips already kept); sites are named without `www.` so that one
 * outlet does not show as two in the site filter; pages are no longer filtered by site.
 */
export const SCHEMA_V2 = {
  clips: '++id, [indicator+subject+period], site, *tags, clippedAt, url, *words',
  pages: '&url',
  documents: '++id, symbol, &[symbol+url]',
};

async function upgradeToV2(tx: Transaction): Promise<void> {
  const clips = tx.table<Clip, number>('clips');
  await clips.toCollection().modify((clip) => {
    // Rows may lack fields version 1 made optional or older builds did not write.
    clip.tags ??= [];
    clip.note ??= '';
    clip.site = siteOf(clip.url, clip.site);
    clip.words = clipWords(clip);
  });
  const seen = new Map<string, Omit<DocumentSeen, 'id'>>();
  await clips.each((clip) => {
    if (clip.kind !== 'reference') return;
    const key = `${clip.symbol}\u0000${clip.url}`;
    if (seen.has(key)) return;
    seen.set(key, {
      symbol: clip.symbol,
      docType: clip.docType,
      issuer: clip.issuer,
      date: clip.date,
      url: clip.url,
      title: clip.title,
      site: clip.site,
      seenAt: clip.clippedAt,
    });
  });
  await tx.table('documents').bulkAdd([...seen.values()]);
  await tx
    .table<Page, string>('pages')
    .toCollection()
    .modify((page) => {
      page.site = siteOf(page.url, page.site);
    });
}

/**
 * Version 3: the province and period filters read their own indexes instead of every clip; a big
 * import writes in batches, each row tagged with its import's id so that a cancelled or interrupted
 * import is taken out in one transaction; `imports` lists the imports still being written.
 * Indexes only, so no upgrade function: IndexedDB builds them from the rows already kept.
 */
export const SCHEMA_V3 = {
  clips: '++id, [indicator+subject+period], site, *tags, clippedAt, url, *words, subject, period, importId',
  pages: '&url',
  documents: '++id, symbol, &[symbol+url]',
  imports: '&id',
};

/**
 * Version 4: the comparison grid reads its own small rows (`GridEntry`, keyed by the clip's id),
 * kept in step with clips by `gridStoreMiddleware`; the upgrade derives them from the clips kept.
 */
export const SCHEMA_V4 = { ...SCHEMA_V3, [GRID_ENTRIES]: 'id, [indicator+subject+period]' };

/** Clips read per step of the upgrade, so that a big notebook is not held in memory at once. */
const UPGRADE_SLICE = 5_000;

/**
 * The disk filled while the notebook was being upgraded. IndexedDB drops the whole upgrade, so the
 * notebook stays as the older version kept it; this version cannot open it until there is room.
 */
export class UpgradeStorageFull extends Error {
  readonly inner: unknown;
  constructor(inner: unknown) {
    super(t('notebookUpgradeQuotaError'));
    this.name = 'UpgradeStorageFull';
    this.inner = inner;
  }
}

async function upgradeToV4(tx: Transaction): Promise<void> {
  const clips = tx.table<Clip, number>('clips');
  const entries = tx.table<GridEntry, number>(GRID_ENTRIES);
  try {
    for (let after = -Infinity; ;) {
      const slice = await clips.where(':id').above(after).limit(UPGRADE_SLICE).toArray();
      const last = slice.at(-1);
      if (!last) return;
      await entries.bulkAdd(entriesOf(slice).entries);
      after = last.id;
    }
  } catch (error) {
    throw isQuotaError(error) ? new UpgradeStorageFull(error) : error;
  }
}

export function openNotebook(name = NOTEBOOK_DB_NAME, options?: DexieOptions): NotebookDB {
  const db = new Dexie(name, options) as NotebookDB;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
  db.use(gridStoreMiddleware);
  return db;
}

let shared: NotebookDB | undefined;

/** The notebook of this browser profile, opened once per extension page or background. */
export function notebook(): NotebookDB {
  shared ??= openNotebook();
  return shared;
}
