/**
 * What the reader chose on the options page, kept in `storage.local` so every part of Soi (the
 * background, the side panel, the content script) reads the same values and hears when they change.
 * Stored values are checked on the way out: an old or damaged entry falls back to the default
 * instead of breaking a page.
 */
import { storage } from 'wxt/utils/storage';
import type { FigureKind } from './extraction/types';
import type { Language } from './i18n';
import { READING_LIST, type ReadingListSite } from './reading-list';

/**
 * How far apart two figures of one kind may be and still agree. For `percent` the number is in
 * percentage points, for `rank`/`rank_change` in places, for `score` in score units; for `count`,
 * `money` and `ratio` it is a percentage of the larger value. It comes on top of what the way a
 * figure is written already allows (`1,9 triệu` stands for 1 850 000–1 950 000; see notebook/agreement).
 */
export type Tolerances = Record<FigureKind, number>;

export const TOLERANCE_MEASURE: Record<FigureKind, 'absolute' | 'relative'> = {
  percent: 'absolute',
  rank: 'absolute',
  rank_change: 'absolute',
  score: 'absolute',
  count: 'relative',
  money: 'relative',
  ratio: 'relative',
};

export const DEFAULT_TOLERANCES: Readonly<Tolerances> = {
  percent: 0.1,
  rank: 0,
  rank_change: 0,
  score: 0.001,
  count: 1,
  money: 1,
  ratio: 1,
};

export interface Settings {
  language: Language;
  readingList: ReadingListSite[];
  tolerances: Tolerances;
  /** Open PDFs on reading-list sites in Soi's viewer by themselves (where the browser allows it). */
  pdfAutoOpen: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  language: 'vi',
  readingList: [...READING_LIST],
  tolerances: { ...DEFAULT_TOLERANCES },
  pdfAutoOpen: true,
};

/** The largest difference between `a` and `b` (same kind) that still counts as agreement. */
export function allowedDifference(kind: FigureKind, a: number, b: number, tolerances: Tolerances): number {
  const amount = tolerances[kind];
  return TOLERANCE_MEASURE[kind] === 'absolute' ? amount : (Math.max(Math.abs(a), Math.abs(b)) * amount) / 100;
}

const clean: { [K in keyof Settings]: (stored: unknown) => Settings[K] } = {
  language: (stored) => (stored === 'en' || stored === 'vi' ? stored : DEFAULT_SETTINGS.language),
  readingList: (stored) =>
    Array.isArray(stored)
      ? stored.filter(
          (site): site is ReadingListSite =>
            typeof site === 'object' && site !== null && typeof site.pattern === 'string' && site.pattern !== '' && typeof site.name === 'string',
        )
      : [...DEFAULT_SETTINGS.readingList],
  tolerances: (stored) => {
    const result: Tolerances = { ...DEFAULT_TOLERANCES };
    if (typeof stored !== 'object' || stored === null) return result;
    for (const kind of Object.keys(result) as FigureKind[]) {
      const value = (stored as Record<string, unknown>)[kind];
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) result[kind] = value;
    }
    return result;
  },
  pdfAutoOpen: (stored) => (typeof stored === 'boolean' ? stored : DEFAULT_SETTINGS.pdfAutoOpen),
};

const items = {
  language: storage.defineItem<unknown>('local:settings.language'),
  readingList: storage.defineItem<unknown>('local:settings.readingList'),
  tolerances: storage.defineItem<unknown>('local:settings.tolerances'),
  pdfAutoOpen: storage.defineItem<unknown>('local:settings.pdfAutoOpen'),
};

export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
  const stored = await items[key].getValue();
  return stored === null ? structuredClone(DEFAULT_SETTINGS[key]) : clean[key](stored);
}

export async function getSettings(): Promise<Settings> {
  const [language, readingList, tolerances, pdfAutoOpen] = await Promise.all([
    getSetting('language'),
    getSetting('readingList'),
    getSetting('tolerances'),
    getSetting('pdfAutoOpen'),
  ]);
  return { language, readingList, tolerances, pdfAutoOpen };
}

export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await items[key].setValue(clean[key](value));
}

/** Back to the default for `key` (the reading list as shipped, the default tolerances…). */
export async function resetSetting(key: keyof Settings): Promise<void> {
  await items[key].removeValue();
}

/** Calls `listener` with the new value whenever `key` changes, in this or any other Soi page. */
export function watchSetting<K extends keyof Settings>(key: K, listener: (value: Settings[K]) => void): () => void {
  return items[key].watch((stored) => listener(stored === null ? structuredClone(DEFAULT_SETTINGS[key]) : clean[key](stored)));
}
