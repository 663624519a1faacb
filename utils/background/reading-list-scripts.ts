/**
 * The manifest runs Soi's reader on the shipped reading list; a site the reader adds in the options
 * gets the same reader through a content script registered at run time, once the browser has
 * granted Soi that site. When a site leaves the list its registration and permission go too.
 */
import { browser } from 'wxt/browser';
import { READING_LIST, matchPattern, type ReadingListSite } from '../reading-list';
import { getSetting, watchSetting } from '../settings';

const SCRIPT_ID = 'soi-reading-list-added';
const SHIPPED = new Set(READING_LIST.map(matchPattern));

/** The patterns of added sites that need a registration: on the list, not shipped. */
export function addedPatterns(sites: readonly ReadingListSite[]): string[] {
  return [...new Set(sites.map(matchPattern))].filter((pattern) => !SHIPPED.has(pattern));
}

async function granted(patterns: string[]): Promise<string[]> {
  const checks = await Promise.all(patterns.map((pattern) => browser.permissions.contains({ origins: [pattern] })));
  return patterns.filter((_, index) => checks[index]);
}

export async function syncAddedSites(sites: readonly ReadingListSite[]): Promise<void> {
  const wanted = addedPatterns(sites);
  const matches = await granted(wanted);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  const reader = browser.runtime.getManifest().content_scripts?.[0];
  if (matches.length > 0 && reader?.js) {
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches, js: reader.js, ...(reader.css ? { css: reader.css } : {}), runAt: 'document_idle' },
    ]);
  }
  // Give back what the reader no longer uses: an origin Soi was granted for a site since removed.
  const all = await browser.permissions.getAll();
  const stale = (all.origins ?? []).filter((origin) => !SHIPPED.has(origin) && !wanted.includes(origin));
  if (stale.length > 0) await browser.permissions.remove({ origins: stale }).catch(() => false);
}

/** Keeps registrations in step with the stored reading list and with permissions granted later. */
export function followReadingList(): void {
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue
      .then(async () => syncAddedSites(await getSetting('readingList')))
      .catch((error: unknown) => console.error('Soi: could not update the reading list scripts', error));
  };
  sync();
  watchSetting('readingList', sync);
  browser.permissions.onAdded.addListener(sync);
}
