import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { badgeText, onPageReport, toggleReader } from '../../../utils/background/reader-control';
import { isSiteOn, setSite, siteIsOn } from '../../../utils/annotation/site-switch';
import { contentScript } from '../senders';

const tab = (id: number, url: string) =>
  ({ id, url, title: 'Trang', index: 0, active: true, pinned: false, highlighted: true, incognito: false, windowId: 1 }) as Parameters<typeof toggleReader>[0];
const report = (figures: number, references: number, url = 'https://example.com/a') => ({
  url,
  counts: { figures, references },
  findings: [],
  pass: 'p1',
  parts: 1,
});

let injected: unknown[];
/** What the tab's document says it is, when the button asks (a PDF served without `.pdf` in its address). */
let contentType = 'text/html';

beforeEach(() => {
  injected = [];
  contentType = 'text/html';
  (fakeBrowser.scripting as { executeScript: unknown }).executeScript = vi.fn(async (details: { func?: unknown }) => {
    if (details.func) return [{ result: contentType }];
    injected.push(details);
    return [];
  });
});

describe('per-site switch', () => {
  it('reads the reading list by default and nothing else, until the reader chooses', async () => {
    expect(isSiteOn('namdinh.gov.vn', {})).toBe(true);
    expect(isSiteOn('example.com', {})).toBe(false);
    expect(isSiteOn('www.Example.com', { 'example.com': 'on' })).toBe(true);
    expect(isSiteOn('namdinh.gov.vn', { 'namdinh.gov.vn': 'off' })).toBe(false);
    await setSite('news.example.com', 'on');
    expect(await siteIsOn('news.example.com')).toBe(true);
  });
});

describe('the toolbar button', () => {
  it('reads a page off the reading list on demand and remembers the site', async () => {
    expect(await toggleReader(tab(7, 'https://news.example.com/bai-viet'))).toBe('on');
    expect(injected).toEqual([{ target: { tabId: 7 }, files: ['/content-scripts/reader.js'] }]);
    expect(await siteIsOn('news.example.com')).toBe(true);
  });

  it('turns the site off when its reader is already running, and clears the badge', async () => {
    await onPageReport(report(12, 3, 'https://namdinh.gov.vn/a'), contentScript('https://namdinh.gov.vn/a', 8));
    expect(await browser.action.getBadgeText({ tabId: 8 })).toBe('15');
    expect(await toggleReader(tab(8, 'https://namdinh.gov.vn/a'))).toBe('off');
    expect(await siteIsOn('namdinh.gov.vn')).toBe(false);
    expect(await browser.action.getBadgeText({ tabId: 8 })).toBe('');
    expect(injected).toEqual([]);
  });

  it("opens a PDF in Soi's viewer, in place of the browser's own", async () => {
    const update = vi.spyOn(browser.tabs, 'update').mockResolvedValue(undefined as never);
    expect(await toggleReader(tab(5, 'https://so.example.com/files/ke-hoach.pdf'))).toBe('on');
    contentType = 'application/pdf';
    expect(await toggleReader(tab(6, 'https://so.example.com/download?id=7'))).toBe('on');
    expect(update.mock.calls.map(([id, props]) => [id, new URL(props.url!).searchParams.get('file')])).toEqual([
      [5, 'https://so.example.com/files/ke-hoach.pdf'],
      [6, 'https://so.example.com/download?id=7'],
    ]);
    expect(injected).toEqual([]);
  });

  it('does nothing on pages it cannot read', async () => {
    expect(await toggleReader(tab(9, 'chrome://extensions'))).toBe('unavailable');
    expect(injected).toEqual([]);
  });
});

describe('the badge', () => {
  it('counts the marks of the top frame only', async () => {
    await onPageReport(report(4, 1, 'https://a.gov.vn/'), contentScript('https://a.gov.vn/', 3, 2));
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe('');
    await onPageReport(report(4, 1, 'https://a.gov.vn/'), contentScript('https://a.gov.vn/', 3));
    expect(await browser.action.getBadgeText({ tabId: 3 })).toBe('5');
  });

  it('stays short', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(42)).toBe('42');
    expect(badgeText(12_345)).toBe('999+');
  });
});
