/**
 * Nothing is lost when something fails: the disk filling up at any single write of any change, the
 * page closing in the middle of one, another Soi page holding the database during an upgrade, the
 * page reader's worker dying mid-pass. After each the notebook is whole, and the reader is told
 * what happened in words (the side panel's notice, the card's clip answer).
 */
import { Dexie } from 'dexie';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problemLines } from '@/entrypoints/sidepanel/notices';
import { READY } from '@/utils/annotation/analysis';
import { inPage } from '@/utils/annotation/analysis-work';
import { workerAnalysis } from '@/utils/annotation/worker-analysis';
import { answerSave } from '@/utils/background/notebook-service';
import { t } from '@/utils/i18n';
import { deleteClip, editClip, restoreClip, saveClip } from '@/utils/notebook/clips';
import { notebookEventMessage, watchNotebook, type NotebookEvent } from '@/utils/notebook/connection';
import { openNotebook, SCHEMA_V1, type NotebookDB } from '@/utils/notebook/db';
import { backup } from '@/utils/notebook/export';
import { importOfficialTable, restoreBackup } from '@/utils/notebook/import';
import { takeOutInterruptedImports } from '@/utils/notebook/import-writing';
import type { Clip } from '@/utils/notebook/types';
import { context, figureDraft, haNam, namDinh, referenceDraft, year } from '../unit/notebook/drafts';
import { countWrites, injectWrites, type Fault } from './inject-faults';

let opened: Dexie[] = [];
function open(name = `faults-${Math.random()}`): NotebookDB {
  const db = openNotebook(name);
  opened.push(db);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const db of opened) {
    db.close();
    await Dexie.delete(db.name);
  }
  opened = [];
});

const dti = context('dti', namDinh, year(2022));
const TABLE = 'Chỉ số,Tỉnh,Kỳ,Giá trị,Loại\nDTI,Nam Định,2022,10,rank\nDTI,Hà Nam,2022,12,rank\nDTI,Nam Định,2023,8,rank\n';

/** A notebook with a little of everything: figures from two sites, a reference and its document, a note. */
async function seeded(name?: string): Promise<{ db: NotebookDB; first: number; backupJson: string }> {
  const db = open(name);
  const { id: first } = await saveClip(
    db,
    figureDraft({ text: 'xếp thứ 10/63', value: 10, figureKind: 'rank', of: 63, attribution: dti, url: 'https://baonamdinh.vn/a' }),
  );
  await saveClip(
    db,
    figureDraft({ text: 'thứ 12/63', value: 12, figureKind: 'rank', of: 63, attribution: context('dti', haNam, year(2022)), url: 'https://hanam.gov.vn/b' }),
  );
  await saveClip(db, referenceDraft());
  await editClip(db, first, { note: 'đối chiếu với báo cáo của Sở', tags: ['dti'] });
  const other = open();
  await saveClip(other, figureDraft({ url: 'https://ictvietnam.vn/c' }));
  const backupJson = await (await backup(other)).text();
  return { db, first, backupJson };
}

async function contents(db: NotebookDB) {
  return { clips: await db.clips.toArray(), pages: await db.pages.toArray(), documents: await db.documents.toArray(), imports: await db.imports.toArray() };
}

/** Each change the reader can make, prepared on a seeded notebook; `run` makes the change. */
const CHANGES: Array<{ name: string; prepare(db: NotebookDB, first: number, backupJson: string): Promise<() => Promise<unknown>> }> = [
  { name: 'clipping a figure', prepare: async (db) => () => saveClip(db, figureDraft({ url: 'https://namdinh.gov.vn/moi' })) },
  {
    name: 'clipping a reference from a new page',
    prepare: async (db) => () => saveClip(db, { ...referenceDraft(), url: 'https://namdinh.gov.vn/khac' }),
  },
  {
    name: 'editing a clip',
    prepare: async (db, first) => () => editClip(db, first, { note: 'sửa', tags: ['dti', 'cchc'], attribution: context('dti', haNam, year(2023)) }),
  },
  { name: 'deleting a clip', prepare: async (db, first) => () => deleteClip(db, first) },
  {
    name: 'undoing a delete',
    prepare: async (db, first) => {
      const removed = (await deleteClip(db, first)) as Clip;
      return () => restoreClip(db, removed);
    },
  },
  { name: 'importing an official table', prepare: async (db) => () => importOfficialTable(db, TABLE, 'dti.csv') },
  {
    name: 'importing an official table a row per batch',
    prepare: async (db) => () => importOfficialTable(db, TABLE, 'dti.csv', Date.now(), { batch: 1 }),
  },
  { name: 'restoring a backup a row per batch', prepare: async (db, _first, backupJson) => () => restoreBackup(db, backupJson, { batch: 1 }) },
  { name: 'restoring a backup', prepare: async (db, _first, backupJson) => () => restoreBackup(db, backupJson) },
];

