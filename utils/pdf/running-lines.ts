/**
 * Running headers, footers and page numbers: printed on every page, read on none. A line at the top
 * or bottom edge of a page is running when it is a page number (`3`, `- 3 -`, `Trang 3`, `3/12`)
 * or when the same words, a page number aside, stand at the same edge of other pages.
 */

export interface LayoutLine {
  text: string;
  /** Left and right ends and baseline, in PDF units (y grows upwards). */
  x0: number;
  x1: number;
  y: number;
  size: number;
}

const PAGE_NUMBER = /^(?:(?:trang|page)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of|trên)\s*\d{1,4})?$/iu;
/** How many lines at each edge of a page may be running. */
const EDGE_LINES = 2;
/** Running lines sit in the outer band of the page. */
const EDGE_BAND = 0.15;

/** For each page, the lines that are its running header, footer or page number. */
export function runningLines<L extends LayoutLine>(pages: readonly L[][], sizes: readonly { height: number }[]): Set<L>[] {
  const edges = pages.map((lines, p) => edgeLines(lines, sizes[p]?.height ?? 0));
  const seen = new Map<string, number>();
  for (const edge of edges) {
    for (const key of new Set(edge.map(repeatKey))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  // Repeated on at least two pages and on a third of them: a running line, not a repeated phrase.
  const needed = Math.max(2, Math.ceil(pages.length / 3));
  return edges.map((edge) => new Set(edge.filter((line) => PAGE_NUMBER.test(line.text.trim()) || (seen.get(repeatKey(line)) ?? 0) >= needed)));
}

function edgeLines<L extends LayoutLine>(lines: readonly L[], height: number): L[] {
  if (!lines.length) return [];
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  const top = byHeight.slice(0, EDGE_LINES).filter((line) => !height || line.y > height * (1 - EDGE_BAND));
  const bottom = byHeight.slice(-EDGE_LINES).filter((line) => !height || line.y < height * EDGE_BAND);
  return [...new Set([...top, ...bottom])];
}

const PAGE_NUMBER_AT_END = /(?:^|\s)(?:(?:trang|page)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of|trên)\s*\d{1,4})?$/iu;
const PAGE_NUMBER_AT_START = /^(?:(?:trang|page)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:\/|of|trên)\s*\d{1,4})?(?:\s|$)/iu;

/**
 * The same running line on every page, its page number aside (`Kế hoạch 45/KH-UBND - Trang 3`); any
 * other number must repeat too, so body lines that differ only in their figures are never taken.
 */
function repeatKey(line: LayoutLine): string {
  const edge = Math.round(line.y / 10);
  const words = line.text.replace(/\s+/g, ' ').trim();
  return `${edge}|${words.replace(PAGE_NUMBER_AT_END, '').replace(PAGE_NUMBER_AT_START, '').trim().toLowerCase()}`;
}
