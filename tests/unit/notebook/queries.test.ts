import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Subject } from '@/utils/attribution/types';
import { editClip, saveClip } from '@/utils/notebook/clips';
import { openNotebook, type NotebookDB } from '@/utils/notebook/db';
import { clipFacets, clipIndicators, clipsAt, countClips, findClips, gridEntries, matchingIds } from '@/utils/notebook/queries';
import { context, figureDraft, haNam, namDinh, referenceDraft, year } from './drafts';

const hanoi: Subject = { id: 'ha-noi', name: 'Hà Nội', map: 63 };
let db: NotebookDB;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function seed(): Promise<number[]> {
  db = openNotebook(`q-${Math.random()}`);
  const ids: number[] = [];
  const add = async (overrides: Parameters<typeof figureDraft>[0], at: number) => ids.push((await saveClip(db, figureDraft(overrides), at)).id);
  await add({ text: 'xếp thứ 10/63', value: 10, figureKind: 'rank', attribution: context('dti', namDinh, year(2022)), url: 'https://baonamdinh.vn/a' }, 1);
  await add({ text: 'xếp thứ 20/63', value: 20, figureKind: 'rank', attribution: context('dti', haNam, year(2022)), url: 'https://hanam.gov.vn/b' }, 2);
  await add({ text: 'đạt 95%', value: 95, attribution: context('online-records', hanoi, year(2023)), url: 'https://hanoimoi.vn/c' }, 3);
  ids.push((await saveClip(db, referenceDraft(), 4)).id);
  await editClip(db, ids[0]!, { tags: ['dti'], note: 'đối chiếu Sở' });
  return ids;
}

describe('what the side panel asks of the notebook', () => {
  it('lists the newest clips first and counts them all', async () => {
    const ids = await seed();
    const page = await findClips(db, {}, 2);
    expect(page.clips.map((c) => c.id)).toEqual([ids[3], ids[2]]);
    expect(page.total).toBe(4);
  });

  it('pages through the list newest first, whole or filtered, reading only the rows asked for', async () => {
    const ids = await seed();
    expect((await clipsAt(db, undefined, 1, 2)).map((c) => c.id)).toEqual([ids[2], ids[1]]);
    expect((await clipsAt(db, undefined, 3, 10)).map((c) => c.id)).toEqual([ids[0]]);
    const dti = await matchingIds(db, { indicator: 'dti' });
    expect(dti).toEqual({ total: 2, ids: [ids[1], ids[0]] });
    expect((await clipsAt(db, dti.ids, 1, 1)).map((c) => c.id)).toEqual([ids[0]]);
  });

  it('finds clips by words typed without diacritics, across text, names, site and note', async () => {
    const ids = await seed();
    expect((await findClips(db, { search: 'nam dinh' })).clips.map((c) => c.id)).toEqual([ids[0]]);
    expect((await findClips(db, { search: 'doi chieu' })).clips.map((c) => c.id)).toEqual([ids[0]]);
    expect((await findClips(db, { search: 'hanoimoi' })).clips.map((c) => c.id)).toEqual([ids[2]]);
    expect((await findClips(db, { search: 'Hà Nội 95' })).total).toBe(1);
    expect((await findClips(db, { search: 'không có' })).total).toBe(0);
  });

  it('filters by indicator, period, site and tag', async () => {
    const ids = await seed();
    expect((await findClips(db, { indicator: 'dti' })).clips.map((c) => c.id)).toEqual([ids[1], ids[0]]);
    expect((await findClips(db, { period: '2023' })).clips.map((c) => c.id)).toEqual([ids[2]]);
    expect((await findClips(db, { site: 'hanam.gov.vn' })).clips.map((c) => c.id)).toEqual([ids[1]]);
    expect((await findClips(db, { tag: 'dti', indicator: 'dti' })).clips.map((c) => c.id)).toEqual([ids[0]]);
  });

  it('filters by a province on either map: the new Ninh Bình takes in Nam Định and Hà Nam', async () => {
    const ids = await seed();
    expect((await findClips(db, { province: 'nam-dinh' })).clips.map((c) => c.id)).toEqual([ids[0]]);
    expect((await findClips(db, { province: 'ninh-binh-2025' })).clips.map((c) => c.id)).toEqual([ids[1], ids[0]]);
    expect((await findClips(db, { province: 'ninh-binh-2025', period: '2023' })).total).toBe(0);
  });

  it('counts the clips slice by slice, across the gaps deleted clips leave, and stops when no one waits for the count', async () => {
    const ids = await seed();
    expect(await countClips(db, undefined, 2)).toBe(4);
    await db.clips.delete(ids[1]!);
    expect(await countClips(db, undefined, 1)).toBe(3);
    expect(await countClips(db)).toBe(3);
    const gone = new AbortController();
    gone.abort();
    expect(await countClips(db, gone.signal, 1)).toBeUndefined();
    await db.clips.clear();
    expect(await countClips(db)).toBe(0);
  });

  it('offers filter values from what the notebook holds', async () => {
    await seed();
    const facets = await clipFacets(db);
    expect(facets.indicators.map((i) => i.id).sort()).toEqual(['dti', 'online-records']);
    expect(facets.sites).toEqual(['baonamdinh.vn', 'hanam.gov.vn', 'hanoimoi.vn', 'namdinh.gov.vn']);
    expect(facets.tags).toEqual(['dti']);
    await editClip(db, (await db.clips.toCollection().primaryKeys())[2]!, { tags: ['2023', 'dti', 'xem lại'] });
    expect((await clipFacets(db)).tags).toEqual(['2023', 'dti', 'xem lại']);
  });

  it("offers the Compare tab's indicator menu on its own, the same indicators in the same order", async () => {
    await seed();
    expect(await clipIndicators(db)).toEqual((await clipFacets(db)).indicators);
  });

  it('gives the grid only figures placed on all three axes, by indicator', async () => {
    const ids = await seed();
    expect((await db.gridEntries.toCollection().primaryKeys()).sort()).toEqual([ids[0], ids[1], ids[2]].sort());
    expect((await gridEntries(db, 'dti')).map((entry) => entry.id).sort()).toEqual([ids[0], ids[1]].sort());
  });
});
