/**
 * Writing to the notebook. Each change is one transaction over every table it touches, so a full
 * disk or a crash leaves the notebook as it was before, never half-written.
 */
import type { FigureContext } from '../attribution/types';
import { t } from '../i18n';
import type { ClipDraft } from '../messages/schemas';
import type { NotebookDB } from './db';
import { count, IMPORT_LIMITS } from './import-limits';
import { UNKNOWN, type Clip, type DocumentSeen } from './types';
import { clipWords, siteOf } from './words';

/** The flat index keys of an attribution (`unknown` where Soi could not tell). */
export function attributionKeys(attribution: FigureContext): Pick<Clip, 'indicator' | 'subject' | 'period'> {
  return {
    indicator: attribution.indicator === UNKNOWN ? UNKNOWN : attribution.indicator.id,
    subject: attribution.subject === UNKNOWN ? UNKNOWN : attribution.subject.id,
    period: attribution.period === UNKNOWN ? UNKNOWN : attribution.period.key,
  };
}

/** A clip as it will be stored, before IndexedDB gives it an id. */
export function clipFromDraft(draft: ClipDraft, clippedAt: number): Omit<Clip, 'id'> {
  const site = siteOf(draft.url, draft.site);
  const base = {
    ...draft,
    ...attributionKeys(draft.attribution),
    site,
    clippedAt,
    note: '',
    tags: [] as string[],
  };
  return { ...base, words: clipWords(base) } as Omit<Clip, 'id'>;
}

/** Same page, same place, same words: the reader clipped this one already. */
function sameSpot(clip: Clip, draft: ClipDraft): boolean {
  return (
    clip.selectors.position.start === draft.selectors.position.start &&
    clip.selectors.position.end === draft.selectors.position.end &&
    clip.selectors.quote.exact === draft.selectors.quote.exact
  );
}

export interface SaveResult {
  id: number;
  duplicate: boolean;
}

/** Keeps a clip, its page and (for a reference) the document; a figure clipped twice is not stored twice. */
export async function saveClip(db: NotebookDB, draft: ClipDraft, now = Date.now()): Promise<SaveResult> {
  return db.transaction('rw', db.clips, db.pages, db.documents, async () => {
    const existing = await db.clips
      .where('url')
      .equals(draft.url)
      .filter((clip) => sameSpot(clip, draft))
      .first();
    if (existing) return { id: existing.id, duplicate: true };
    const clip = clipFromDraft(draft, now);
    const id = await db.clips.add(clip as Clip);
    const page = await db.pages.get(draft.url);
    await db.pages.put({
      url: draft.url,
      title: draft.title,
      site: clip.site,
      publishedAt: draft.publishedAt,
      firstClippedAt: page?.firstClippedAt ?? now,
      lastClippedAt: now,
    });
    if (draft.kind === 'reference') {
      const known = await db.documents.where('[symbol+url]').equals([draft.symbol, draft.url]).first();
      if (!known) {
        const document: Omit<DocumentSeen, 'id'> = {
          symbol: draft.symbol,
          docType: draft.docType,
          issuer: draft.issuer,
          date: draft.date,
          url: draft.url,
          title: draft.title,
          site: clip.site,
          seenAt: now,
        };
        await db.documents.add(document as DocumentSeen);
      }
    }
    return { id, duplicate: false };
  });
}

/** What the analyst may change on a clip: their note and tags, and what Soi guessed it is about. */
export interface ClipEdit {
  note?: string;
  tags?: string[];
  attribution?: FigureContext;
}

/** Tags as the analyst means them: trimmed, no empties, no repeats. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter(Boolean))];
}

/** A clip's revision; clips kept before revisions count as 0. */
export function revisionOf(clip: Pick<Clip, 'rev'>): number {
  return clip.rev ?? 0;
}

/** A save from an outdated copy of a clip that would overwrite what was changed since (another window). */
export class StaleEditError extends Error {
  constructor(readonly fields: readonly (keyof ClipEdit)[]) {
    super(t('clipEditStale'));
  }
}

