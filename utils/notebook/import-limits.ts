/**
 * How much a file brought into the notebook may hold, and how its problems reach the reader.
 * The bounds sit well above any real notebook or official table and well below what would
 * exhaust the page's memory or the disk: a hostile file is refused before it costs anything.
 */
import { getLanguage, t } from '../i18n';

export const IMPORT_LIMITS = {
  /** A backup of 100 000 clips is about 120 MB. */
  backupBytes: 160 * 1024 * 1024,
  /** Rows of all tables of a backup together. */
  backupRows: 300_000,
  /** An official table of 63 provinces × many indicators and years is well under 1 MB. */
  tableBytes: 16 * 1024 * 1024,
  tableRows: 100_000,
  /** Any one text: a sentence, a note, a quote, a table cell. */
  textLength: 10_000,
  /** Nesting of a backup's records; Soi's deepest field (a province's lineage) is 8 levels down. */
  depth: 24,
} as const;

/** Problems shown to the analyst, each already in their language. */
export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** How many problems an error message lists before saying how many more there are. */
export const SHOWN_PROBLEMS = 10;

/**
 * The problems of one file: the first few kept in words, the rest only counted, so a file with a
 * million bad rows costs no more memory than one with ten.
 */
export class Problems {
  private readonly shown: string[] = [];
  count = 0;

  add(problem: string): void {
    if (this.count++ < SHOWN_PROBLEMS) this.shown.push(problem);
  }

  /** Throws the ImportError naming them, when there are any. */
  check(): void {
    if (!this.count) return;
    const lines = [...this.shown];
    if (this.count > SHOWN_PROBLEMS) lines.push(t('notebookImportMoreProblems', { count: this.count - SHOWN_PROBLEMS }));
    throw new ImportError(lines);
  }
}

/** Refuses the file: its problems named, nothing written. */
export function fail(problems: readonly [string, ...string[]] | string[]): never {
  const list = new Problems();
  for (const problem of problems) list.add(problem);
  list.check();
  throw new Error('an import was refused without a reason');
}

export type ImportKind = 'backup' | 'table';

/** `12.345` or `12,345`, the way the reader writes numbers, for the bounds named in messages. */
export function count(n: number, digits = 0): string {
  return n.toLocaleString(getLanguage(), { maximumFractionDigits: digits });
}

const megabytes = (bytes: number) => count(bytes / (1024 * 1024), 1);

function sizeLimit(kind: ImportKind): number {
  return kind === 'backup' ? IMPORT_LIMITS.backupBytes : IMPORT_LIMITS.tableBytes;
}

/** A file is refused by its size before it is read into memory. */
export function checkImportFile(file: { size: number }, kind: ImportKind): void {
  if (file.size > sizeLimit(kind)) fail([t('importFileTooLarge', { size: megabytes(file.size), limit: megabytes(sizeLimit(kind)) })]);
}

/** The same bound on text already read (a UTF-16 unit is at least one byte of the file). */
export function checkImportText(text: string, kind: ImportKind): void {
  checkImportFile({ size: text.length }, kind);
}
