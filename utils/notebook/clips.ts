/**
 * Writing to the notebook. Each change is one transaction over every table it touches, so a full
 * disk or a crash leaves the notebook as it was before, never half-written.
 */
import type { FigureContext } from '../attribution/types';
import type { ClipDraft } from '../messaging';
import type { NotebookDB } from './db';
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
    const existing = await db.clips.where('url').equals(draft.url).filter((clip) => sameSpot(clip, draft)).first();
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

export async function editClip(db: NotebookDB, id: number, edit: ClipEdit): Promise<Clip> {
  return db.transaction('rw', db.clips, async () => {
    const clip = await db.clips.get(id);
    if (!clip) throw new Error(`clip ${id} is no longer in the notebook`);
    const next: Clip = { ...clip };
    if (edit.note !== undefined) next.note = edit.note;
    if (edit.tags !== undefined) next.tags = cleanTags(edit.tags);
    if (edit.attribution) Object.assign(next, { attribution: edit.attribution }, attributionKeys(edit.attribution));
    next.words = clipWords(next);
    await db.clips.put(next);
    return next;
  });
}

/** Removes a clip and hands it back, so the side panel can offer to undo. */
export async function deleteClip(db: NotebookDB, id: number): Promise<Clip | undefined> {
  return db.transaction('rw', db.clips, async () => {
    const clip = await db.clips.get(id);
    if (clip) await db.clips.delete(id);
    return clip;
  });
}

/** Puts a deleted clip back under its old id. */
export async function restoreClip(db: NotebookDB, clip: Clip): Promise<void> {
  await db.clips.put(clip);
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
