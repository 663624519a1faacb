/** The first-run page, opened once when Soi is installed (not on updates or browser restarts). */
import { browser } from 'wxt/browser';

export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
