/**
 * Which page a message speaks for. Soi's content script may clip, ask about and report on the
 * page it runs in and no other: a draft, query or report naming another address is refused, so a
 * page cannot file clips under another site's name or ask the notebook about a page it is not.
 * The address compared is the one the browser gives for the sender (`sender.url`), which a page
 * cannot shape. Whoever sends, only a web page's address or a web PDF's in Soi's viewer is kept.
 */
import { browser } from 'wxt/browser';
import { documentOf, isWebAddress, pdfInViewer, PDF_VIEWER_PATH } from '../links';
import { senderKinds, type Sender } from '../messaging';

/** The full address of Soi's own PDF viewer page. */
export function viewerAddress(): string {
  return browser.runtime.getURL('/').replace(/\/$/, '') + PDF_VIEWER_PATH;
}

/** Whether `url` is a web page, or a web PDF in Soi's own viewer: the only addresses a clip may have. */
export function isClipAddress(url: string): boolean {
  return isWebAddress(url) || pdfInViewer(url, viewerAddress()) !== undefined;
}

/**
 * Whether the sender may speak for `url`. Soi's content script: only for its own page. Soi's own
 * pages (side panel, PDF viewer), which hold the notebook themselves: for any address a clip may have.
 */
export function speaksFor(sender: Sender, url: string): boolean {
  const kinds = senderKinds(sender);
  if (kinds.includes('page')) return isClipAddress(url);
  const document = documentOf(url);
  return kinds.includes('content') && document !== undefined && isWebAddress(url) && document === documentOf(sender.url ?? '');
}

/** Whether `url` is the document the tab shows (both without fragment), and one a clip may have. */
export function isTabDocument(url: string, tabUrl: string | undefined): boolean {
  return tabUrl !== undefined && isClipAddress(url) && documentOf(url) === documentOf(tabUrl);
}
