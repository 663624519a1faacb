import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteClip, editClip, isQuotaError, restoreClip, saveClip } from '@/utils/notebook/clips';
import { openNotebook, SCHEMA_V1, type NotebookDB } from '@/utils/notebook/db';
import { figureDraft, haNam, namDinh, context, referenceDraft, year } from './drafts';

let opened: Dexie[] = [];
let counter = 0;
const freshName = () => `soi-test-${++counter}-${Math.random()}`;
function open(name = freshName()): NotebookDB {
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
});

describe('the notebook database', () => {
  it('stores a clip with its page, and recognises the same figure clipped twice', async () => {
    const db = open();
    const draft = figureDraft();
    const first = await saveClip(db, draft, 1000);
    const second = await saveClip(db, draft, 2000);
    expect(first.duplicate).toBe(false);
    expect(second).toEqual({ id: first.id, duplicate: true });
    expect(await db.clips.count()).toBe(1);
    const clip = await db.clips.get(first.id);
    expect(clip).toMatchObject({ indicator: 'online-records', subject: 'nam-dinh', period: '2023', site: 'namdinh.gov.vn', note: '', tags: [] });
    expect(clip?.words).toEqual(expect.arrayContaining(['dat', '98', '65', 'nam', 'dinh']));
    expect(await db.pages.get(draft.url)).toMatchObject({ firstClippedAt: 1000, lastClippedAt: 1000 });
  });

  it('keeps the same words at another place of the same page as a separate clip', async () => {
    const db = open();
    await saveClip(db, figureDraft({ selectors: { quote: { exact: 'đạt 98,65%', prefix: '', suffix: '' }, position: { start: 5, end: 15 } } }));
    await saveClip(db, figureDraft({ selectors: { quote: { exact: 'đạt 98,65%', prefix: '', suffix: '' }, position: { start: 505, end: 515 } } }));
    expect(await db.clips.count()).toBe(2);
  });

  it('records documents seen on pages when a reference is clipped', async () => {
    const db = open();
    await saveClip(db, referenceDraft());
    expect(await db.documents.where('symbol').equals('09-NQ/TU').toArray()).toMatchObject([
      { url: 'https://namdinh.gov.vn/chuyen-doi-so', date: '2021-10-15' },
    ]);
  });

  it('leaves nothing half-written when the disk is full', async () => {
    const db = open();
    vi.spyOn(db.pages, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const error = await saveClip(db, figureDraft()).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(await db.clips.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
  });

  it('lets the analyst correct attribution, note and tags, and finds the clip by its new words', async () => {
    const db = open();
    const { id } = await saveClip(db, figureDraft());
    await editClip(db, id, { note: 'Số liệu của Sở', tags: [' dti ', 'dti', ''], attribution: context('dti', haNam, year(2022)) });
    const clip = await db.clips.get(id);
    expect(clip).toMatchObject({ indicator: 'dti', subject: 'ha-nam', period: '2022', tags: ['dti'], note: 'Số liệu của Sở' });
    expect(await db.clips.where('words').equals('so').primaryKeys()).toEqual([id]);
    expect(await db.clips.where('[indicator+subject+period]').equals(['dti', 'ha-nam', '2022']).count()).toBe(1);
  });

  it('undoes a delete with the same id', async () => {
    const db = open();
    const { id } = await saveClip(db, figureDraft());
    const removed = await deleteClip(db, id);
    expect(await db.clips.count()).toBe(0);
    await restoreClip(db, removed!);
    expect((await db.clips.get(id))?.text).toBe('đạt 98,65%');
  });

  it('opens a version-1 notebook under the newest version with every clip searchable, filterable by province, and documents filled in', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const figure = {
      kind: 'figure',
      text: 'xếp thứ 10/63',
      value: 10,
      of: 63,
      figureKind: 'rank',
      attribution: context('dti', namDinh, year(2022)),
      indicator: 'dti',
      subject: 'nam-dinh',
      period: '2022',
      sentence: 'Nam Định xếp thứ 10/63 về DTI.',
      selectors: { quote: { exact: 'xếp thứ 10/63', prefix: '', suffix: '' }, position: { start: 9, end: 22 } },
      url: 'https://www.baonamdinh.vn/a',
      title: 'DTI 2022',
      site: 'www.baonamdinh.vn',
      clippedAt: 5,
      note: 'đối chiếu',
      tags: ['dti'],
    };
    const reference = { ...referenceDraft(), indicator: 'unknown', subject: 'unknown', period: 'unknown', clippedAt: 6, note: '', tags: [] };
    await v1.table('clips').bulkAdd([figure, reference]);
    await v1.table('pages').add({ url: figure.url, title: figure.title, site: 'www.baonamdinh.vn', firstClippedAt: 5, lastClippedAt: 5 });
    v1.close();

    const db = open(name);
    await db.open();
    expect(db.verno).toBe(4);
    const clips = await db.clips.orderBy('clippedAt').toArray();
    expect(clips.map((c) => c.text)).toEqual(['xếp thứ 10/63', 'Nghị quyết số 09-NQ/TU ngày 15-10-2021']);
    expect(clips[0]).toMatchObject({ site: 'baonamdinh.vn', note: 'đối chiếu', value: 10, of: 63 });
    expect(await db.clips.where('words').equals('chieu').primaryKeys()).toEqual([clips[0]!.id]);
    expect(await db.clips.where('subject').equals('nam-dinh').primaryKeys()).toEqual([clips[0]!.id]);
    expect(await db.documents.toArray()).toMatchObject([{ symbol: '09-NQ/TU', url: 'https://namdinh.gov.vn/chuyen-doi-so' }]);
    expect(await db.pages.get(figure.url)).toMatchObject({ site: 'baonamdinh.vn' });
    expect(await db.gridEntries.toArray()).toMatchObject([
      { id: clips[0]!.id, indicator: 'dti', subject: 'nam-dinh', period: '2022', text: 'xếp thứ 10/63', site: 'baonamdinh.vn' },
    ]);
  });
});
