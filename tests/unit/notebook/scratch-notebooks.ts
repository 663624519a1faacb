/** Notebooks a test file opens under fresh names, and the error an import is refused with. */
import { Dexie } from 'dexie';
import { afterEach, expect } from 'vitest';
import { openNotebook, type NotebookDB } from '@/utils/notebook/db';
import { ImportError } from '@/utils/notebook/import-limits';

/** Returns `open(name?)`; every notebook it opened is closed and deleted after each test. */
export function scratchNotebooks(prefix: string): (name?: string) => NotebookDB {
  let opened: NotebookDB[] = [];
  afterEach(async () => {
    for (const db of opened) {
      db.close();
      await Dexie.delete(db.name);
    }
    opened = [];
  });
  return (name = `${prefix}-${Math.random()}`) => {
    const db = openNotebook(name);
    opened.push(db);
    return db;
  };
}

/** The `ImportError` an import is refused with; the test fails if it succeeds or fails otherwise. */
export async function importErrorOf(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}
