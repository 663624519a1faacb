/** Figures a page marks as a total: `tổng số … là 19.944 hồ sơ`, `tổng cộng 177.427 hồ sơ`. */
import { WORDS, dropTrailingWord, endsWithWord, norm, wordPattern } from './words';

const MAX_AFTER_WORD = 40;

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

/**
 * Whether `text`, running up to a count, names the whole of a place it belongs to: `Cả tỉnh có 1.862
 * thôn`, `toàn tỉnh hiện có 1.671 thủ tục`, `The province has 1,240 businesses`.
 */
export function isScopeLead(text: string): boolean {
  const verb = endsWithWord(text, WORDS.wholeScopeVerbs);
  if (verb === undefined) return false;
  return endsWithWord(dropTrailingWord(text, WORDS.wholeScopeVerbs), WORDS.wholeScope) !== undefined;
}

/**
 * Whether `text` opens a clause with the whole its next count is taken from: `Of the 1,240 businesses
 * surveyed, 868 …`, `Trong số 52 đơn vị, 48 đơn vị …`.
 */
export function isWholeOfLead(text: string): boolean {
  const word = endsWithWord(text, WORDS.wholeOf);
  if (word === undefined) return false;
  const before = norm(text).trimEnd().slice(0, -word.length).trimEnd();
  return before === '' || /[,;:(]$/.test(before);
}
