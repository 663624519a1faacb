/**
 * The viewer's address, a contract checked from outside: `pdf.html?file=<encoded URL>`, with an
 * optional `#page=N` for *open at source*. Only web and local files are opened.
 */

const OPENABLE = new Set(['http:', 'https:', 'file:']);

/** The path of the viewer page inside the extension. */
export const VIEWER_PATH = '/pdf.html';

/** `pdf.html?file=…` for a PDF's address (`base`: the extension's root, e.g. `browser.runtime.getURL('/')`). */
export function viewerUrl(base: string, file: string, page?: number): string {
  const url = new URL(VIEWER_PATH.slice(1), base);
  url.searchParams.set('file', file);
  if (page && page > 1) url.hash = `page=${page}`;
  return url.href;
}

/** The PDF address a viewer URL opens, or a reason it opens none. */
export function fileOf(search: string): { file: string } | { error: 'missing' | 'unsupported' } {
  // The browser's redirect of a reading-list PDF puts the address in unencoded: all of it is the file's.
  const unencoded = /^\?file=(https?:\/\/.*)$/is.exec(search)?.[1];
  const raw = unencoded ?? new URLSearchParams(search).get('file');
  if (!raw) return { error: 'missing' };
  try {
    const url = new URL(raw);
    return OPENABLE.has(url.protocol) ? { file: url.href } : { error: 'unsupported' };
  } catch {
    return { error: 'unsupported' };
  }
}

/** The page a viewer URL's hash asks for (`#page=3`), 1 when none. */
export function pageOf(hash: string): number {
  const n = Number(/(?:^#|&)page=(\d+)/.exec(hash)?.[1]);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** Whether a tab's address (or a viewer's file) looks like a PDF by its name. */
export function looksLikePdf(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** The file name to download the original under. */
export function fileNameOf(file: string): string {
  try {
    const name = decodeURIComponent(new URL(file).pathname.split('/').pop() ?? '');
    return name || 'document.pdf';
  } catch {
    return 'document.pdf';
  }
}
