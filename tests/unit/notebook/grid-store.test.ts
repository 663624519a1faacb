/** The grid's own store: filled from a version-3 notebook on upgrade, and kept in step with every write to clips. */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Subject } from '@/utils/attribution/types';
import { problemLines } from '@/entrypoints/sidepanel/notices';
import { clipFromDraft, deleteClip, editClip, isQuotaError, restoreClip, saveClip } from '@/utils/notebook/clips';
import { openNotebook, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, type NotebookDB } from '@/utils/notebook/db';
import { backup } from '@/utils/notebook/export';
import { buildGrid, gridView } from '@/utils/notebook/grid';
import { importOfficialTable, restoreBackup } from '@/utils/notebook/import';
import { indicatorGridView } from '@/utils/notebook/panel-worker';
import type { Clip } from '@/utils/notebook/types';
import { DEFAULT_TOLERANCES } from '@/utils/settings';
import { context, figureDraft, haNam, namDinh, referenceDraft, year } from './drafts';

const ninhBinh2025: Subject = { id: 'ninh-binh-2025', name: 'Ninh Bình', map: 34 };
const request = (indicator: string, map: 63 | 34 = 63) => ({ indicator, options: { map, tolerances: DEFAULT_TOLERANCES }, shownSources: 2 });

let opened: Dexie[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened) {
    db.close();
    await Dexie.delete(db.name);
  }
  opened = [];
});

function open(name: string): NotebookDB {
  const db = openNotebook(name);
  opened.push(db);
  return db;
}

/** A notebook as version 3 of Soi kept it: clips of two indicators, a goal, a reference and a figure Soi could not place. */
async function versionThreeNotebook(name: string): Promise<Clip[]> {
  const v3 = new Dexie(name);
  opened.push(v3);
  v3.version(1).stores(SCHEMA_V1);
  v3.version(2).stores(SCHEMA_V2);
  v3.version(3).stores(SCHEMA_V3);
  const drafts = [
    figureDraft({ text: 'xếp thứ 10/63', value: 10, figureKind: 'rank', of: 63, attribution: context('dti', namDinh, year(2022)) }),
    figureDraft({
      text: 'đứng thứ 12/63',
      value: 12,
      figureKind: 'rank',
      of: 63,
      attribution: context('dti', namDinh, year(2022)),
      url: 'https://baonamdinh.vn/b',
    }),
    figureDraft({ text: 'xếp thứ 20/63', value: 20, figureKind: 'rank', of: 63, attribution: context('dti', haNam, year(2023)) }),
    figureDraft({ text: 'thứ 5/34', value: 5, figureKind: 'rank', of: 34, attribution: context('dti', ninhBinh2025, year(2025)) }),
    figureDraft({ text: 'phấn đấu đạt 99%', value: 99, attribution: { ...context('online-records', namDinh, year(2023)), target: true } }),
    figureDraft({ text: 'trên 95%', value: 95, qualifier: 'trên', attribution: context('online-records', namDinh, year(2023)) }),
    figureDraft({ text: 'đạt 80%', value: 80, attribution: { indicator: 'unknown', subject: namDinh, period: year(2023) } }),
    referenceDraft(),
  ];
  await v3.table('clips').bulkAdd(drafts.map((draft, i) => clipFromDraft(draft, 1_000 + i)));
  const clips = await v3.table<Clip, number>('clips').toArray();
  v3.close();
  return clips;
}

