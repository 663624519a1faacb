/**
 * The toolbar button (and its shortcut, Alt+Shift+S): reads the current page on demand, or turns
 * Soi off for the site when it is already reading it. The choice is remembered per site; a site
 * turned on off the reading list is offered a lasting permission so it is read on later visits too.
 * The badge shows how many marks the page carries.
 */
import { browser, type Browser } from 'wxt/browser';
import { setSite, siteIsOn } from '../annotation/site-switch';
import { handle, sendToTab, type Payload, type Sender } from '../messaging';
import { isOnReadingList } from '../reading-list';
import { getSetting, setSetting } from '../settings';
import { openInViewer, showsPdf } from './pdf-opening';
import { speaksFor } from './trust';

/** Tabs whose reader has reported marks since their last navigation. */
const reading = new Map<number, number>();

function pageHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The badge text for a count: empty for none, short for many. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

async function setBadge(tabId: number, count: number | undefined): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count === undefined ? '' : badgeText(count) }).catch(() => undefined);
}

async function inject(tabId: number): Promise<void> {
  // activeTab lets the click inject into this tab once; the reader guards against running twice.
  await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/reader.js'] });
}

/** Remembers a site turned on from the toolbar as a reading-list site, once the browser grants it. */
async function remember(host: string, title: string | undefined, granted: Promise<boolean>): Promise<void> {
  if (!(await granted)) return;
  const list = await getSetting('readingList');
  if (isOnReadingList(host, list)) return;
  await setSetting('readingList', [...list, { pattern: host, name: (title ?? host).slice(0, 200) }]);
}

export async function toggleReader(tab: Browser.tabs.Tab, granted: Promise<boolean> = Promise.resolve(false)): Promise<'on' | 'off' | 'unavailable'> {
  const host = pageHost(tab.url);
  if (tab.id === undefined || !host) return 'unavailable';
  const tabId = tab.id;
  // After the background restarts it no longer knows which tabs read: ask the tab.
  const running = reading.has(tabId) || ((await siteIsOn(host)) && (await sendToTab(tabId, 'reader.annotate', {})).ok);
  if (running) {
    await setSite(host, 'off');
    reading.delete(tabId);
    await setBadge(tabId, undefined);
    return 'off';
  }
  // A PDF is read in Soi's viewer, which takes the tab's place.
  if (await showsPdf(tab)) {
    await openInViewer(tab.url!, tab, true);
    return 'on';
  }
  await setSite(host, 'on');
  await inject(tabId);
  void remember(host, tab.title, granted).catch((error: unknown) => console.error('Soi: could not remember the site', error));
  return 'on';
}

/** A page's reader reported its marks: the tab is reading, and its badge shows the count. */
export async function onPageReport(report: Payload<'page.report'>, sender: Sender): Promise<{ ok: true }> {
  const tabId = sender.tab?.id;
  if (tabId !== undefined && (sender.frameId ?? 0) === 0 && speaksFor(sender, report.url)) {
    const count = report.counts.figures + report.counts.references;
    reading.set(tabId, count);
    await setBadge(tabId, count);
  }
  return { ok: true };
}

export function controlReader(): void {
  void browser.action.setBadgeBackgroundColor({ color: '#9a3412' }).catch(() => undefined);
  browser.action.onClicked.addListener((tab) => {
    const host = pageHost(tab.url);
    const turningOn = tab.id !== undefined && !reading.has(tab.id);
    // Asked at once, while the click still counts as the reader's gesture; used once the page is read.
    const granted =
      host && turningOn && !isOnReadingList(host) ? browser.permissions.request({ origins: [`*://${host}/*`] }).catch(() => false) : Promise.resolve(false);
    void toggleReader(tab, granted).catch((error: unknown) => console.error('Soi: could not read this page', error));
  });
  handle({ 'page.report': onPageReport });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' || !change.url) return;
    reading.delete(tabId);
    void setBadge(tabId, undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => reading.delete(tabId));
}
