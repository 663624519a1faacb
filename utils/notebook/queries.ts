/**
 * What the side panel and the grid ask of the notebook. Each query starts from an index and reads
 * only what is shown: the list is a count and a page of rows; a filter is a set of ids read from
 * the indexes (keys only), of which the list fetches the rows it shows.
 *
 * Newest first is highest id first: ids are given in the order clips are kept, so the primary key
 * is the clipping order, and every index hands its ids over in that order too.
 */
import { indicatorOf } from '../attribution/indicators';
import type { Indicator } from '../attribution/types';
import type { IndexableType } from 'dexie';
import type { NotebookDB } from './db';
import { subjectIdsFor } from './provinces';
import { UNKNOWN, type Clip, type GridEntry } from './types';
import { foldedWords } from '../extraction/text/fold';

/** The compound index that lines clips up by indicator, province and period. */
export const TRIPLE = '[indicator+subject+period]';

export interface ClipFilter {
  /** Words to find anywhere in the clip; each word matches the start of a word, diacritics optional. */
  search?: string;
  indicator?: string;
  /** A province of either map; a 34-map unit also matches the old provinces it was formed from. */
  province?: string;
  period?: string;
  site?: string;
  tag?: string;
}

export interface ClipPage {
  clips: Clip[];
  /** How many clips match in all, of which `clips` are the newest. */
  total: number;
}

/** The clips a filter keeps: all of them (counted), or the ids that match, newest first. */
export interface Matches {
  total: number;
  /** Undefined when nothing is filtered: the list pages through the primary key itself. */
  ids?: number[];
}

