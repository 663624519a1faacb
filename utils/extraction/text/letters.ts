/** Whether each UTF-16 unit is a letter (`\p{L}`): 0 not yet asked, 1 yes, 2 no. */
const letterUnits = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;

/**
 * Whether the unit at `i` is a letter, as `\p{L}` in a `u` pattern reads it. A surrogate is no letter
 * alone, so a pattern that reads the code point it belongs to may still see one there.
 */
export function isLetterUnit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  let known = letterUnits[code]!;
  if (known === 0) {
    known = LETTER.test(text.charAt(i)) ? 1 : 2;
    letterUnits[code] = known;
  }
  return known === 1;
}
