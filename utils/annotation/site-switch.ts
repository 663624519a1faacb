/**
 * Whether Soi reads a site: on by default for the reading list, off elsewhere, and whatever the
 * reader last chose with the toolbar button or shortcut, remembered per host in storage.local.
 * The content script listens, so switching a site off clears its marks in every open tab.
 */
import { storage } from 'wxt/utils/storage';
import { isOnReadingList, type ReadingListSite } from '../reading-list';
import { getSetting, watchSetting } from '../settings';

export type SiteChoice = 'on' | 'off';

const choices = storage.defineItem<Record<string, SiteChoice>>('local:reader.sites', { fallback: {} });

/** Hosts are compared without `www.` and case, as a reader thinks of a site. */
export function siteKey(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** Whether the reader should run on `hostname`, given the stored choices and the reading list. */
export function isSiteOn(hostname: string, stored: Readonly<Record<string, SiteChoice>>, readingList?: readonly ReadingListSite[]): boolean {
  const choice = stored[siteKey(hostname)];
  return choice ? choice === 'on' : isOnReadingList(hostname, readingList);
}

async function readChoices(): Promise<Record<string, SiteChoice>> {
  const value = await choices.getValue();
  return value && typeof value === 'object' ? value : {};
}

export async function siteIsOn(hostname: string): Promise<boolean> {
  const [stored, list] = await Promise.all([readChoices(), getSetting('readingList')]);
  return isSiteOn(hostname, stored, list);
}

export async function setSite(hostname: string, choice: SiteChoice): Promise<void> {
  const current = await readChoices();
  await choices.setValue({ ...current, [siteKey(hostname)]: choice });
}

/** Calls `listener` whenever the reader's choice for the site, or the reading list, changes. */
export function watchSite(hostname: string, listener: (on: boolean) => void): () => void {
  const recheck = () => void siteIsOn(hostname).then(listener);
  const stops = [choices.watch(recheck), watchSetting('readingList', recheck)];
  return () => stops.forEach((stop) => stop());
}

const ignored = storage.defineItem<Record<string, string[]>>('local:reader.ignored', { fallback: {} });
/** Bounded so a reader who ignores a lot never fills the storage quota. */
const MAX_IGNORED_PAGES = 500;
const MAX_IGNORED_PER_PAGE = 500;

export function pageKey(href: string): string {
  const url = new URL(href);
  return `${siteKey(url.hostname)}${url.pathname}${url.search}`;
}

/** What the reader told Soi to ignore on a page: items by their type and text. */
export async function ignoredOn(href: string): Promise<Set<string>> {
  const all = (await ignored.getValue()) ?? {};
  return new Set(all[pageKey(href)] ?? []);
}

export async function ignoreOn(href: string, key: string): Promise<void> {
  const all = { ...((await ignored.getValue()) ?? {}) };
  const page = pageKey(href);
  const list = [...new Set([...(all[page] ?? []), key])].slice(-MAX_IGNORED_PER_PAGE);
  delete all[page];
  all[page] = list;
  const pages = Object.keys(all);
  for (const old of pages.slice(0, Math.max(0, pages.length - MAX_IGNORED_PAGES))) delete all[old];
  await ignored.setValue(all);
}
