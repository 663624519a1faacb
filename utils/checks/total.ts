/** Figures a page marks as a total: `tổng số … là 19.944 hồ sơ`, `tổng cộng 177.427 hồ sơ`. */
import { WORDS, norm, wordPattern } from './words';

const MAX_AFTER_WORD = 25;

/**
 * Whether `text`, which runs up to a figure, names that figure as a total, with at most a short
 * label between the total word and the number. A running total (`nâng tổng số lên`) is not one:
 * it includes what came before the page's parts.
 */
export function isTotalLead(text: string): boolean {
  const t = norm(text);
  if (WORDS.cumulativeTotal.some((w) => t.includes(w))) return false;
  let best: string | undefined;
  for (const word of WORDS.totalBefore) {
    for (const match of t.matchAll(wordPattern(word))) {
      const rest = t.slice((match.index ?? 0) + match[0].length);
      if (best === undefined || rest.length < best.length) best = rest;
    }
  }
  return best !== undefined && best.length <= MAX_AFTER_WORD && !/[\d;]/.test(best);
}
