/**
 * Bringing data into the notebook: a JSON backup (restores the whole notebook) and a CSV table of
 * reference values such as an official DTI ranking. Everything is checked before anything is
 * written (by import-writing.ts, in batches that are taken out again if the import stops half-way):
 * a malformed file names its first problems (row and what is wrong) and leaves the notebook
 * exactly as it was. Bounds, and the reading of JSON that cannot reach beyond the data, are in
 * import-limits.ts and safe-json.ts.
 */
import * as v from 'valibot';
import { INDICATORS, indicatorOf } from '../attribution/indicators';
import { foldedId, foldName } from '../extraction/text/fold';
import type { Indicator } from '../attribution/types';
import { FIGURE_KINDS, type FigureKind } from '../extraction/types';
import { readWrittenValue } from '../extraction/numbers/written-figure';
import { t } from '../i18n';
import { IMPORTED_TABLE_SCHEME, isStorableAddress } from '../links';
import { AttributionSchema, SelectorsSchema, type ClipDraft } from '../messages/schemas';
import { attributionKeys } from './clips';
import { CsvError, parseCsv } from './csv';
import type { NotebookDB } from './db';
import { IMPORT_LIMITS, Problems, checkImportText, count, fail } from './import-limits';
import { addImportedDrafts, replaceNotebook, type ImportControl } from './import-writing';
import { periodFromKey } from './period';
import { provinceByName } from './provinces';
import { applyTypeAnnotations, isPlainObject, jsonFlaws, type JsonFlaw, type JsonPath } from './safe-json';
import type { Clip, DocumentSeen, Page } from './types';
import { clipWords } from './words';

export { ImportError } from './import-limits';

// ---- Official tables (CSV) ----

