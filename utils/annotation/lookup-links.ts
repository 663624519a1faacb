/** Where a reader can look a document up by its symbol: search links into legal-document databases. */
import data from './legal-databases.json';

export interface LookupLink {
  id: string;
  name: string;
  url: string;
}

/** Search links for `symbol` (`09-NQ/TU`), each symbol URL-encoded so it cannot change the link's shape. */
export function lookupLinks(symbol: string): LookupLink[] {
  const query = encodeURIComponent(symbol.trim());
  if (!query) return [];
  return data.databases.map(({ id, name, url }) => ({ id, name, url: url.replace('{symbol}', query) }));
}
