/**
 * The text host of an ordinary web page: the visible text of `<body>`, changes seen by a
 * MutationObserver, single-page navigation, facts from the address and `<meta>` tags.
 */
import { watchChanges } from './changes';
import { watchNavigation } from './navigation';
import { isInsideSkipped, readPageTextInSlices, type ReadOptions } from './page-text';
import type { HostFacts, TextHost } from './text-host';

const PUBLISHED = [
  'meta[property="article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[itemprop="datePublished"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** The `<meta>` values attribution reads, by name or property. */
export function metaTags(doc: Document): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    const content = meta.getAttribute('content');
    if (key && content && !(key in tags)) tags[key] = content.slice(0, 500);
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical) tags.canonical = canonical;
  return tags;
}

/** The page's own facts for a clip: address, title, site, and publication date when a meta tag or `<time>` gives one. */
export function pageFacts(doc: Document): HostFacts {
  const url = doc.location?.href ?? '';
  let published: string | undefined;
  for (const selector of PUBLISHED) {
    published = doc.querySelector(selector)?.getAttribute('content') ?? undefined;
    if (published) break;
  }
  published ??= doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const date = published ? /^\d{4}-\d{2}-\d{2}/.exec(published.trim())?.[0] : undefined;
  return {
    url,
    title: doc.title.trim() || url,
    site: doc.location?.hostname ?? '',
    ...(date ? { publishedAt: date } : {}),
    tags: metaTags(doc),
  };
}

export function webPageHost(doc: Document, options: ReadOptions = {}): TextHost {
  const root = () => doc.body ?? doc.documentElement;
  return {
    doc,
    root,
    canRead: (node) => node.isConnected && !isInsideSkipped(node, options),
    read: (node, signal) => readPageTextInSlices(node, options, signal),
    watch(listener, signal) {
      const changes = watchChanges(doc, (roots) => listener.changed(roots));
      let href = doc.location.href;
      const stopNavigation = watchNavigation(doc.defaultView as Window, () => {
        if (doc.location.href === href) return;
        href = doc.location.href;
        listener.navigated();
      });
      signal.addEventListener('abort', () => {
        changes.stop();
        stopNavigation();
      });
      return { forgetOwnChanges: () => changes.forgetPending() };
    },
    facts: () => pageFacts(doc),
    cardParent: () => doc.documentElement,
  };
}
