/**
 * The shape of a page built by code rather than kept as a file: hostile pages (megabytes of text,
 * a hundred thousand nodes, a page that rewrites itself), pages with odd markup. Drop a module in
 * `scripts/sample-site/pages/` that default-exports `defineGeneratedPage({...})`; the server
 * serves it at `path` under every host name and lists it on the index.
 */
export interface GeneratedRequest {
  /** The host name the browser asked for, e.g. `namdinh.gov.vn`. */
  host: string;
  url: URL;
}

export interface GeneratedPage {
  /** Served on every host, e.g. `/hostile/five-megabytes`. */
  path: string;
  title: string;
  /** What the page is for, shown on the index. */
  description: string;
  /** The body (bytes for a file such as a PDF); called per request, so it may differ each time. */
  render(request: GeneratedRequest): string | Uint8Array | Promise<string | Uint8Array>;
  /** Defaults to `text/html; charset=utf-8`. */
  contentType?: string;
}

export function defineGeneratedPage(page: GeneratedPage): GeneratedPage {
  return page;
}
