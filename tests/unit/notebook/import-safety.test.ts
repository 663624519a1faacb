/**
 * A file brought into the notebook can touch nothing but the notebook: a crafted backup or table
 * must not reach the page's own objects, slip past the table check, or fill the disk, and a refused
 * file names its first problems and leaves the notebook exactly as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import { saveClip } from '@/utils/notebook/clips';
import { backup } from '@/utils/notebook/export';
import { importOfficialTable, restoreBackup } from '@/utils/notebook/import';
import { IMPORT_LIMITS, ImportError, checkImportFile } from '@/utils/notebook/import-limits';
import { figureDraft } from './drafts';
import { importErrorOf as errorOf, scratchNotebooks } from './scratch-notebooks';

const open = scratchNotebooks('safety');

// Should a test fail the way the reported attack succeeded, put the built-ins back for the next tests.
const builtIns = [
  [Array.prototype, 'includes'],
  [Object.prototype, 'hasOwnProperty'],
  [Object.prototype, 'toString'],
] as const;
const saved = builtIns.map(([target, key]) => [target, key, Object.getOwnPropertyDescriptor(target, key)] as const);

afterEach(() => {
  for (const [target, key, descriptor] of saved) if (descriptor) Object.defineProperty(target, key, descriptor);
  for (const key of ['polluted', 'push']) delete (Object.prototype as Record<string, unknown>)[key];
  setLanguage('vi');
});

/** A notebook with one clip, and what it holds, to prove a refused file changed nothing. */
async function notebookWithOneClip() {
  const db = open();
  await saveClip(db, figureDraft({ text: 'xếp thứ 10/63', value: 10, figureKind: 'rank', of: 63 }));
  const before = { clips: await db.clips.toArray(), pages: await db.pages.toArray(), documents: await db.documents.toArray() };
  const unchanged = async () => {
    expect(await db.clips.toArray()).toEqual(before.clips);
    expect(await db.pages.toArray()).toEqual(before.pages);
    expect(await db.documents.toArray()).toEqual(before.documents);
  };
  return { db, unchanged };
}

/** One valid stored clip, written the way dexie-export-import writes a row. */
function clipRow(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'figure',
    text: 'đạt 98,65%',
    value: 98.65,
    figureKind: 'percent',
    attribution: { indicator: 'unknown', subject: 'unknown', period: 'unknown' },
    sentence: 'Tỷ lệ đạt 98,65%.',
    selectors: { quote: { exact: 'đạt 98,65%', prefix: '', suffix: '' }, position: { start: 0, end: 10 } },
    url: 'https://namdinh.gov.vn/a',
    title: 'Bài',
    site: 'namdinh.gov.vn',
    clippedAt: 1,
    note: '',
    tags: [],
    id: 1,
    ...extra,
  };
}

function backupOf(tables: Array<{ tableName: string; rows: unknown[] }>): string {
  return JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'soi-notebook', databaseVersion: 2, tables: [], data: tables } });
}

