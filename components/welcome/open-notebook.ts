/**
 * Opening the notebook from a click on an extension page: Chrome's side panel needs the window,
 * Firefox's sidebar must be opened synchronously inside the click, so nothing is awaited first.
 */
import { browser } from 'wxt/browser';

interface SidebarAction {
  open(): Promise<void>;
}
interface SidePanel {
  open(options: { windowId: number }): Promise<void>;
}

const sidebarAction = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
const sidePanel = (browser as unknown as { sidePanel?: SidePanel }).sidePanel;

export const canOpenNotebook = Boolean(sidebarAction?.open || sidePanel?.open);

/** `windowId` is the page's window, looked up before the click (Chrome), ignored by Firefox. */
export function openNotebook(windowId: number | undefined): Promise<void> {
  if (sidebarAction?.open) return sidebarAction.open();
  if (sidePanel?.open && windowId !== undefined) return sidePanel.open({ windowId });
  return Promise.reject(new Error('no side panel'));
}

export async function currentWindowId(): Promise<number | undefined> {
  return (await browser.windows.getCurrent()).id;
}
