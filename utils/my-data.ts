/**
 * "Delete all my data": the notebook database, everything in `storage.local` (settings, per-site
 * choices) and `storage.session` (reports on open tabs). Soi keeps nothing anywhere else, so after
 * this the profile holds no trace of the reader's work.
 */
import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { NOTEBOOK_DB_NAME } from './notebook/db';

/** Another page holding the database open without letting go must not leave the button hanging. */
const BLOCKED_AFTER_MS = 10_000;

export async function deleteAllMyData(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the notebook is still open in another Soi page')), BLOCKED_AFTER_MS);
  });
  try {
    await Promise.race([Dexie.delete(NOTEBOOK_DB_NAME), blocked]);
  } finally {
    clearTimeout(timer);
  }
  await browser.storage.local.clear();
  // The open tabs' check reports: in memory only, but read from pages all the same.
  await browser.storage.session?.clear();
}
