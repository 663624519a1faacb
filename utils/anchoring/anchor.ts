/**
 * Finding a clipped spot again in a page's text, from its W3C selectors. PURE: text in, offsets out,
 * so the content script only maps the result to a DOM range (see utils/annotation/page-text.ts).
 *
 * Pages change after they are clipped: a paragraph is added above (the quote moves), a figure is
 * corrected (the quote changes), the article is taken down (nothing to find). The reader is told
 * which, so a corrected figure is never shown as if it were the one clipped.
 */
import type { Selectors } from './types';

export type AnchorStatus = 'exact' | 'moved' | 'changed' | 'missing';

export interface Anchor {
  status: AnchorStatus;
  /** Offsets of the spot in the current text; absent when it is missing. */
  start?: number;
  end?: number;
  /** The text now at the spot, to show beside the clipped one when it changed. */
  current?: string;
}

/** How many characters of `a`'s end match `b`'s end. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** How many characters of `a`'s start match `b`'s start. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function occurrences(text: string, needle: string, limit = 10_000): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at !== -1 && found.length < limit; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The occurrence whose surroundings best match the quote's context; nearest the old position on a tie. */
function bestOccurrence(text: string, selectors: Selectors, candidates: number[]): number | undefined {
  const { quote, position } = selectors;
  let best: number | undefined;
  let bestScore = -Infinity;
  for (const at of candidates) {
    const before = text.slice(Math.max(0, at - quote.prefix.length), at);
    const after = text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length);
    const context = commonSuffix(before, quote.prefix) + commonPrefix(after, quote.suffix);
    const score = context - Math.abs(at - position.start) / Math.max(1, text.length);
    if (score > bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

/** The longest tail of the prefix / head of the suffix worth looking for: short ones match anywhere. */
const MIN_CONTEXT = 8;

/** Where the quote's context still stands with different words between: the figure was changed. */
function changedSpot(text: string, selectors: Selectors): Anchor | undefined {
  const { quote, position } = selectors;
  const prefix = quote.prefix.slice(-32);
  const suffix = quote.suffix.slice(0, 32);
  if (prefix.length < MIN_CONTEXT && suffix.length < MIN_CONTEXT) return undefined;
  const reach = quote.exact.length * 3 + 40;
  const prefixAt = prefix.length >= MIN_CONTEXT ? bestNear(occurrences(text, prefix), position.start - prefix.length) : undefined;
  if (prefixAt !== undefined) {
    const start = prefixAt + prefix.length;
    const suffixAt = suffix.length >= MIN_CONTEXT ? text.indexOf(suffix, start) : -1;
    const end = suffixAt !== -1 && suffixAt - start <= reach ? suffixAt : Math.min(text.length, start + quote.exact.length);
    return { status: 'changed', start, end, current: text.slice(start, end) };
  }
  const suffixAt = suffix.length >= MIN_CONTEXT ? bestNear(occurrences(text, suffix), position.end) : undefined;
  if (suffixAt !== undefined) {
    const start = Math.max(0, suffixAt - quote.exact.length);
    return { status: 'changed', start, end: suffixAt, current: text.slice(start, suffixAt) };
  }
  return undefined;
}

function bestNear(candidates: number[], target: number): number | undefined {
  let best: number | undefined;
  for (const at of candidates) if (best === undefined || Math.abs(at - target) < Math.abs(best - target)) best = at;
  return best;
}

export function anchor(text: string, selectors: Selectors): Anchor {
  const { quote, position } = selectors;
  if (!quote.exact) return { status: 'missing' };
  if (text.slice(position.start, position.end) === quote.exact) return { status: 'exact', start: position.start, end: position.end };
  const at = bestOccurrence(text, selectors, occurrences(text, quote.exact));
  if (at !== undefined) return { status: 'moved', start: at, end: at + quote.exact.length };
  return changedSpot(text, selectors) ?? { status: 'missing' };
}

/** Selectors for the span `start..end` of `text`, with enough context to find it again. */
export function describe(text: string, start: number, end: number, context = 32): Selectors {
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(end, end + context) },
    position: { start, end },
  };
}