/** An undo asked for after the notebook it belonged to was deleted (Delete all my data) or replaced. */
export class UndoExpiredError extends Error {
  constructor() {
    super(t('clipUndoExpired'));
  }
}

export interface EditOutcome {
  clip: Clip;
  /** Someone else changed other fields of the clip since the copy was taken; both changes are kept. */
  merged: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies the analyst's edit. With `copy`, the clip as the editor showed it: if the clip has changed
 * since (another side panel saved), each field is merged three ways, and a field both changed
 * differently refuses the whole save (StaleEditError, nothing written), so no edit is lost unseen.
 */
export async function editClip(db: NotebookDB, id: number, edit: ClipEdit, copy?: Clip): Promise<EditOutcome> {
  return db.transaction('rw', db.clips, async () => {
    const clip = await db.clips.get(id);
    if (!clip) throw new Error(t('notebookClipGone'));
    // Bounded as a backup's texts are, so the notebook can always be restored from its own backup.
    if (edit.note !== undefined && edit.note.length > IMPORT_LIMITS.textLength) {
      throw new Error(t('clipNoteTooLong', { length: count(edit.note.length), limit: count(IMPORT_LIMITS.textLength) }));
    }
    const wanted: ClipEdit = { ...edit, ...(edit.tags !== undefined ? { tags: cleanTags(edit.tags) } : {}) };
    const stale = copy !== undefined && revisionOf(copy) !== revisionOf(clip);
    const conflicts: (keyof ClipEdit)[] = [];
    const next: Clip = { ...clip };
    for (const field of ['note', 'tags', 'attribution'] as const) {
      const value = wanted[field];
      if (value === undefined) continue;
      if (stale && copy) {
        // The editor left it as it was: whatever is stored now stands.
        if (same(value, copy[field])) continue;
        // Changed here and, differently, elsewhere since the copy was taken.
        if (!same(clip[field], copy[field]) && !same(clip[field], value)) {
          conflicts.push(field);
          continue;
        }
      }
      if (field === 'attribution') Object.assign(next, { attribution: value }, attributionKeys(value as FigureContext));
      else Object.assign(next, { [field]: value });
    }
    if (conflicts.length) throw new StaleEditError(conflicts);
    next.words = clipWords(next);
    next.rev = revisionOf(clip) + 1;
    await db.clips.put(next);
    return { clip: next, merged: stale };
  });
}

/**
 * Which notebook each deleted clip came from: the database connection open when it was deleted.
 * "Delete all my data" in another Soi page deletes the database, which closes that connection; a
 * later undo would reopen a fresh, empty notebook and bring the clip back into it.
 */
const deletedFrom = new WeakMap<Clip, IDBDatabase>();

/** Removes a clip and hands it back, so the side panel can offer to undo. */
export async function deleteClip(db: NotebookDB, id: number): Promise<Clip | undefined> {
  return db.transaction('rw', db.clips, async () => {
    const clip = await db.clips.get(id);
    if (clip) {
      await db.clips.delete(id);
      deletedFrom.set(clip, db.backendDB());
    }
    return clip;
  });
}

/** Puts a deleted clip back under its old id, unless the notebook it was deleted from is gone since. */
export async function restoreClip(db: NotebookDB, clip: Clip): Promise<void> {
  await db.transaction('rw', db.clips, async () => {
    const from = deletedFrom.get(clip);
    if (from !== undefined && from !== db.backendDB()) throw new UndoExpiredError();
    await db.clips.add({ ...clip, rev: revisionOf(clip) + 1 });
  });
}

/** Whether an error is the browser refusing to store more. Dexie wraps the DOMException. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { inner?: unknown }).inner) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
  }
  return false;
}

/** Asks the browser not to evict the notebook under storage pressure; true when granted. */
export async function requestPersistence(storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined): Promise<boolean> {
  if (!storage) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}
