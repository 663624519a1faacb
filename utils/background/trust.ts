/**
 * Which page a message speaks for. Soi's content script may clip, ask about and report on the
 * page it runs in, and Soi's PDF viewer on the PDF it shows; a draft, query or report naming any
 * other address is refused, so a page cannot file clips under another site's name or ask the
 * notebook about a page it is not. The address compared is the one the browser gives for the
 * sender (`sender.url`), which a page cannot shape.
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

/** The documents (addresses without fragment) a sender may speak for; none for anyone else. */
function documentsOf(sender: Sender): string[] {
  const url = sender.url;
  if (!url) return [];
  const kinds = senderKinds(sender);
  const documents = kinds.includes('content') && isWebAddress(url) ? [documentOf(url)] : [];
  if (kinds.includes('page')) {
    const pdf = pdfInViewer(url, viewerAddress());
    if (pdf) documents.push(documentOf(url), documentOf(pdf));
  }
  return documents.filter((document): document is string => document !== undefined);
}

/** Whether the sender may speak for `url`: its own page, or its viewer's PDF. */
export function speaksFor(sender: Sender, url: string): boolean {
  const document = documentOf(url);
  return document !== undefined && documentsOf(sender).includes(document);
}

/** Whether `url` is the document the tab shows (both without fragment), and one a clip may have. */
export function isTabDocument(url: string, tabUrl: string | undefined): boolean {
  return tabUrl !== undefined && isClipAddress(url) && documentOf(url) === documentOf(tabUrl);
}