/** Header names accepted for each column, folded (Vietnamese or English, any case, diacritics optional). */
const COLUMNS = {
  indicator: ['indicator', 'chi so', 'chi tieu', 'ten chi so'],
  indicatorId: ['indicator id', 'indicator_id', 'ma chi so'],
  province: ['province', 'tinh', 'tinh thanh', 'tinh, thanh', 'tinh/thanh pho', 'dia phuong', 'don vi'],
  period: ['period', 'year', 'ky', 'nam'],
  value: ['value', 'gia tri', 'so lieu', 'diem', 'score'],
  kind: ['kind', 'loai', 'loai so lieu'],
  unit: ['unit', 'don vi tinh'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['indicator', 'province', 'period', 'value'];

/** Each known indicator under every name it goes by, folded once (folding them again for each row of a big table took seconds). */
let indicatorsByFoldedName: Map<string, (typeof INDICATORS)[number]> | undefined;

function indicatorNamed(name: string, id: string | undefined): Indicator {
  if (id) return indicatorOf(id) ?? { id, name };
  indicatorsByFoldedName ??= new Map(INDICATORS.flatMap((e) => [e.id, e.vi, e.en, ...e.aliases].map((alias) => [foldName(alias), e] as const)).reverse());
  const known = indicatorOf(name.trim()) ?? indicatorsByFoldedName.get(foldName(name));
  if (known) return 'aliases' in known ? { id: known.id, name: known.vi, en: known.en } : known;
  return { id: foldedId(name), name: name.trim() };
}

function kindFor(raw: string | undefined, percent: boolean, value: number): FigureKind | undefined {
  if (raw?.trim()) {
    const kind = raw.trim().toLowerCase().replace(/[\s-]/g, '_') as FigureKind;
    return (FIGURE_KINDS as readonly string[]).includes(kind) ? kind : undefined;
  }
  if (percent) return 'percent';
  return Number.isInteger(value) ? 'count' : 'score';
}

/** Every row of an official table as a clip draft, or an ImportError naming each bad row. */
export function officialTableDrafts(text: string, fileName: string): ClipDraft[] {
  checkImportText(text, 'table');
  let rows;
  try {
    rows = parseCsv(text, IMPORT_LIMITS.tableRows + 1);
  } catch (error) {
    if (error instanceof CsvError && error.problem === 'tooManyRows') {
      fail([t('importTooManyRows', { count: `${count(IMPORT_LIMITS.tableRows)}+`, limit: count(IMPORT_LIMITS.tableRows) })]);
    }
    if (error instanceof CsvError) fail([t('notebookImportRow', { row: error.line, problem: t('notebookCsvUnclosedQuote') })]);
    throw error;
  }
  const [head, ...body] = rows;
  if (!head || !body.length) fail([t('notebookCsvNoRows')]);
  const position = new Map<Column, number>();
  head.cells.forEach((name, index) => {
    const folded = foldName(name);
    for (const column of Object.keys(COLUMNS) as Column[]) {
      if (!position.has(column) && (COLUMNS[column] as readonly string[]).includes(folded)) position.set(column, index);
    }
  });
  const missing = REQUIRED.filter((column) => !position.has(column));
  if (missing.length)
    fail(missing.map((column) => t('notebookImportRow', { row: head.line, problem: t('notebookCsvMissingColumn', { column: COLUMNS[column][0] }) })));

  const url = `${IMPORTED_TABLE_SCHEME}${encodeURIComponent(fileName)}`;
  const problems = new Problems();
  const drafts: ClipDraft[] = [];
  for (const row of body) {
    const get = (column: Column) => {
      const at = position.get(column);
      return at === undefined ? undefined : (row.cells[at] ?? '').trim();
    };
    const problem = (message: string) => problems.add(t('notebookImportRow', { row: row.line, problem: message }));
    const long = row.cells.find((cell) => cell.length > IMPORT_LIMITS.textLength);
    if (long !== undefined) {
      problem(t('importTooLong', { length: count(long.length), limit: count(IMPORT_LIMITS.textLength) }));
      continue;
    }
    const empty = REQUIRED.find((column) => !get(column));
    if (empty) {
      problem(t('notebookCsvEmptyCell', { column: head.cells[position.get(empty) as number]?.trim() ?? empty }));
      continue;
    }
    const rawValue = get('value') as string;
    const number = readWrittenValue(rawValue);
    const period = periodFromKey(get('period') as string);
    const subject = period ? provinceByName(get('province') as string, period.from) : undefined;
    const kind = number ? kindFor(get('kind'), number.percent, number.value) : undefined;
    if (!number) problem(t('notebookCsvNotANumber', { value: rawValue }));
    if (!period) problem(t('notebookCsvBadPeriod', { value: get('period') as string }));
    else if (!subject) problem(t('notebookCsvUnknownProvince', { value: get('province') as string }));
    if (number && !kind) problem(t('notebookCsvBadKind', { value: get('kind') as string }));
    if (!number || !period || !subject || !kind) continue;
    const indicator = indicatorNamed(get('indicator') as string, get('indicatorId') || undefined);
    const line = row.cells.join(', ');
    drafts.push({
      kind: 'figure',
      text: rawValue,
      value: number.value,
      figureKind: kind,
      unit: get('unit') || undefined,
      ...(number.qualifier ? { qualifier: number.qualifier } : {}),
      attribution: { indicator, subject, period },
      sentence: line,
      selectors: { quote: { exact: line, prefix: '', suffix: '' }, position: { start: row.line, end: row.line } },
      url,
      title: fileName,
      site: fileName,
    });
  }
  problems.check();
  return drafts;
}

/** Adds an official table's rows as clips, in batches; rows already imported from the same file are not added twice. */
export async function importOfficialTable(db: NotebookDB, text: string, fileName: string, now = Date.now(), control?: ImportControl): Promise<number> {
  return addImportedDrafts(db, officialTableDrafts(text, fileName), fileName, now, control);
}

// ---- JSON backup ----

const text = v.string();
const number = v.pipe(v.number(), v.finite());
/** A web page, a web PDF in Soi's viewer, or an imported table's name: never `javascript:` and the like. */
const address = v.pipe(text, v.check(isStorableAddress, 'not a web address'));
const stored = {
  id: v.pipe(number, v.integer()),
  text,
  attribution: AttributionSchema,
  sentence: text,
  selectors: SelectorsSchema,
  url: address,
  title: text,
  site: text,
  publishedAt: v.optional(text),
  clippedAt: number,
  note: text,
  tags: v.array(text),
  rev: v.optional(v.pipe(number, v.integer(), v.minValue(0))),
};
const StoredClipSchema = v.variant('kind', [
  v.object({
    kind: v.literal('figure'),
    value: number,
    figureKind: v.picklist(FIGURE_KINDS),
    unit: v.optional(text),
    of: v.optional(number),
    qualifier: v.optional(text),
    ...stored,
  }),
  v.object({ kind: v.literal('reference'), symbol: text, docType: v.optional(text), issuer: v.optional(text), date: v.optional(text), ...stored }),
]);
const PageSchema = v.object({ url: address, title: text, site: text, publishedAt: v.optional(text), firstClippedAt: number, lastClippedAt: number });
const DocumentSchema = v.object({
  id: v.pipe(number, v.integer()),
  symbol: text,
  docType: v.optional(text),
  issuer: v.optional(text),
  date: v.optional(text),
  url: address,
  title: text,
  site: text,
  seenAt: number,
});
const TABLES = { clips: StoredClipSchema, pages: PageSchema, documents: DocumentSchema } as const;
type TableName = keyof typeof TABLES;

const BackupSchema = v.object({
  formatName: v.literal('dexie'),
  data: v.object({
    data: v.array(v.object({ tableName: v.string(), rows: v.array(v.unknown()) })),
  }),
});

/** A flaw of the file in words, placed in its record when it is inside one. */
function describeFlaw(flaw: JsonFlaw, tableNameAt: (index: number) => string | undefined): string {
  const what =
    flaw.flaw === 'forbiddenKey'
      ? t('importForbiddenKey', { key: flaw.key })
      : flaw.flaw === 'tooLong'
        ? t('importTooLong', { length: count(flaw.length), limit: count(IMPORT_LIMITS.textLength) })
        : t('importTooDeep', { limit: IMPORT_LIMITS.depth });
  return inRecord(flaw.path, what, tableNameAt);
}

function inRecord(path: JsonPath, what: string, tableNameAt: (index: number) => string | undefined): string {
  const [data, tables, table, rows, row, ...field] = path;
  const tableName = typeof table === 'number' ? tableNameAt(table) : undefined;
  if (data === 'data' && tables === 'data' && rows === 'rows' && typeof row === 'number' && tableName !== undefined) {
    return t('notebookBackupBadRecord', { table: tableName, row: row + 1, problem: field.length ? `${field.join('.')}: ${what}` : what });
  }
  return path.length ? `${path.join('.')}: ${what}` : what;
}

export interface Restored {
  clips: Clip[];
  pages: Page[];
  documents: DocumentSeen[];
}

/** The rows of a Soi backup, each checked; an ImportError names the first bad records. */
export function readBackup(json: string): Restored {
  checkImportText(json, 'backup');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    fail([t('notebookBackupBadJson')]);
  }
  // Nothing below may follow a key into the page's own objects, or recurse without bound.
  const flaws = new Problems();
  const tableNameAt = (index: number) => {
    const table: unknown = isPlainObject(parsed) && isPlainObject(parsed.data) && Array.isArray(parsed.data.data) ? parsed.data.data[index] : undefined;
    return isPlainObject(table) && typeof table.tableName === 'string' ? table.tableName : undefined;
  };
  jsonFlaws(parsed, IMPORT_LIMITS, (flaw) => flaws.add(describeFlaw(flaw, tableNameAt)));
  flaws.check();

  const backup = v.safeParse(BackupSchema, parsed);
  if (!backup.success) fail([t('notebookBackupNotSoi')]);
  const tables = backup.output.data.data;
  const rowCount = tables.reduce((sum, table) => sum + table.rows.length, 0);
  if (rowCount > IMPORT_LIMITS.backupRows) fail([t('importTooManyRows', { count: count(rowCount), limit: count(IMPORT_LIMITS.backupRows) })]);
  const unknownTables = tables.filter((table) => !Object.hasOwn(TABLES, table.tableName));
  if (unknownTables.length) fail(unknownTables.map((table) => t('importUnknownTable', { table: table.tableName })));
  if (!tables.some((table) => table.tableName === 'clips')) fail([t('notebookBackupNotSoi')]);

  const restored: Restored = { clips: [], pages: [], documents: [] };
  const problems = new Problems();
  for (const table of tables) {
    const name = table.tableName as TableName;
    table.rows.forEach((row, index) => {
      const bad = (problem: string) => problems.add(t('notebookBackupBadRecord', { table: name, row: index + 1, problem }));
      const typeFlaw = isPlainObject(row) ? applyTypeAnnotations(row) : undefined;
      if (typeFlaw) {
        bad(typeFlaw.flaw === 'typePath' ? t('importBadTypePath', { path: typeFlaw.path }) : t('importBadType', { path: typeFlaw.path, type: typeFlaw.type }));
        return;
      }
      const checked = v.safeParse(TABLES[name], row);
      if (!checked.success) {
        const issue = checked.issues[0];
        const path = v.getDotPath(issue);
        bad(path ? `${path}: ${issue.message}` : issue.message);
        return;
      }
      (restored[name] as unknown[]).push(checked.output);
    });
  }
  problems.check();
  // Index keys and search words are derived, so they are rebuilt rather than trusted.
  restored.clips = restored.clips.map((clip) => {
    const next = { ...clip, ...attributionKeys(clip.attribution) } as Clip;
    next.words = clipWords(next);
    return next;
  });
  return restored;
}

/** Replaces the whole notebook with a backup, in one transaction. Returns the number of clips restored. */
export async function restoreBackup(db: NotebookDB, json: string, control?: ImportControl): Promise<number> {
  return replaceNotebook(db, readBackup(json), control);
}
