/**
 * Which addresses Soi keeps, opens, shows as links and exports. PURE.
 *
 * A clip's address is a web page (http, https) or a PDF shown in Soi's own viewer
 * (`<extension>/pdf.html?file=<http(s) URL>`). A `javascript:`, `data:` or `file:` address would run
 * script or read local files when clicked, in the side panel or in the spreadsheet it is exported
 * to, so none is stored, and none is ever rendered or written out as a link.
 */

/** The viewer page's path inside the extension; the full address comes from `runtime.getURL`. */
export const PDF_VIEWER_PATH = '/pdf.html';

/** How a table imported from a file is named as a clip's source: never opened, never a link. */
export const IMPORTED_TABLE_SCHEME = 'soi-import:';

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export function isWebAddress(url: string): boolean {
  const parsed = parse(url);
  return parsed?.protocol === 'http:' || parsed?.protocol === 'https:';
}

/** Where `url` points without its fragment: the same document, whichever spot of it is in view. */
export function documentOf(url: string): string | undefined {
  const parsed = parse(url);
  if (!parsed) return undefined;
  parsed.hash = '';
  return parsed.href;
}

/**
 * The web PDF that a viewer address shows: `chrome-extension://<id>/pdf.html?file=<http(s) URL>`
 * gives that URL. With `viewer` (the full address of Soi's own viewer page), only that viewer
 * counts; without it, any extension's `pdf.html`, since all that is taken from it is a web address.
 */
export function pdfInViewer(url: string, viewer?: string): string | undefined {
  const parsed = parse(url);
  if (!parsed || !/^(chrome|moz)-extension:$/.test(parsed.protocol) || parsed.pathname !== PDF_VIEWER_PATH) return undefined;
  if (viewer !== undefined && `${parsed.protocol}//${parsed.host}${parsed.pathname}` !== viewer) return undefined;
  const file = parsed.searchParams.get('file');
  return file !== null && isWebAddress(file) ? file : undefined;
}

/** The address to show or export as a link for a clip: its web page, or the web PDF its viewer showed; else none. */
export function webLink(url: string): string | undefined {
  return isWebAddress(url) ? url : pdfInViewer(url);
}

/** Whether a backup may hold this clip address: a link `webLink` can show, or an imported table's name. */
export function isStorableAddress(url: string): boolean {
  return webLink(url) !== undefined || url.startsWith(IMPORTED_TABLE_SCHEME);
}
