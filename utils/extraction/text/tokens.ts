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

/** What a UTF-16 unit is to the tokenizer; `Unknown` until the unit is first met. */
const enum Unit {
  Unknown = 0,
  Letter,
  Digit,
  LineBreak,
  Space,
  Other,
}

function classify(code: number): Unit {
  if (code >= 48 && code <= 57) return Unit.Digit;
  if (code === 10 || code === 13) return Unit.LineBreak;
  if (code === 32 || code === 9 || code === 12 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x200b) return Unit.Space;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return Unit.Letter;
  if (code < 0xc0) return Unit.Other;
  return LETTER.test(String.fromCharCode(code)) ? Unit.Letter : Unit.Other;
}

/** Each UTF-16 unit's class, worked out once per unit rather than once per character read. */
const units = new Uint8Array(0x10000);

function unitOf(code: number): Unit {
  const known: Unit = units[code]!;
  if (known !== Unit.Unknown) return known;
  const unit = classify(code);
  units[code] = unit;
  return unit;
}

/** Tokens of a stretch of text with the comparison key of each (`wordKey`; a number is its own key). */
export interface KeyedTokens {
  tokens: Token[];
  keys: string[];
}

/**
 * Tokens of `text[from, to)`. A number is a digit run with `.` or `,` only between digits
 * (`1.234.567`, `98,65`); the reading of separators is left to numbers/read-number.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return tokenizeWithKeys(text, from, to).tokens;
}

export function tokenizeWithKeys(text: string, from = 0, to = text.length): KeyedTokens {
  const tokens: Token[] = [];
  const keys: string[] = [];
  fill(text, from, to, tokens, keys);
  return { tokens, keys };
}

/** Token objects kept from one tokenizing to the next, and the arrays handed out. */
const pooledTokens: Token[] = [];
const readTokens: Token[] = [];
const readKeys: string[] = [];
/** A huge paragraph's tokens are not kept after it is read. */
const POOL_KEPT = 50_000;

/**
 * `tokenizeWithKeys` for a caller that is done with the tokens before it asks again (the figure
 * rules): the token objects and both arrays are reused by the next call, so a page's million tokens
 * become neither a million objects nor a copy of every paragraph's arrays for the collector.
 */
export function tokenizeReusing(text: string, from = 0, to = text.length): KeyedTokens {
  return handedOut(fill(text, from, to, pooledTokens, readKeys));
}

/** How many tokens a reader needs to see before and after each number. */
export interface Reach {
  behind: number;
  ahead: number;
}

/**
 * The tokens of the first stretch of `text[from, to)` around numbers: from at least `reach.behind`
 * tokens before its first number (or `from`) to `reach.ahead` tokens after its last, taking in every
 * number that close; `end` is where it stops, from where the next stretch is asked for. Null when no
 * digit is left. Reused as `tokenizeReusing`'s are.
 *
 * A stretch starts at `from` or right after a token and ends right after one, so its tokens and
 * their gaps are the whole text's own there. Prose far from any number, most of a page, is never
 * tokenized; every character is still read at most twice, so hostile input stays linear.
 */
export function tokenizeAroundNumbers(text: string, from: number, to: number, reach: Reach): (KeyedTokens & { end: number }) | null {
  const digit = nextDigit(text, from, to);
  if (digit < 0) return null;
  const { tokens, keys } = handedOut(fill(text, stretchStart(text, digit, from, reach.behind), to, pooledTokens, readKeys, reach, digit));
  return { tokens, keys, end: filledTo };
}

function handedOut(n: number): KeyedTokens {
  readKeys.length = n;
  if (n > POOL_KEPT) {
    const read = { tokens: pooledTokens.slice(0, n), keys: readKeys.slice() };
    pooledTokens.length = POOL_KEPT;
    readTokens.length = 0;
    readKeys.length = 0;
    return read;
  }
  readTokens.length = n;
  for (let k = 0; k < n; k++) readTokens[k] = pooledTokens[k]!;
  return { tokens: readTokens, keys: readKeys };
}

/** A digit, or a blank line: the search stops at the end of a paragraph rather than run on to the page's next digit. */
const DIGIT_OR_BLANK_LINE = /[0-9]|\n[ \t\r\f\u00a0]*\n/g;

function nextDigit(text: string, from: number, to: number): number {
  DIGIT_OR_BLANK_LINE.lastIndex = from;
  for (;;) {
    const found = DIGIT_OR_BLANK_LINE.exec(text);
    if (!found || found.index >= to) return -1;
    if (found[0].length === 1) return found.index;
  }
}

const separates = (code: number): boolean => {
  const unit = unitOf(code);
  return unit === Unit.Space || unit === Unit.LineBreak;
};

/**
 * Where a stretch must start to hold `count` tokens before the number at `digit`: back over runs of
 * text between spaces (each one token or more), then over the spaces before them; never before `floor`.
 */
