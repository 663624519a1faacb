/**
 * The reading list: the sites Soi reads without being asked. One data file
 * (`utils/attribution/data/reading-list.json`, the portals and provincial newspapers of
 * provinces.json) feeds the manifest's content-script matches at build time and the options
 * page's defaults at run time.
 */
import data from '../attribution/data/reading-list.json';

export interface ReadingListSite {
  /** `example.vn` for that host only, `*.example.vn` for the host and all its subdomains. */
  pattern: string;
  /** What the reader calls the site. */
  name: string;
}

/** A listed host covers its subdomains too: newspapers serve articles from `www.` and more. */
export const READING_LIST: readonly ReadingListSite[] = data.hosts.map((host) => {
  const base = host.replace(/^\*\./, '');
  return { pattern: `*.${base}`, name: base };
});

/** `*.gov.vn` → `*://*.gov.vn/*`: a WebExtension match pattern for http and https. */
export function matchPattern(site: ReadingListSite): string {
  return `*://${site.pattern}/*`;
}

export function matchPatterns(sites: readonly ReadingListSite[] = READING_LIST): string[] {
  return sites.map(matchPattern);
}

/** Whether a page on `hostname` is on the list (`*.gov.vn` covers `gov.vn` and `namdinh.gov.vn`). */
export function isOnReadingList(hostname: string, sites: readonly ReadingListSite[] = READING_LIST): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return sites.some(({ pattern }) => {
    if (!pattern.startsWith('*.')) return host === pattern;
    const base = pattern.slice(2);
    return host === base || host.endsWith(`.${base}`);
  });
}
