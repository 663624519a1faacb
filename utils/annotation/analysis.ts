/**
 * The pure work of a pass — extraction, attribution, checks — behind one interface, so it runs in
 * a worker with the page's main thread free, or where a page refuses workers, on the main thread
 * in slices from a lazily loaded chunk. This module holds only the interface and the worker's
 * messages: the content script, which every page pays for, carries none of the work itself
 * (that is `analysis-work.ts`).
 */
import type { PageSource } from '../attribution';
import type { FigureContext, PageTable } from '../attribution/types';
import type { CheckStatus, Finding } from '../checks';
import type { Extraction } from '../extraction/types';

/** What attribution and the checks say about one figure. */
export interface FigureNote {
  context?: FigureContext;
  status?: CheckStatus;
  findings: Finding[];
}

export interface Span {
  start: number;
  end: number;
}

export type { PageSource };

/** What the page says about itself, and the `<table>`s of the text being noted (offsets into it). */
export interface NotePage extends PageSource {
  tables?: readonly PageTable[];
}

export interface Analysis {
  extract(text: string, signal?: AbortSignal): Promise<Extraction>;
  /**
   * Notes for every figure of `found` (an extraction this analysis made of `text`), index for
   * index. `page` is what the page says about itself (its address, title, `<meta>` tags and the
   * start of its whole text), for the page's own province and date; its tables give a figure in a
   * table cell the column's and the row's indicator, period and place.
   */
  note(text: string, found: Extraction, page: NotePage, signal?: AbortSignal): Promise<FigureNote[]>;
}

/**
 * Messages between the reader and its worker. `note` refers to an earlier `extract` by its id, or,
 * for a text the background extracted before the worker started, carries the text itself.
 */
export type WorkerRequest =
  | { id: number; type: 'extract'; text: string }
  | { id: number; type: 'note'; extractId: number; page: NotePage }
  | { id: number; type: 'note'; text: string; page: NotePage };
/**
 * Answers come in parts, so the page's thread never has to take in one huge message at once:
 * `more` says another part follows.
 */
export type WorkerAnswer = { id: number; ok: true; value: unknown; more: boolean } | { id: number; ok: false; error: string };

/** The worker's first message, once its script runs: request ids start at 1. */
export const READY: WorkerAnswer = { id: 0, ok: true, value: 'ready', more: false };

/**
 * Items per answer part: a part of 1 000 notes (each with its indicator, subject and period) took
 * the page about 15 ms to take in on a quiet machine, several times that on a busy one; a quarter
 * of that leaves room under the 50 ms of a long task.
 */
export const PART = 250;

/**
 * A page text up to this long is also sent to the background, which already carries extraction and
 * is usually running and compiled while the reader browses: its answer marks the page before the
 * page's own worker has started. One chunk of the worker's extraction (`EXTRACT_CHUNKS`), so both
 * find exactly the same items.
 */
export const BACKGROUND_TEXT_MAX = 50_000;

/** How the worker (and the background, for short texts) cuts a text for extraction: in big chunks, since no page waits on their thread. */
export const EXTRACT_CHUNKS = { firstChunk: BACKGROUND_TEXT_MAX, budgetMs: 200 } as const;

/** The worker's second script, attribution and checks, beside its first (`reader-worker.js`). */
export const NOTES_SCRIPT = 'reader-notes.js';
