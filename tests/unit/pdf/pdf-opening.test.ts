import { beforeEach, describe, expect, test } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPdfLink, PDF_MENU } from '../../../utils/background/pdf-opening';
import { viewerUrl } from '../../../utils/pdf/viewer-url';

const LINK = 'https://namdinh.gov.vn/van-ban/QĐ 1961.pdf?v=2';

beforeEach(() => fakeBrowser.reset());

/** A tab of the fake browser, as the background's listeners get one. */
const openTab = async (url: string) => (await fakeBrowser.tabs.create({ url })) as unknown as Browser.tabs.Tab;

describe('Mở bằng Soi on a link', () => {
  test('opens the linked PDF in the viewer, in a new tab beside the page the link is on', async () => {
    const page = await openTab('https://namdinh.gov.vn/van-ban');
    const before = new Set((await fakeBrowser.tabs.query({})).map((tab) => tab.id));
    await openPdfLink({ menuItemId: PDF_MENU, linkUrl: LINK, editable: false, pageUrl: page.url! }, page);
    const opened = (await fakeBrowser.tabs.query({})).filter((tab) => !before.has(tab.id));
    expect(opened).toHaveLength(1);
    const viewer = opened[0];
    expect(viewer?.url).toBe(viewerUrl(fakeBrowser.runtime.getURL('/'), LINK));
    expect(new URL(viewer!.url!).searchParams.get('file')).toBe(LINK);
    // The page with the link stays where it was.
    expect((await fakeBrowser.tabs.get(page.id!)).url).toBe('https://namdinh.gov.vn/van-ban');
  });

  test('another menu item, or a click that is not on a link, opens nothing', async () => {
    const page = await openTab('https://namdinh.gov.vn/van-ban');
    const before = (await fakeBrowser.tabs.query({})).length;
    expect(openPdfLink({ menuItemId: 'soi-clip', linkUrl: LINK, editable: false, pageUrl: page.url! }, page)).toBeUndefined();
    expect(openPdfLink({ menuItemId: PDF_MENU, editable: false, pageUrl: page.url! }, page)).toBeUndefined();
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });
});
