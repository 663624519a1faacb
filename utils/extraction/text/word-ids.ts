import lexicons from '../data/lexicons.json';

/**
 * The words the lexicons know, as small integers: their keys in the order data/lexicons.json lists
 * them, from 1. A token's word is looked up here once, and every phrase lookup after that compares
 * integers; a word no lexicon knows is 0, so most lookups stop at the first token without a map
 * lookup at all.
 */
const ids = new Map<string, number>(lexicons.words.map((word, i) => [word, i + 1]));

/** One more than the highest word id. */
export const WORD_ID_SPAN = lexicons.words.length + 1;

/** The id of a word key, 0 when no lexicon knows it. */
export function wordKeyId(key: string): number {
  return ids.get(key) ?? 0;
}
