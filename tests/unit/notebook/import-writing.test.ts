import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { saveClip } from '@/utils/notebook/clips';
import { openNotebook, type NotebookDB } from '@/utils/notebook/db';
import { backup } from '@/utils/notebook/export';
import { importOfficialTable, restoreBackup } from '@/utils/notebook/import';
import { ImportCancelled, takeOutInterruptedImports } from '@/utils/notebook/import-writing';
import { figureDraft } from './drafts';

let db: NotebookDB;
afterEach(async () => {
  Reflect.deleteProperty(navigator, 'locks');
  db.close();
  await Dexie.delete(db.name);
});

async function notebookWithOneClip(): Promise<NotebookDB> {
  db = openNotebook(`w-${Math.random()}`);
  await saveClip(db, figureDraft(), 1);
  return db;
}

/** An official table of `rows` made-up DTI ranks, Nam Định and Hà Nam over the years. */
function table(rows: number): string {
  const lines = ['Chỉ số,Tỉnh,Kỳ,Giá trị,Loại'];
  for (let i = 0; i < rows; i++) lines.push(`DTI,${i % 2 ? 'Hà Nam' : 'Nam Định'},${2000 + Math.floor(i / 2)},${1 + (i % 63)},rank`);
  return lines.join('\n');
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** Stands in for the Web Locks API, with the given locks held by someone else. */
function locksHeld(names: string[]): void {
  Object.defineProperty(navigator, 'locks', {
    configurable: true,
    value: { query: async () => ({ held: names.map((name) => ({ name })) }), request: (_name: string, work: () => Promise<unknown>) => work() },
  });
}

describe('writing a big import', () => {
  it('writes an official table in batches, telling its progress, and keeps every row', async () => {
    await notebookWithOneClip();
    const progress: Array<[number, number]> = [];
    const added = await importOfficialTable(db, table(7), 'bang.csv', 5, { batch: 3, onProgress: (done, total) => progress.push([done, total]) });
    expect(added).toBe(7);
    expect(progress).toEqual([
      [3, 7],
      [6, 7],
      [7, 7],
    ]);
    expect(await db.clips.count()).toBe(8);
    expect(await db.imports.count()).toBe(0);
    expect(await db.pages.get('soi-import:bang.csv')).toMatchObject({ title: 'bang.csv', firstClippedAt: 5 });
    // The same table again adds nothing.
    expect(await importOfficialTable(db, table(7), 'bang.csv', 6, { batch: 3 })).toBe(0);
    expect(await db.clips.count()).toBe(8);
  });

  it('cancelled half-way, leaves the notebook as it was', async () => {
    await notebookWithOneClip();
    const cancel = new AbortController();
    const error = await rejection(
      importOfficialTable(db, table(10), 'bang.csv', 5, { batch: 3, signal: cancel.signal, onProgress: (done) => done >= 6 && cancel.abort() }),
    );
    expect(error).toBeInstanceOf(ImportCancelled);
    expect((await db.clips.toArray()).map((clip) => clip.text)).toEqual(['đạt 98,65%']);
    expect(await db.imports.count()).toBe(0);
    expect(await db.pages.get('soi-import:bang.csv')).toBeUndefined();
  });

  it('takes out an import that a closed side panel left half-written, and leaves one still being written', async () => {
    await notebookWithOneClip();
    await db.imports.bulkAdd([
      { id: 'left', file: 'cu.csv', startedAt: 1 },
      { id: 'running', file: 'moi.csv', startedAt: 2 },
    ]);
    const [base] = await db.clips.toArray();
    await db.clips.bulkAdd([
      { ...base!, id: base!.id + 1, importId: 'left' },
      { ...base!, id: base!.id + 2, importId: 'running' },
    ]);
    locksHeld(['soi-import:running']);
    expect(await takeOutInterruptedImports(db)).toBe(1);
    expect((await db.clips.toArray()).map((clip) => clip.importId)).toEqual([undefined, 'running']);
    expect((await db.imports.toArray()).map((run) => run.id)).toEqual(['running']);
  });

  it('restores a backup in batches; cancelled, the old notebook stays whole', async () => {
    await notebookWithOneClip();
    const saved = await (await backup(db)).text();
    await saveClip(
      db,
      figureDraft({ text: 'đạt 50%', value: 50, selectors: { quote: { exact: 'đạt 50%', prefix: '', suffix: '' }, position: { start: 1, end: 8 } } }),
      2,
    );
    const cancel = new AbortController();
    cancel.abort();
    expect(await rejection(restoreBackup(db, saved, { signal: cancel.signal }))).toBeInstanceOf(ImportCancelled);
    expect(await db.clips.count()).toBe(2);
    const progress: number[] = [];
    expect(await restoreBackup(db, saved, { batch: 1, onProgress: (done) => progress.push(done) })).toBe(1);
    expect(progress).toEqual([1, 2]);
    expect((await db.clips.toArray()).map((clip) => clip.text)).toEqual(['đạt 98,65%']);
  });

  it('a backup whose rows clash half-way leaves the old notebook whole', async () => {
    await notebookWithOneClip();
    const json = JSON.parse(await (await backup(db)).text()) as { data: { data: Array<{ tableName: string; rows: unknown[] }> } };
    const clips = json.data.data.find((t) => t.tableName === 'clips')!;
    clips.rows = [clips.rows[0], clips.rows[0]];
    await saveClip(
      db,
      figureDraft({ text: 'đạt 50%', value: 50, selectors: { quote: { exact: 'đạt 50%', prefix: '', suffix: '' }, position: { start: 1, end: 8 } } }),
      2,
    );
    const progress: number[] = [];
    const error = await rejection(restoreBackup(db, JSON.stringify(json), { batch: 1, onProgress: (done) => progress.push(done) }));
    // The first copy was written, the second refused by IndexedDB: the whole transaction is undone.
    expect(progress).toEqual([1]);
    expect((error as Error).name).toBe('ConstraintError');
    expect((await db.clips.toArray()).map((clip) => clip.text)).toEqual(['đạt 98,65%', 'đạt 50%']);
  });
});
