/**
 * No edit is lost without the reader knowing: two side panels editing one clip either merge (each
 * changed something else) or the later is refused and told; an Undo cannot bring a clip back
 * into a notebook deleted since; and an old notebook with rows missing optional fields still opens.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import { deleteClip, editClip, restoreClip, saveClip, StaleEditError, UndoExpiredError } from '@/utils/notebook/clips';
import { NOTEBOOK_DB_NAME, openNotebook, SCHEMA_V1, type NotebookDB } from '@/utils/notebook/db';
import type { Clip } from '@/utils/notebook/types';
import { deleteAllMyData } from '@/utils/my-data';
import { context, figureDraft, haNam, namDinh, referenceDraft, year } from './drafts';

let opened: Dexie[] = [];
function open(name = `rev-${Math.random()}`): NotebookDB {
  const db = openNotebook(name);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened) {
    db.close();
    await Dexie.delete(db.name);
  }
  opened = [];
  setLanguage('vi');
});

/** One notebook as two side panels see it: two connections, each with its own copy of the clip. */
async function twoPanels() {
  const name = `rev-${Math.random()}`;
  const first = open(name);
  const second = open(name);
  const { id } = await saveClip(first, figureDraft({ text: 'xếp thứ 10/63', value: 10, figureKind: 'rank', of: 63 }));
  const copyA = (await first.clips.get(id)) as Clip;
  const copyB = (await second.clips.get(id)) as Clip;
  return { first, second, id, copyA, copyB };
}

describe('two side panels editing one clip', () => {
  it('gives each save a new revision, a clip stored without one counting as revision 0', async () => {
    const db = open();
    const { id } = await saveClip(db, figureDraft());
    await db.clips.update(id, { rev: undefined });
    const { clip } = await editClip(db, id, { note: 'một' }, (await db.clips.get(id)) as Clip);
    expect(clip.rev).toBe(1);
    expect((await editClip(db, id, { note: 'hai' }, clip)).clip.rev).toBe(2);
  });

  it('merges edits of different fields, and says so', async () => {
    const { first, second, id, copyA, copyB } = await twoPanels();
    expect((await editClip(first, id, { note: 'Số của Sở KH&ĐT', tags: [], attribution: copyA.attribution }, copyA)).merged).toBe(false);
    const outcome = await editClip(second, id, { note: '', tags: ['dti'], attribution: copyB.attribution }, copyB);
    expect(outcome.merged).toBe(true);
    expect(await first.clips.get(id)).toMatchObject({ note: 'Số của Sở KH&ĐT', tags: ['dti'], rev: 2 });
  });

  it('refuses a save from a stale copy that would overwrite the other panel’s change, and keeps that change', async () => {
    const { first, second, id, copyA, copyB } = await twoPanels();
    await editClip(first, id, { note: 'Số của Sở', attribution: context('dti', haNam, year(2022)) }, copyA);
    const error = await editClip(second, id, { note: 'Số của báo', attribution: copyB.attribution }, copyB).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleEditError);
    expect((error as Error).message).toMatch(/cửa sổ khác/);
    setLanguage('en');
    expect(new StaleEditError(['note']).message).toMatch(/another window/);
    expect(await first.clips.get(id)).toMatchObject({ note: 'Số của Sở', subject: 'ha-nam', rev: 1 });
  });

  it('lets an edit made without a copy (a single field, from the notebook itself) apply to the latest clip', async () => {
    const { first, id, copyA } = await twoPanels();
    await editClip(first, id, { note: 'một' }, copyA);
    await editClip(first, id, { tags: ['dti'] });
    expect(await first.clips.get(id)).toMatchObject({ note: 'một', tags: ['dti'], rev: 2 });
  });
});

describe('a note', () => {
  it('is kept within what a backup may hold, so the notebook always restores from its own backup', async () => {
    const db = open();
    const { id } = await saveClip(db, figureDraft());
    const error = await editClip(db, id, { note: 'x'.repeat(20_000) }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/20\.000.*10\.000/);
    expect((await db.clips.get(id))?.note).toBe('');
  });
});

describe('undo', () => {
  it('puts a deleted clip back', async () => {
    const db = open();
    const { id } = await saveClip(db, figureDraft());
    const removed = (await deleteClip(db, id)) as Clip;
    await restoreClip(db, removed);
    expect((await db.clips.get(id))?.text).toBe('đạt 98,65%');
  });

  it('cannot bring a clip back after Delete all my data', async () => {
    const panel = openNotebook(NOTEBOOK_DB_NAME);
    opened.push(panel);
    const { id } = await saveClip(panel, figureDraft());
    const removed = (await deleteClip(panel, id)) as Clip;
    await deleteAllMyData();
    const error = await restoreClip(panel, removed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UndoExpiredError);
    expect((error as Error).message).toMatch(/đã bị xóa/);
    expect(await panel.clips.count()).toBe(0);
    expect(await panel.pages.count()).toBe(0);
  });
});

describe('opening an old notebook', () => {
  it('upgrades version-1 rows missing optional fields (no tags, no note, no site) and keeps saving', async () => {
    const name = `rev-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const bare = {
      kind: 'figure',
      text: 'xếp thứ 10/63',
      value: 10,
      figureKind: 'rank',
      attribution: context('dti', namDinh, year(2022)),
      indicator: 'dti',
      subject: 'nam-dinh',
      period: '2022',
      sentence: 'Nam Định xếp thứ 10/63.',
      selectors: { quote: { exact: 'xếp thứ 10/63', prefix: '', suffix: '' }, position: { start: 9, end: 22 } },
      url: 'https://www.baonamdinh.vn/a',
      title: 'DTI 2022',
      clippedAt: 5,
    };
    const reference: Record<string, unknown> = { ...referenceDraft(), indicator: 'unknown', subject: 'unknown', period: 'unknown', clippedAt: 6 };
    delete reference.docType;
    await v1.table('clips').bulkAdd([bare, reference]);
    await v1.table('pages').add({ url: bare.url, title: bare.title, firstClippedAt: 5, lastClippedAt: 5 });
    v1.close();

    const db = open(name);
    await db.open();
    const fresh = open(`${name}-fresh`);
    await fresh.open();
    expect(db.verno).toBe(fresh.verno);
    fresh.close();
    const [figure] = await db.clips.orderBy('clippedAt').toArray();
    expect(figure).toMatchObject({ site: 'baonamdinh.vn', tags: [], note: '' });
    expect(await db.clips.where('words').equals('dti').count()).toBe(1);
    expect(await db.documents.count()).toBe(1);
    expect(await db.pages.get(bare.url)).toMatchObject({ site: 'baonamdinh.vn' });
    expect((await saveClip(db, figureDraft())).duplicate).toBe(false);
  });
});
