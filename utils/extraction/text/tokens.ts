/**
 * Splits page text into number, word and symbol tokens in one left-to-right pass.
 *
 * Rules look at tokens and their neighbours instead of running nested regexes over the text, which
 * keeps extraction linear on hostile input (10 000-digit numbers, megabytes of `/`).
 */

export type TokenType = 'num' | 'word' | 'sym';

/** What separates a token from the one before it. */
export const enum Gap {
  None = 0,
  Space = 1,
  Line = 2,
}

export interface Token {
  type: TokenType;
  text: string;
  start: number;
  end: number;
  gap: Gap;
}

const LETTER = /[\p{L}\p{M}]/u;
/** Whether each UTF-16 unit is a letter or mark: 0 not yet asked, 1 yes, 2 no. Asked once per unit, not once per character read. */
const letterUnits = new Uint8Array(0x10000);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(text: string, i: number, code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 0xc0) return false;
  let known = letterUnits[code]!;
  if (known === 0) {
    known = LETTER.test(text.charAt(i)) ? 1 : 2;
    letterUnits[code] = known;
  }
  return known === 1;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x200b;
}

/**
 * Tokens of `text[from, to)`. A number is a digit run with `.` or `,` only between digits
 * (`1.234.567`, `98,65`); the reading of separators is left to numbers/read-number.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let gap: Gap = Gap.None;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (code === 10 || code === 13) gap = Gap.Line;
      else if (gap === Gap.None) gap = Gap.Space;
      i++;
      continue;
    }
    const start = i;
    let type: TokenType;
    if (isDigit(code)) {
      type = 'num';
      i++;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (isDigit(c)) i++;
        else if ((c === 46 || c === 44) && i + 1 < to && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else if (isLetter(text, i, code)) {
      type = 'word';
      i++;
      while (i < to && isLetter(text, i, text.charCodeAt(i))) i++;
    } else {
      type = 'sym';
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
    }
    tokens.push({ type, text: text.slice(start, i), start, end: i, gap });
    gap = Gap.None;
  }
  return tokens;
}

const NON_ASCII = /[^\u0020-\u007e]/;
/** Keys of the words met so far: a page repeats a few thousand words, each normalised once. */
const keyCache = new Map<string, string>();
const KEY_CACHE_SIZE = 50_000;

/** Comparison key of a word: NFC, lower case, `Ð` (eth) read as `Đ`. ASCII words skip normalising. */
export function wordKey(word: string): string {
  const cached = keyCache.get(word);
  if (cached !== undefined) return cached;
  const key = NON_ASCII.test(word) ? word.normalize('NFC').replace(/Ð/g, 'Đ').toLowerCase() : word.toLowerCase();
  // A page of random words must not grow the cache without bound.
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
  keyCache.set(word, key);
  return key;
}
