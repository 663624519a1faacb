/**
 * Senders as the browser describes them, for tests of who Soi answers. The fake browser delivers
 * every message with an empty sender; `deliverAs` makes `browser.runtime.sendMessage` arrive as
 * if sent from the given place.
 */
import { vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Sender = Browser.runtime.MessageSender;

export function contentScript(url: string, tabId = 7, frameId = 0): Sender {
  return {
    id: fakeBrowser.runtime.id,
    url,
    frameId,
    tab: { id: tabId, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false, windowId: 1 } as Browser.tabs.Tab,
  };
}

/** One of Soi's pages: `/sidepanel.html`, `/options.html`, `/pdf.html?file=…`; in a tab when `tabId` is given. */
export function soiPage(path: string, tabId?: number): Sender {
  const url = fakeBrowser.runtime.getURL(path as '/sidepanel.html');
  return { id: fakeBrowser.runtime.id, url, ...(tabId === undefined ? {} : { tab: { id: tabId, url } as Browser.tabs.Tab, frameId: 0 }) };
}

export function background(): Sender {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js' as '/sidepanel.html') };
}

export function otherExtension(url = 'chrome-extension://someone-else/page.html'): Sender {
  return { id: 'someone-else', url };
}

/** From now on, messages this world sends arrive as if sent by `sender`. */
export function deliverAs(sender: Sender): void {
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    return answers.find((answer) => answer !== undefined);
  }) as never);
}