describe("the grid's own store", () => {
  it('is filled when a version-3 notebook opens: nothing lost, and every grid the same as built from the clips', async () => {
    const name = `grid-store-${Math.random()}`;
    const before = await versionThreeNotebook(name);
    const db = open(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.clips.toArray()).toEqual(before);
    expect((await db.gridEntries.toCollection().primaryKeys()).length).toBe(6);
    for (const map of [63, 34] as const) {
      for (const indicator of ['dti', 'online-records']) {
        const expected = buildGrid(before, request(indicator, map).options).find((grid) => grid.indicator.id === indicator);
        // Named as the indicator menu names it: from the data file.
        expect(await indicatorGridView(db, request(indicator, map))).toEqual({
          ...gridView(expected!, 2),
          indicator: expect.objectContaining({ id: indicator }),
        });
      }
    }
    const dti = await indicatorGridView(db, request('dti'));
    expect(dti?.conflicts).toBe(1);
    expect(dti?.rows.map((row) => row.place.name)).toEqual(['Hà Nam', 'Nam Định', 'Ninh Bình']);
  });

  it('leaves a version-3 notebook as it was when the disk fills during the upgrade, and says the disk is full', async () => {
    const name = `grid-store-${Math.random()}`;
    const before = await versionThreeNotebook(name);
    const db = open(name);
    const bulkAdd = db.Table.prototype.bulkAdd;
    vi.spyOn(db.Table.prototype, 'bulkAdd').mockImplementation(function (this: Dexie.Table, ...args: Parameters<typeof bulkAdd>) {
      if (this.name === 'gridEntries') return Dexie.Promise.reject(new DOMException('full', 'QuotaExceededError'));
      return bulkAdd.apply(this, args);
    });
    const error = await db.open().catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(problemLines(error).join(' ')).toMatch(/chưa chuyển được sổ tay sang phiên bản mới\. Sổ tay vẫn nguyên như cũ, không mất gì/);
    db.close();
    vi.restoreAllMocks();

    const kept = new Dexie(name);
    opened.push(kept);
    await kept.open();
    expect(kept.verno).toBe(3);
    expect(await kept.table('clips').toArray()).toEqual(before);
    kept.close();
    const again = open(name);
    expect(await again.gridEntries.count()).toBe(6);
  });

  it('follows every save, edit, delete and undo of a clip', async () => {
    const db = open(`grid-store-${Math.random()}`);
    const { id } = await saveClip(db, figureDraft());
    expect(await db.gridEntries.get(id)).toMatchObject({
      indicator: 'online-records',
      subject: 'nam-dinh',
      period: '2023',
      text: 'đạt 98,65%',
      site: 'namdinh.gov.vn',
    });
    await saveClip(db, referenceDraft());
    expect(await db.gridEntries.count()).toBe(1);

    await editClip(db, id, { attribution: context('dti', haNam, year(2022)) });
    expect(await db.gridEntries.where('[indicator+subject+period]').equals(['dti', 'ha-nam', '2022']).primaryKeys()).toEqual([id]);
    await editClip(db, id, { attribution: { indicator: 'unknown', subject: haNam, period: year(2022) } });
    expect(await db.gridEntries.get(id)).toBeUndefined();
    await editClip(db, id, { attribution: context('dti', haNam, year(2022)) });

    const removed = await deleteClip(db, id);
    expect(await db.gridEntries.count()).toBe(0);
    await restoreClip(db, removed!);
    expect((await db.gridEntries.get(id))?.indicator).toBe('dti');
    await db.clips.clear();
    expect(await db.gridEntries.count()).toBe(0);
  });

  it('writes nothing for the grid when the clip it goes with fails to save', async () => {
    const db = open(`grid-store-${Math.random()}`);
    vi.spyOn(db.pages, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    expect(isQuotaError(await saveClip(db, figureDraft()).catch((e: unknown) => e))).toBe(true);
    expect(await db.clips.count()).toBe(0);
    expect(await db.gridEntries.count()).toBe(0);
  });

  it("follows an official table's import, and a backup restored over the notebook", async () => {
    const db = open(`grid-store-${Math.random()}`);
    await saveClip(db, figureDraft());
    const count = await importOfficialTable(db, 'Chỉ số,Tỉnh,Kỳ,Giá trị\nDTI,Nam Định,2022,66.5\nDTI,Hà Nam,2022,68\n', 'dti.csv', 5_000);
    expect(count).toBe(2);
    expect((await indicatorGridView(db, request('dti')))?.rows.map((row) => row.place.name)).toEqual(['Hà Nam', 'Nam Định']);

    const saved = await (await backup(db)).text();
    expect(JSON.parse(saved).data.data.map((table: { tableName: string }) => table.tableName)).not.toContain('gridEntries');
    await db.clips.clear();
    await restoreBackup(db, saved);
    expect(await db.gridEntries.count()).toBe(3);
    expect((await indicatorGridView(db, request('dti')))?.rows).toHaveLength(2);
  });

  it('loses nothing when the disk fills half-way through an import, and says the disk is full', async () => {
    const db = open(`grid-store-${Math.random()}`);
    await saveClip(db, figureDraft());
    const rows = Array.from({ length: 30 }, (_, i) => `DTI,Nam Định,${1990 + i},${60 + i}`);
    const put = IDBObjectStore.prototype.put;
    let batches = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'gridEntries' && (args[0] as { period: string }).period === '2010' && ++batches) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const error = await importOfficialTable(db, ['Chỉ số,Tỉnh,Kỳ,Giá trị', ...rows].join('\n'), 'dti.csv', 5_000, { batch: 10 }).catch((e: unknown) => e);
    expect(batches).toBe(1);
    expect(isQuotaError(error)).toBe(true);
    expect(problemLines(error)).toEqual([expect.stringMatching(/^Bộ nhớ của trình duyệt đã đầy nên số liệu chưa được lưu \(không có gì bị ghi dở\)/)]);
    expect(await db.clips.count()).toBe(1);
    expect(await db.gridEntries.count()).toBe(1);
    expect(await db.imports.count()).toBe(0);
  });
});
