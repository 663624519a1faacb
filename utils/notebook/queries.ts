/**
 * What the side panel and the grid ask of the notebook. Each query starts from the index that
 * narrows it most, so the newest-first list of a 100 000-clip notebook reads only what it shows.
 */
import type { Collection, InsertType } from 'dexie';
import { indicatorOf } from '../attribution/indicators';
import type { Indicator } from '../attribution/types';
import type { NotebookDB } from './db';
import { isGridFigure } from './grid';
import { subjectIdsFor } from './provinces';
import { UNKNOWN, type Clip, type FigureClip } from './types';
import { foldedWords } from '../extraction/text/fold';

/** The compound index that lines clips up by indicator, province and period. */
const TRIPLE = '[indicator+subject+period]';

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

function matches(filter: ClipFilter, subjects: ReadonlySet<string> | undefined): (clip: Clip) => boolean {
  return (clip) =>
    (!filter.indicator || clip.indicator === filter.indicator) &&
    (!subjects || subjects.has(clip.subject)) &&
    (!filter.period || clip.period === filter.period) &&
    (!filter.site || clip.site === filter.site) &&
    (!filter.tag || clip.tags.includes(filter.tag));
}

/** Ids of clips having every searched word (as a word start), or undefined when nothing is searched. */
async function searchIds(db: NotebookDB, search: string | undefined): Promise<number[] | undefined> {
  const words = foldedWords(search ?? '');
  if (!words.length) return undefined;
  let ids: Set<number> | undefined;
  // Longest words first: they match fewest clips, so the intersection stays small.
  for (const word of words.sort((a, b) => b.length - a.length)) {
    const found = new Set(await db.clips.where('words').startsWith(word).primaryKeys());
    ids = ids ? new Set([...ids].filter((id) => found.has(id))) : found;
    if (!ids.size) break;
  }
  return [...(ids ?? [])];
}

/** The newest `limit` clips that match, and how many match in all. */
export async function findClips(db: NotebookDB, filter: ClipFilter, limit = 200): Promise<ClipPage> {
  const subjects = filter.province ? new Set(subjectIdsFor(filter.province)) : undefined;
  const keep = matches(filter, subjects);
  return db.transaction('r', db.clips, async () => {
    const ids = await searchIds(db, filter.search);
    let found: Clip[];
    if (ids) {
      found = (await db.clips.bulkGet(ids)).filter((clip): clip is Clip => clip !== undefined && keep(clip));
    } else {
      const unfiltered = !filter.indicator && !subjects && !filter.period && !filter.site && !filter.tag;
      if (unfiltered) {
        return { clips: await db.clips.orderBy('clippedAt').reverse().limit(limit).toArray(), total: await db.clips.count() };
      }
      let collection: Collection<Clip, number, InsertType<Clip, 'id'>> | undefined;
      if (filter.tag) collection = db.clips.where('tags').equals(filter.tag);
      else if (filter.indicator) collection = indicatorRange(db, filter.indicator);
      else if (filter.site) collection = db.clips.where('site').equals(filter.site);
      else if (!subjects) collection = db.clips.toCollection();
      // Read whole and filtered here: a cursor with a filter walks IndexedDB row by row.
      found = (collection ? await collection.toArray() : await clipsAbout(db, subjects as ReadonlySet<string>)).filter(keep);
    }
    found.sort((a, b) => b.clippedAt - a.clippedAt);
    return { clips: found.slice(0, limit), total: found.length };
  });
}

/**
 * Every key of the compound index that starts with `indicator`: `[id]` sorts before any longer key
 * starting with it, and `[id, []]` after all of them (arrays sort after strings in IndexedDB).
 */
function indicatorRange(db: NotebookDB, indicator: string) {
  return db.clips.where(TRIPLE).between([indicator], [indicator, []]);
}

/**
 * Clips about any of `subjects`, through the compound index: one range per indicator the notebook
 * holds and subject, instead of a walk over every clip.
 */
async function clipsAbout(db: NotebookDB, subjects: ReadonlySet<string>): Promise<Clip[]> {
  const reads: Array<Promise<Clip[]>> = [];
  for (const indicator of await indicatorIds(db)) {
    for (const subject of subjects) reads.push(db.clips.where(TRIPLE).between([indicator, subject], [indicator, subject, []]).toArray());
  }
  return (await Promise.all(reads)).flat();
}

/** Figure clips that can take a place in the grid, for one indicator or all. */
export async function gridClips(db: NotebookDB, indicator?: string): Promise<FigureClip[]> {
  // Read whole (getAll) and filtered here: a cursor with a filter walks IndexedDB row by row.
  const clips = await (indicator ? indicatorRange(db, indicator) : db.clips.toCollection()).toArray();
  return clips.filter(isGridFigure);
}

export interface Facets {
  indicators: Indicator[];
  sites: string[];
  tags: string[];
}


/**
 * The distinct indicators in the notebook, by seeking from one indicator's keys to the next in the
 * compound index: one index seek per indicator, however many clips each has.
 */
async function indicatorIds(db: NotebookDB): Promise<string[]> {
  const ids: string[] = [];
  let [key] = (await db.clips.orderBy(TRIPLE).limit(1).keys()) as unknown as Array<[string] | undefined>;
  while (key) {
    ids.push(key[0]);
    [key] = (await db.clips.where(TRIPLE).above([key[0], []]).limit(1).keys()) as unknown as Array<[string] | undefined>;
  }
  return ids;
}

/** The values the filters offer, read from the indexes alone (a few seeks, not a walk over the clips). */
export async function clipFacets(db: NotebookDB): Promise<Facets> {
  return db.transaction('r', db.clips, async () => {
    const [ids, sites, tags] = await Promise.all([indicatorIds(db), db.clips.orderBy('site').uniqueKeys(), db.clips.orderBy('tags').uniqueKeys()]);
    const indicators: Indicator[] = [];
    for (const id of ids) {
      if (id === UNKNOWN) continue;
      // Names from the data file when it knows the indicator, else from a clip (an imported table's own indicator).
      const clip = indicatorOf(id) ? undefined : await indicatorRange(db, id).first();
      const known = indicatorOf(id) ?? (clip && clip.attribution.indicator !== UNKNOWN ? clip.attribution.indicator : undefined);
      if (known) indicators.push(known);
    }
    const collator = new Intl.Collator('vi');
    return {
      indicators: indicators.sort((a, b) => collator.compare(a.name, b.name)),
      sites: (sites as string[]).filter(Boolean),
      tags: tags as string[],
    };
  });
}
