/**
 * What a figure is the value of, as the page names it right before it: the words between the figure
 * and the nearest clause break or figure before it, less the words that only date it, place it in the
 * page's own province, hedge it or join it to its name (`Năm 2024, tổng thu từ khách du lịch của tỉnh đạt
 * 11.412 tỷ đồng` → `tổng thu từ khách du lịch`). Two figures whose labels hold the same words are
 * named alike; a word more on one side (`xuất khẩu hàng dệt may`) names a part or another thing.
 */
import { type Page, figure, previous } from './page';
import { WORDS, norm } from './words';

const NOISE = new Set(WORDS.labelNoise);

/** The words naming figure `i`, sorted, each once; empty when nothing but noise stands before it. */
export function label(page: Page, i: number): string[] {
  const f = figure(page, i);
  const before = previous(page, i);
  const sentenceStart = page.sentences[page.sentenceOf[i] as number]?.start ?? 0;
  const from = Math.max(sentenceStart, before === undefined ? 0 : figure(page, before).end);
  const clause = page.text.slice(from, f.start);
  const own = clause.slice(Math.max(...[',', ';', ':', '(', ')'].map((c) => clause.lastIndexOf(c))) + 1);
  const words = norm(own)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !/\d/u.test(w) && !NOISE.has(w));
  return [...new Set(words)].sort();
}

/** Both labels name something, in the same words. */
export function sameLabel(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((w, k) => w === b[k]);
}