function stretchStart(text: string, digit: number, floor: number, count: number): number {
  let i = digit;
  while (i > floor && !separates(text.charCodeAt(i - 1))) i--;
  for (let run = 0; run < count && i > floor; run++) {
    while (i > floor && separates(text.charCodeAt(i - 1))) i--;
    while (i > floor && !separates(text.charCodeAt(i - 1))) i--;
  }
  while (i > floor && separates(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the last `fill` stopped: its `to`, or the end of a stretch around numbers. */
let filledTo = 0;

/**
 * Writes the tokens of `text[from, to)` into `tokens` and `keys` from index 0, reusing token objects
 * already there; returns their count. With a `reach`, stops `reach.ahead` tokens past the last number
 * unless the next digit is near enough to need the tokens between; `noStopBefore` is the first digit.
 */
function fill(text: string, from: number, to: number, tokens: Token[], keys: string[], reach?: Reach, noStopBefore = from): number {
  const ahead = reach ? reach.ahead : Infinity;
  let checkFrom = noStopBefore;
  let sinceNumber = 0;
  let n = 0;
  let gap: Gap = Gap.None;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const unit = unitOf(code);
    if (unit === Unit.LineBreak || unit === Unit.Space) {
      if (gap === Gap.None && sinceNumber >= ahead && i >= checkFrom) {
        // Right after a token, far enough past the last number: go on only if the next one needs these tokens.
        const digit = nextDigit(text, i, to);
        if (digit < 0 || stretchStart(text, digit, i, reach!.behind) > i) {
          filledTo = i;
          return n;
        }
        checkFrom = digit;
      }
      if (unit === Unit.LineBreak) gap = Gap.Line;
      else if (gap === Gap.None) gap = Gap.Space;
      i++;
      continue;
    }
    const start = i;
    let type: TokenType;
    let word: string;
    let key: string;
    if (unit === Unit.Digit) {
      i++;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) i++;
        else if ((c === 46 || c === 44) && i + 1 < to && unitOf(text.charCodeAt(i + 1)) === Unit.Digit) i += 2;
        else break;
      }
      type = 'num';
      word = text.slice(start, i);
      key = word;
      sinceNumber = -1;
    } else {
      let hash = code;
      i++;
      if (unit === Unit.Letter) {
        type = 'word';
        for (; i < to; i++) {
          const c = text.charCodeAt(i);
          if (unitOf(c) !== Unit.Letter) break;
          hash = (Math.imul(hash, 31) + c) | 0;
        }
      } else {
        type = 'sym';
        if (code >= 0xd800 && code <= 0xdbff && i < to) hash = (Math.imul(hash, 31) + text.charCodeAt(i++)) | 0;
      }
      const known = interned(text, start, i, hash);
      word = known.text;
      key = known.key;
    }
    const reused = tokens[n];
    if (reused === undefined) {
      tokens[n] = { type, text: word, start, end: i, gap };
    } else {
      reused.type = type;
      reused.text = word;
      reused.start = start;
      reused.end = i;
      reused.gap = gap;
    }
    keys[n] = key;
    n++;
    sinceNumber++;
    gap = Gap.None;
  }
  filledTo = to;
  return n;
}

/**
 * Words and symbols as first met, with their keys. A page repeats a few thousand words, so the
 * tokenizer hands out these shared strings instead of slicing and normalising every token again.
 */
interface Interned {
  hash: number;
  text: string;
  key: string;
}
const INTERNED_SIZE = 1 << 15;
/** Open addressing on the hash; emptied when half full so a page of random words stays bounded. */
const internTable: Array<Interned | undefined> = new Array<Interned | undefined>(INTERNED_SIZE);
let internCount = 0;
/** Longer words are rare and would make the table hold megabytes: they are keyed each time. */
const LONGEST_INTERNED = 40;

function interned(text: string, start: number, end: number, hash: number): Interned {
  const length = end - start;
  if (length > LONGEST_INTERNED) {
    const word = text.slice(start, end);
    return { hash, text: word, key: wordKey(word) };
  }
  const mask = INTERNED_SIZE - 1;
  let slot = hash & mask;
  for (let entry = internTable[slot]; entry !== undefined; entry = internTable[slot]) {
    if (entry.hash === hash && entry.text.length === length && sameText(entry.text, text, start)) return entry;
    slot = (slot + 1) & mask;
  }
  if (internCount >= INTERNED_SIZE >> 1) {
    internTable.fill(undefined);
    internCount = 0;
    slot = hash & mask;
  }
  const word = text.slice(start, end);
  const entry: Interned = { hash, text: word, key: wordKey(word) };
  internTable[slot] = entry;
  internCount++;
  return entry;
}

function sameText(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

const NON_ASCII = /[^\u0020-\u007e]/;

/** Comparison key of a word: NFC, lower case, `Ð` (eth) read as `Đ`. ASCII words skip normalising. */
export function wordKey(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFC').replace(/Ð/g, 'Đ').toLowerCase();
}
