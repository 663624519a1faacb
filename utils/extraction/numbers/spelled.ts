/**
 * Small numbers spelled out (`bốn`, `mười hai`, `five`), the one vocabulary for them
 * (`../data/numbers.json`). The guideline makes none of them a figure; a reader may still take one
 * as the number of steps where the words around it leave no doubt (`giảm bốn bậc`, `up five places`).
 */
import numbers from '../data/numbers.json';

/** English numbers spelled out: extraction reads them where the words around make a figure unmistakable (`up two places`). */
export const ENGLISH_NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(numbers.enWords));

const WORDS = new Map<string, number>([...Object.entries(numbers.viWords), ...ENGLISH_NUMBER_WORDS]);

/** The spelled numbers, longest first so that `mười hai` is read before `mười`. */
export const SPELLED_NUMBERS: readonly string[] = [...WORDS.keys()].sort((a, b) => b.length - a.length);

/** The value of a number spelled out (lower case, composed diacritics, single spaces), if it is one. */
export function spelledNumber(words: string): number | undefined {
  return WORDS.get(words);
}
