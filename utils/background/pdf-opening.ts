/**
 * The ways into Soi's PDF viewer: a link's context menu (*Mở bằng Soi*), the toolbar button on a
 * tab showing a PDF, and — unless switched off in the options — by itself for PDFs on the reading
 * list, where the browser can redirect on a response's `content-type` (Chrome's
 * declarativeNetRequest `responseHeaders`, Chrome 128+; elsewhere the button does it).
 */
import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import type { ReadingListSite } from '../reading-list';
import { getSetting, watchSetting } from '../settings';
import { looksLikePdf, viewerUrl } from '../pdf/viewer-url';

export const PDF_MENU = 'soi-open-pdf';
/** The one dynamic rule Soi keeps. */
export const AUTO_OPEN_RULE_ID = 1;

/** Added by the notebook service's menu set-up, which clears all menus first. */
export function createPdfMenu(): void {
  browser.contextMenus.create({ id: PDF_MENU, title: t('pdfOpenMenu'), contexts: ['link'], targetUrlPatterns: ['*://*/*.pdf*', '*://*/*.PDF*'] });
}

/** Opens `url` in the viewer: in place of the tab showing it, or in a new tab beside the link's page. */
export async function openInViewer(url: string, tab: Browser.tabs.Tab | undefined, replace: boolean): Promise<void> {
  const target = viewerUrl(browser.runtime.getURL('/'), url);
  if (replace && tab?.id !== undefined) await browser.tabs.update(tab.id, { url: target });
  else
    await browser.tabs.create({
      url: target,
      ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
      ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
    });
}

/**
 * The context menu's *Mở bằng Soi*: the link opens in the viewer in a new tab beside its page. The
 * listener the background registers; anything but this menu's click on a link is left alone.
 */
export function openPdfLink(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<void> | undefined {
  if (info.menuItemId !== PDF_MENU || !info.linkUrl) return undefined;
  return openInViewer(info.linkUrl, tab, false);
}

/** Where *open at source* sends a PDF clip: the viewer at its page, told the fingerprint the clip was made on. */
export function pdfClipAddress(extensionRoot: string, file: string, pdf: { fingerprint: string; page: number }): string {
  const url = new URL(viewerUrl(extensionRoot, file));
  url.hash = new URLSearchParams({ page: String(pdf.page), fingerprint: pdf.fingerprint }).toString();
  return url.href;
}

/** Whether a tab shows a PDF: by its address, or by asking the document (a PDF served from `…/download?id=7`). */
export async function showsPdf(tab: Browser.tabs.Tab): Promise<boolean> {
  if (looksLikePdf(tab.url)) return true;
  if (tab.id === undefined) return false;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.contentType });
    return result?.result === 'application/pdf';
  } catch {
    return false;
  }
}

/** The domains of the reading list, as declarativeNetRequest names them (`*.gov.vn` → `gov.vn`, subdomains included). */
export function readingListDomains(sites: readonly ReadingListSite[]): string[] {
  return [...new Set(sites.map((site) => site.pattern.replace(/^\*\./, '').toLowerCase()).filter((domain) => /^[a-z0-9.-]+$/.test(domain)))];
}

/** The redirect of a reading-list PDF to the viewer (the address is put in as it is; the viewer reads it so). */
export function autoOpenRule(extensionRoot: string, domains: string[]): Browser.declarativeNetRequest.Rule {
  return {
    id: AUTO_OPEN_RULE_ID,
    priority: 1,
    action: { type: 'redirect', redirect: { regexSubstitution: `${extensionRoot}pdf.html?file=\\0` } },
    condition: {
      regexFilter: '^https?://.*$',
      requestDomains: domains,
      resourceTypes: ['main_frame'],
      responseHeaders: [{ header: 'content-type', values: ['application/pdf*'] }],
    } as Browser.declarativeNetRequest.RuleCondition,
  } as Browser.declarativeNetRequest.Rule;
}

async function syncAutoOpen(): Promise<void> {
  const dnr = (browser as { declarativeNetRequest?: typeof browser.declarativeNetRequest }).declarativeNetRequest;
  if (!dnr?.updateDynamicRules) return;
  const [on, sites] = await Promise.all([getSetting('pdfAutoOpen'), getSetting('readingList')]);
  const domains = readingListDomains(sites);
  try {
    await dnr.updateDynamicRules({
      removeRuleIds: [AUTO_OPEN_RULE_ID],
      addRules: on && domains.length ? [autoOpenRule(browser.runtime.getURL('/'), domains)] : [],
    });
  } catch (error) {
    // A browser without response-header conditions refuses the rule: the toolbar button still opens PDFs.
    console.info('Soi: PDFs will not open in the viewer by themselves here', error);
  }
}

export function followPdfs(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => void openPdfLink(info, tab));
  void syncAutoOpen();
  watchSetting('pdfAutoOpen', () => void syncAutoOpen());
  watchSetting('readingList', () => void syncAutoOpen());
}
