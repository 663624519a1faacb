/**
 * What the notebook holds. One `Clip` type: a figure or a reference the analyst kept, with the
 * attribution Soi guessed (and the analyst may correct), where it was found, and the analyst's
 * own note and tags.
 */
import type { Selectors } from '../anchoring/types';
import type { FigureContext } from '../attribution/types';
import type { FigureKind } from '../extraction/types';
import type { Reading } from './agreement';

/** The value an index uses for an attribution field Soi could not tell. */
export const UNKNOWN = 'unknown';

interface ClipBase {
  id: number;
  /** As written on the page: `đạt 98,65%`, `Nghị quyết số 09-NQ/TU`. */
  text: string;
  attribution: FigureContext;
  /**
   * The attribution's ids copied flat so IndexedDB can line clips up by indicator × province ×
   * period; `unknown` where Soi could not tell. Kept in step with `attribution` by `withKeys`.
   */
  indicator: string;
  subject: string;
  period: string;
  sentence: string;
  selectors: Selectors;
  url: string;
  title: string;
  /** Host name without `www.`, the way analysts name an outlet. */
  site: string;
  publishedAt?: string;
  /** From a PDF in Soi's viewer: its fingerprint (to tell a changed file) and the spot's page. No index: only read with the clip. */
  pdf?: { fingerprint: string; page: number };
  /** Milliseconds since the epoch. */
  clippedAt: number;
  note: string;
  tags: string[];
  /** Folded words of everything a search could mean (text, sentence, title, names, note, tags). */
  words: string[];
  /** The import that brought the clip in (an official table); absent on clips from pages. */
  importId?: string;
  /**
   * How many times the clip was changed since it was clipped; a missing one is 0 (clips kept before
   * revisions). A save from a copy of an older revision is merged or refused (`editClip`). Not indexed.
   */
  rev?: number;
}

export interface FigureClip extends ClipBase {
  kind: 'figure';
  value: number;
  figureKind: FigureKind;
  unit?: string;
  of?: number;
  /** The hedge written before the number (`trên`, `gần`, `khoảng`). */
  qualifier?: string;
}

export interface ReferenceClip extends ClipBase {
  kind: 'reference';
  symbol: string;
  docType?: string;
  issuer?: string;
  date?: string;
}

export type Clip = FigureClip | ReferenceClip;

/**
 * What the comparison grid needs of a figure clip, kept in a store of its own (`gridEntries`, keyed
 * by the clip's id) so that an indicator's grid reads small rows rather than whole clips with their
 * sentences, selectors and search words. Derived from the clip on every write; never edited itself.
 */
export interface GridEntry extends Reading {
  /** The clip's id. */
  id: number;
  indicator: string;
  subject: string;
  period: string;
  /** The province as the clip names it, for a place the gazetteer does not know. */
  subjectName: string;
  subjectMap: 63 | 34;
  /** The figure is about the whole country. */
  country?: true;
  /** When the period starts: periods are shown oldest first. */
  periodFrom: string;
  /** A goal, never held against outcomes. */
  target?: true;
  clippedAt: number;
  url: string;
  title: string;
  site: string;
}

/** A page Soi clipped from. */
export interface Page {
  url: string;
  title: string;
  site: string;
  publishedAt?: string;
  firstClippedAt: number;
  lastClippedAt: number;
}

/** A document reference seen on a page: which documents the notebook knows of, and where. */
export interface DocumentSeen {
  id: number;
  symbol: string;
  docType?: string;
  issuer?: string;
  date?: string;
  url: string;
  title: string;
  site: string;
  seenAt: number;
}

/** An import being written in batches; its entry goes once the last batch is in. */
export interface ImportRun {
  id: string;
  /** The file's name, for the analyst. */
  file: string;
  startedAt: number;
}