function intersect(lists: readonly number[][]): number[] {
  const [smallest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  if (!smallest) return [];
  const others = rest.map((list) => new Set(list));
  return [...new Set(smallest)].filter((id) => others.every((set) => set.has(id)));
}

/** Ids of clips having every searched word (as a word start), or undefined when nothing is searched. */
async function searchIds(db: NotebookDB, search: string | undefined): Promise<number[] | undefined> {
  const words = foldedWords(search ?? '');
  if (!words.length) return undefined;
  let ids: number[] | undefined;
  // Longest words first: they match fewest clips, so the intersection stays small.
  for (const word of words.sort((a, b) => b.length - a.length)) {
    const found = await db.clips.where('words').startsWith(word).primaryKeys();
    ids = ids ? intersect([ids, found]) : found;
    if (!ids.length) break;
  }
  return ids;
}

/** The ids each part of the filter allows, each read from its own index (keys only, no rows). */
export async function matchingIds(db: NotebookDB, filter: ClipFilter): Promise<Matches> {
  return db.transaction('r', db.clips, async () => {
    const reads: Array<Promise<number[] | undefined>> = [searchIds(db, filter.search)];
    if (filter.indicator) reads.push(indicatorRange(db, filter.indicator).primaryKeys());
    if (filter.province) reads.push(db.clips.where('subject').anyOf(subjectIdsFor(filter.province)).primaryKeys());
    if (filter.period) reads.push(db.clips.where('period').equals(filter.period).primaryKeys());
    if (filter.site) reads.push(db.clips.where('site').equals(filter.site).primaryKeys());
    if (filter.tag) reads.push(db.clips.where('tags').equals(filter.tag).primaryKeys());
    const lists = (await Promise.all(reads)).filter((ids): ids is number[] => ids !== undefined);
    if (!lists.length) return { total: await db.clips.count() };
    const ids = intersect(lists).sort((a, b) => b - a);
    return { total: ids.length, ids };
  });
}

/** The clips from `offset` on, newest first: of the whole notebook (a page of the primary key), or of `ids`. */
export async function clipsAt(db: NotebookDB, ids: readonly number[] | undefined, offset: number, limit: number): Promise<Clip[]> {
  if (!ids) return db.clips.reverse().offset(offset).limit(limit).toArray();
  const rows = await db.clips.bulkGet(ids.slice(offset, offset + limit));
  return rows.filter((clip): clip is Clip => clip !== undefined);
}

/** Ids counted in one request: a slice IndexedDB walks in a few milliseconds. */
const COUNT_SLICE = 2_000;

/**
 * How many clips the notebook holds. IndexedDB counts by walking every row, in one step that holds
 * the database for everyone (a second at 100 000 clips on a busy machine, the Compare tab's reads
 * queued behind it); counted a slice of ids at a time, other reads go through between two slices,
 * and a count no one waits for any more (`signal` aborted) stops at the next slice, answering undefined.
 */
export async function countClips(db: NotebookDB, signal?: AbortSignal, slice = COUNT_SLICE): Promise<number | undefined> {
  return db.transaction('r', db.clips, async () => {
    const [first, last] = (await Promise.all([db.clips.orderBy(':id').firstKey(), db.clips.orderBy(':id').lastKey()])) as Array<number | undefined>;
    if (first === undefined || last === undefined) return 0;
    let total = 0;
    for (let from = first; from <= last; from += slice) {
      if (signal?.aborted) return undefined;
      total += await db.clips
        .where(':id')
        .between(from, from + slice, true, false)
        .count();
    }
    return total;
  });
}

/** The newest `limit` clips that match, and how many match in all. */
export async function findClips(db: NotebookDB, filter: ClipFilter, limit = 200): Promise<ClipPage> {
  return db.transaction('r', db.clips, async () => {
    const matches = await matchingIds(db, filter);
    return { clips: await clipsAt(db, matches.ids, 0, limit), total: matches.total };
  });
}

/**
 * Every key of the compound index that starts with `indicator`: `[id]` sorts before any longer key
 * starting with it, and `[id, []]` after all of them (arrays sort after strings in IndexedDB).
 */
export function indicatorRange(db: NotebookDB, indicator: string) {
  return db.clips.where(TRIPLE).between([indicator], [indicator, []]);
}

/** What the grid needs of one indicator's figure clips, read whole (getAll) through the grid store's compound index. */
export async function gridEntries(db: NotebookDB, indicator: string): Promise<GridEntry[]> {
  return db.gridEntries.where(TRIPLE).between([indicator], [indicator, []]).toArray();
}

/**
 * An indicator as the grid names it: from the data file when it knows it, else from one of its
 * clips (an imported table's own indicator).
 */
export async function indicatorNamed(db: NotebookDB, id: string, clipId: number | undefined): Promise<Indicator | undefined> {
  const known = indicatorOf(id);
  if (known || clipId === undefined) return known;
  const clip = await db.clips.get(clipId);
  return clip && clip.attribution.indicator !== UNKNOWN ? clip.attribution.indicator : undefined;
}

export interface Facets {
  indicators: Indicator[];
  sites: string[];
  tags: string[];
}

/**
 * The distinct keys of an index, by seeking from one key to the first key past it (`after`): one
 * index seek per distinct value, however many clips share it. (IndexedDB's own `nextunique` cursor
 * steps over every duplicate in the browser, which at 100 000 clips held the database for seconds.)
 */
async function distinctKeys<K extends IndexableType>(db: NotebookDB, index: string, after: (key: K) => IndexableType, signal?: AbortSignal): Promise<K[]> {
  const keys: K[] = [];
  let [key] = (await db.clips.orderBy(index).limit(1).keys()) as K[];
  while (key !== undefined) {
    signal?.throwIfAborted();
    keys.push(key);
    [key] = (await db.clips.where(index).above(after(key)).limit(1).keys()) as K[];
  }
  return keys;
}

/** The distinct indicators: `[id, []]` sorts after every key of that indicator (arrays sort after strings). */
async function indicatorIds(db: NotebookDB, signal?: AbortSignal): Promise<string[]> {
  const keys = await distinctKeys<[string]>(db, TRIPLE, ([id]) => [id, []], signal);
  return keys.map(([id]) => id);
}

/**
 * The indicators the notebook holds clips of, named and sorted for a menu: a few index seeks (one
 * per indicator), all the Compare tab needs before it can show a grid.
 */
export async function clipIndicators(db: NotebookDB, signal?: AbortSignal): Promise<Indicator[]> {
  return db.transaction('r', db.clips, async () => {
    const indicators: Indicator[] = [];
    for (const id of await indicatorIds(db, signal)) {
      if (id === UNKNOWN) continue;
      // Names from the data file when it knows the indicator, else from a clip (an imported table's own indicator).
      const clip = indicatorOf(id) ? undefined : await indicatorRange(db, id).first();
      const known = indicatorOf(id) ?? (clip && clip.attribution.indicator !== UNKNOWN ? clip.attribution.indicator : undefined);
      if (known) indicators.push(known);
    }
    const collator = new Intl.Collator('vi');
    return indicators.sort((a, b) => collator.compare(a.name, b.name));
  });
}

/** The values the filters offer, read from the indexes alone (a few seeks, not a walk over the clips). */
/** `signal`: aborted when no one waits for the values any more; the seeks stop there. */
export async function clipFacets(db: NotebookDB, signal?: AbortSignal): Promise<Facets> {
  return db.transaction('r', db.clips, async () => {
    const same = (key: string) => key;
    const [indicators, sites, tags] = await Promise.all([
      clipIndicators(db, signal),
      distinctKeys(db, 'site', same, signal),
      distinctKeys(db, 'tags', same, signal),
    ]);
    return { indicators, sites: sites.filter(Boolean), tags };
  });
}