async function failEachWrite(kind: Fault, change: (typeof CHANGES)[number]) {
  const probe = await seeded();
  const steps = await countWrites(await change.prepare(probe.db, probe.first, probe.backupJson));
  expect(steps).toBeGreaterThan(0);
  for (let at = 1; at <= steps; at++) {
    const name = `faults-${Math.random()}`;
    const { db, first, backupJson } = await seeded(name);
    const run = await change.prepare(db, first, backupJson);
    const before = await contents(db);
    const fault = injectWrites({ kind, at });
    const error = await run().then(
      () => undefined,
      (e: unknown) => e,
    );
    fault.stop();
    expect(error, `${change.name}: write ${at} of ${steps} failed, yet the change reported success`).toBeDefined();
    if (kind === 'quota') {
      expect(problemLines(error), `${change.name}, write ${at}`).toEqual([t('notebookQuotaError')]);
      expect(await contents(db), `${change.name}, write ${at}`).toEqual(before);
    } else {
      // The page is gone; the next side panel to open the notebook finds it as it was.
      db.close();
      const next = open(name);
      await takeOutInterruptedImports(next);
      expect(await contents(next), `${change.name}, write ${at}`).toEqual(before);
    }
  }
}

describe('a full disk at each write step', () => {
  it.each(CHANGES.map((change) => [change.name, change] as const))('%s: nothing half-written, the reader told', async (_, change) => {
    await failEachWrite('quota', change);
  });

  it('answers the card’s clip with the quota message, and keeps nothing', async () => {
    const { db } = await seeded();
    const before = await contents(db);
    const fault = injectWrites({ kind: 'quota', at: 2 });
    const answer = await answerSave(db, figureDraft({ url: 'https://namdinh.gov.vn/moi' }));
    fault.stop();
    expect(answer).toEqual({ ok: false, code: 'quota', error: t('notebookQuotaError') });
    expect(await contents(db)).toEqual(before);
  });
});

describe('the page closed in the middle of a change', () => {
  it.each(CHANGES.map((change) => [change.name, change] as const))('%s: the notebook is as it was', async (_, change) => {
    await failEachWrite('pageClosed', change);
  });
});

describe('an upgrade while another Soi page holds the database', () => {
  it('waits, tells the reader why, and upgrades with nothing lost once the other page lets go', async () => {
    const name = `faults-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('clips').add({
      kind: 'figure',
      text: 'xếp thứ 10/63',
      value: 10,
      figureKind: 'rank',
      attribution: dti,
      indicator: 'dti',
      subject: 'nam-dinh',
      period: '2022',
      sentence: 'Nam Định xếp thứ 10/63.',
      selectors: { quote: { exact: 'xếp thứ 10/63', prefix: '', suffix: '' }, position: { start: 9, end: 22 } },
      url: 'https://baonamdinh.vn/a',
      title: 'DTI',
      site: 'baonamdinh.vn',
      clippedAt: 5,
      note: 'giữ nguyên',
      tags: ['dti'],
    });
    v1.close();
    // An old Soi page that does not close its connection when asked.
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });

    const db = open(name);
    const told: NotebookEvent[] = [];
    watchNotebook(db, (event) => told.push(event));
    const opening = db.open();
    await vi.waitFor(() => expect(told).toContain('blocked'));
    expect(notebookEventMessage('blocked')).toMatch(/trang Soi khác/);
    holder.close();
    await opening;
    expect(db.verno).toBe(openNotebook(`${name}-newest`).verno);
    expect(await db.clips.toArray()).toMatchObject([{ text: 'xếp thứ 10/63', note: 'giữ nguyên', tags: ['dti'] }]);
  });

  it('tells a side panel when another page deletes the notebook under it', async () => {
    const { db } = await seeded();
    const told: NotebookEvent[] = [];
    watchNotebook(db, (event) => told.push(event));
    await Dexie.delete(db.name);
    expect(told).toEqual(['changedElsewhere']);
  });

  it('tells a side panel when the browser closes the database (site data cleared)', async () => {
    const { db } = await seeded();
    const told: NotebookEvent[] = [];
    watchNotebook(db, (event) => told.push(event));
    // fake-indexeddb types its argument as its own database class; the connection is one.
    forceCloseDatabase(db.backendDB() as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await vi.waitFor(() => expect(told).toEqual(['closed']));
    expect(notebookEventMessage('closed')).toMatch(/tải lại/);
  });
});

describe('the page reader’s worker dying mid-pass', () => {
  const SENTENCE = 'Năm 2022, tỉnh Nam Định xếp thứ 10/63 về DTI, đạt 98,65% theo Nghị quyết số 09-NQ/TU ngày 15-10-2021.\n';

  it('finishes the pass on the page’s own thread with the same marks', async () => {
    const text = SENTENCE.repeat(1_000);
    const full = await inPage.extract(text);
    /** Answers the first part of an extraction, then dies as a worker does on an uncaught error. */
    class DyingWorker {
      onmessage: ((event: MessageEvent) => void) | null = null;
      onerror: ((event: { preventDefault(): void }) => void) | null = null;
      constructor() {
        setTimeout(() => this.onmessage?.({ data: READY } as MessageEvent), 0);
      }
      postMessage(request: { id: number }) {
        setTimeout(() => {
          this.onmessage?.({
            data: { id: request.id, ok: true, more: true, value: { figures: full.figures.slice(0, 5), references: [], backrefs: [] } },
          } as MessageEvent);
          setTimeout(() => this.onerror?.({ preventDefault() {} }), 0);
        }, 0);
      }
      terminate() {}
    }
    vi.stubGlobal('fetch', async () => new Response('/* the worker */'));
    vi.stubGlobal('Worker', DyingWorker);
    const analysis = workerAnalysis('chrome-extension://soi/reader-worker.js', async () => inPage);
    const found = await analysis.extract(text);
    expect(found.figures.map((f) => [f.start, f.text])).toEqual(full.figures.map((f) => [f.start, f.text]));
    expect(found.references).toHaveLength(full.references.length);
    analysis.dispose();
  });
});