describe('a crafted JSON backup', () => {
  it('cannot delete built-ins through type annotations that walk into __proto__ (the reported < 1 kB attack)', async () => {
    const { db, unchanged } = await notebookWithOneClip();
    const attack = backupOf([
      { tableName: 'clips', rows: [clipRow({ $types: { 'tags.__proto__.includes': 'undef', 'attribution.__proto__.hasOwnProperty': 'undef' } })] },
    ]);
    expect(attack.length).toBeLessThan(1024);
    const error = await errorOf(restoreBackup(db, attack));
    expect(typeof Array.prototype.includes).toBe('function');
    expect(typeof Object.prototype.hasOwnProperty).toBe('function');
    expect(error.problems.join('\n')).toMatch(/clips.*1.*__proto__/);
    await unchanged();
  });

  it.each(['constructor.prototype.toString', 'attribution.constructor', 'selectors.quote.prototype', '', 'nosuchfield.x', 'note.length'])(
    'refuses the type annotation path "%s"',
    async (path) => {
      const { db, unchanged } = await notebookWithOneClip();
      await errorOf(restoreBackup(db, backupOf([{ tableName: 'clips', rows: [clipRow({ $types: { [path]: 'undef' } })] }])));
      expect(typeof Object.prototype.toString).toBe('function');
      await unchanged();
    },
  );

  it('refuses a type it does not know rather than leaving it for later code', async () => {
    const { db, unchanged } = await notebookWithOneClip();
    await errorOf(restoreBackup(db, backupOf([{ tableName: 'clips', rows: [clipRow({ $types: { note: 'date' } })] }])));
    await unchanged();
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype'])('refuses a table named "%s"', async (tableName) => {
    const { db, unchanged } = await notebookWithOneClip();
    const error = await errorOf(
      restoreBackup(
        db,
        backupOf([
          { tableName: 'clips', rows: [clipRow()] },
          { tableName, rows: [{ polluted: true }] },
        ]),
      ),
    );
    expect(error.problems.join('\n')).toContain(tableName);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await unchanged();
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key "%s" wherever it appears', async (key) => {
    const { db, unchanged } = await notebookWithOneClip();
    const row = JSON.parse(`{"attribution":{"indicator":"unknown","subject":"unknown","period":"unknown","${key}":{"polluted":true}}}`);
    const error = await errorOf(restoreBackup(db, backupOf([{ tableName: 'clips', rows: [clipRow(row)] }])));
    expect(error.problems.join('\n')).toContain(key);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await unchanged();
  });

  it('refuses the key "__proto__" at the top of the file too', async () => {
    const { db, unchanged } = await notebookWithOneClip();
    const json = backupOf([{ tableName: 'clips', rows: [clipRow()] }]).replace('{"formatName"', '{"__proto__":{"polluted":true},"formatName"');
    await errorOf(restoreBackup(db, json));
    await unchanged();
  });

  it('refuses a 20 MB note, saying which field is too long', { timeout: 30_000 }, async () => {
    const { db, unchanged } = await notebookWithOneClip();
    const error = await errorOf(restoreBackup(db, backupOf([{ tableName: 'clips', rows: [clipRow({ note: 'x'.repeat(20_000_000) })] }])));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/clips, bản ghi 1: note: .*20\.000\.000.*10\.000/);
    await unchanged();
  });

  it('refuses nesting deeper than any Soi record', async () => {
    const { db, unchanged } = await notebookWithOneClip();
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const json = backupOf([{ tableName: 'clips', rows: [clipRow()] }]).replace('"tags":[]', `"tags":${deep}`);
    const error = await errorOf(restoreBackup(db, json));
    expect(error.problems.join('\n')).toMatch(/tags/);
    await unchanged();
  });

  it('refuses more rows than a notebook holds, before checking each one', async () => {
    const { db, unchanged } = await notebookWithOneClip();
    const rows = Array.from({ length: IMPORT_LIMITS.backupRows + 1 }, () => 0);
    const error = await errorOf(restoreBackup(db, backupOf([{ tableName: 'clips', rows }])));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toContain((IMPORT_LIMITS.backupRows + 1).toLocaleString('vi'));
    await unchanged();
  });

  it('lists the first few problems of a file full of bad rows and counts the rest', async () => {
    const { db, unchanged } = await notebookWithOneClip();
    const rows = Array.from({ length: 5_000 }, (_, i) => clipRow({ id: i + 1, value: 'nhiều' }));
    const error = await errorOf(restoreBackup(db, backupOf([{ tableName: 'clips', rows }])));
    expect(error.problems).toHaveLength(11);
    expect(error.problems[0]).toMatch(/bản ghi 1: value/);
    expect(error.problems[10]).toBe('… và 4990 lỗi khác.');
    await unchanged();
  });

  it('still restores what Soi itself wrote, undefined fields included', async () => {
    const source = open();
    await saveClip(source, figureDraft({ unit: undefined }));
    const json = await (await backup(source)).text();
    expect(json).toContain('"$types"');
    const { db } = await notebookWithOneClip();
    expect(await restoreBackup(db, json)).toBe(1);
    expect(await db.clips.toArray()).toEqual(await source.clips.toArray());
  });
});

describe('a crafted official table (CSV)', () => {
  it('refuses more rows than the bound, naming the bound, and adds nothing', async () => {
    const { db, unchanged } = await notebookWithOneClip();
    const csv = 'Chỉ số,Tỉnh,Kỳ,Giá trị\n' + 'DTI,Nam Định,2022,x\n'.repeat(IMPORT_LIMITS.tableRows + 1);
    const error = await errorOf(importOfficialTable(db, csv, 'big.csv'));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toContain(IMPORT_LIMITS.tableRows.toLocaleString('vi'));
    await unchanged();
  });

  it('refuses an over-long cell, naming its row', async () => {
    const { db, unchanged } = await notebookWithOneClip();
    const csv = `Chỉ số,Tỉnh,Kỳ,Giá trị\nDTI,Nam Định,2022,10\n${'D'.repeat(IMPORT_LIMITS.textLength + 1)},Nam Định,2022,10\n`;
    const error = await errorOf(importOfficialTable(db, csv, 'long.csv'));
    expect(error.problems[0]).toMatch(/^Dòng 3: /);
    await unchanged();
  });

  it('keeps only the first problems of a file full of bad rows, and counts the rest', async () => {
    const { db, unchanged } = await notebookWithOneClip();
    const csv = 'Chỉ số,Tỉnh,Kỳ,Giá trị\n' + 'DTI,Nam Định,2022,x\n'.repeat(20_000);
    const error = await errorOf(importOfficialTable(db, csv, 'bad.csv'));
    expect(error.problems).toHaveLength(11);
    expect(error.problems[10]).toBe('… và 19990 lỗi khác.');
    await unchanged();
  });
});

describe('the size of a file', () => {
  it('is checked before the file is read, with a message in the reader’s language', () => {
    expect(() => checkImportFile({ size: IMPORT_LIMITS.backupBytes }, 'backup')).not.toThrow();
    expect(() => checkImportFile({ size: IMPORT_LIMITS.backupBytes + 1 }, 'backup')).toThrow(ImportError);
    expect(() => checkImportFile({ size: IMPORT_LIMITS.tableBytes + 1 }, 'table')).toThrow(/MB/);
    setLanguage('en');
    expect(() => checkImportFile({ size: IMPORT_LIMITS.tableBytes + 1 }, 'table')).toThrow(/too large/);
  });

  it('is checked again on the text, for callers that hand over text', async () => {
    const { db, unchanged } = await notebookWithOneClip();
    const error = await errorOf(importOfficialTable(db, 'x'.repeat(IMPORT_LIMITS.tableBytes + 1), 'huge.csv'));
    expect(error.problems).toHaveLength(1);
    await unchanged();
  });
});
