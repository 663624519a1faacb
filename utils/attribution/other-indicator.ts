/**
 * A label for what a figure measures when the indicator list has no name for it, built from the
 * sentence: the head noun of a count (`40 gian hàng`), the noun a share is of (`28.6 per cent of
 * respondents`), or the noun phrase a value is said of (`Tỷ lệ hộ dùng nước sạch đạt 98%`). Equal
 * labels line up in the notebook as any indicator does. The id is `other:` and the folded words.
 */
import type { Figure } from '../extraction/types';
import { foldName } from '../extraction/text/fold';
import type { Indicator } from './types';

// Words that start the noun phrase a value is said of.
const HEADS = String.raw`ty le|tong so|so luong|so|doanh thu|gia tri|san luong|dien tich|muc|chi so|luong|rate|share|number|value|proportion`;
// Words that end it: the verb that says the value, or a time or place that frames it.
const STOP = String.raw`dat|la|chiem|tang|giam|uoc|len|con|o muc|vao|trong|tai|nam|quy|thang|cua|reached|was|were|is|rose|fell|stood|at|in`;
const PHRASE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${HEADS})(?:\s+(?!(?:${STOP})(?![\p{L}]))[\p{L}]+){0,6}(?=\s+(?:(?:${STOP})(?![\p{L}])|$))`, 'gu');
const OF_AFTER = /^\s*(?:of\s+(?:the\s+)?([\p{L}]+)|(?:tong\s+)?so\s+([\p{L}]+(?:\s+[\p{L}]+)?))/u;
// `con số này`, `tỷ lệ trên`: a phrase that points back says nothing of its own.
const POINTING = /(?<![\p{L}])(?:nay|do|tren|kia|this|that|these|those)(?![\p{L}])/u;
// A phrase of more words than this is a clause, not a name.
const MAX_WORDS = 7;

function label(words: string, name: string): Indicator | undefined {
  const key = words.trim().replace(/\s+/g, '-');
  if (!key || key.split('-').length > MAX_WORDS || POINTING.test(words)) return undefined;
  return { id: `other:${key}`, name: name.trim(), en: name.trim() };
}

/**
 * The `other:` label of a figure, from the folded text of its clause (`clause`, with the figure at
 * `at`–`end` in it) and the page text of the same span (`written`), or nothing when the sentence
 * does not say what is measured.
 */
export function otherIndicator(fig: Figure, clause: string, written: string, at: number, end: number): Indicator | undefined {
  if ((fig.kind === 'count' || fig.kind === 'ratio') && fig.unit && /\p{L}/u.test(fig.unit)) {
    return label(foldName(fig.unit), fig.unit);
  }
  const of = OF_AFTER.exec(clause.slice(end));
  const noun = of?.[1] ?? of?.[2];
  if (fig.kind === 'percent' && of && noun) {
    const from = end + (of[0].length - noun.length);
    return label(noun, written.slice(from, from + noun.length));
  }
  let last: RegExpExecArray | undefined;
  PHRASE_BEFORE.lastIndex = 0;
  for (let m = PHRASE_BEFORE.exec(clause); m && m.index < at; m = PHRASE_BEFORE.exec(clause)) last = m;
  // A head word alone (`tỷ lệ đạt 12%`) names nothing yet.
  if (!last || !/\s/.test(last[0].trim().replace(new RegExp(String.raw`^(?:${HEADS})`, 'u'), ''))) return undefined;
  return label(last[0], written.slice(last.index, last.index + last[0].length));
}
