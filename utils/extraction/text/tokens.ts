/**
 * Splits page text into number, word and symbol tokens in one left-to-right pass.
 *
 * Rules look at tokens and their neighbours instead of running nested regexes over the text, which
 * keeps extraction linear on hostile input (10 000-digit numbers, megabytes of `/`).
 */

import { wordKeyId } from './word-ids';

export type TokenType = 'num' | 'word' | 'sym';

/** What separates a token from the one before it. */
export const enum Gap {
  None = 0,
  Space = 1,
  Line = 2,
}

/**
 * One token. Its text and comparison key are read from the page only when a rule asks for them: the
 * rules look at the few tokens around numbers, so the words of the prose between figures, most of a
 * page, are never sliced or normalised.
 */
export class Token {
  private cachedText: string | undefined = undefined;
  private cachedKey: string | undefined = undefined;
  /** -1 until read. */
  private cachedId = -1;

  constructor(
    public type: TokenType,
    public start: number,
    public end: number,
    public gap: Gap,
    /** The text `start` and `end` point into. */
    private source: string,
  ) {}

  get text(): string {
    return (this.cachedText ??= this.source.slice(this.start, this.end));
  }

  /** `wordKey` of the text; a number is its own key. */
  get key(): string {
    return (this.cachedKey ??= this.type === 'num' ? this.text : keyOf(this.text));
  }

  /** The key's id among the words the lexicons know (see word-ids.ts), 0 for any other word. */
  get wordId(): number {
    if (this.cachedId === -1) this.cachedId = idOf(this.text, this.type);
    return this.cachedId;
  }

  /** Makes a pooled token another one. */
  reset(type: TokenType, start: number, end: number, gap: Gap, source: string): void {
    this.type = type;
    this.start = start;
    this.end = end;
    this.gap = gap;
    this.source = source;
    this.cachedText = undefined;
    this.cachedKey = undefined;
    this.cachedId = -1;
  }
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

/**
 * Tokens of `text[from, to)`. A number is a digit run with `.` or `,` only between digits
 * (`1.234.567`, `98,65`); the reading of separators is left to numbers/read-number.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  fill(text, from, to, tokens);
  return tokens;
}

/** Token objects kept from one `tokenizeReusing` to the next, and the array it hands out. */
const pooledTokens: Token[] = [];
const readTokens: Token[] = [];
/** A huge paragraph's tokens are not kept after it is read. */
const POOL_KEPT = 50_000;

/**
 * `tokenize` for a caller that is done with the tokens before it asks again (the figure rules): the
 * token objects and the array are reused by the next call, so a page's million tokens become neither
 * a million objects nor a copy of every paragraph's array for the collector.
 */
export function tokenizeReusing(text: string, from = 0, to = text.length): Token[] {
  const n = fill(text, from, to, pooledTokens);
  if (n > POOL_KEPT) {
    const read = pooledTokens.slice(0, n);
    pooledTokens.length = POOL_KEPT;
    readTokens.length = 0;
    return read;
  }
  readTokens.length = n;
  for (let k = 0; k < n; k++) readTokens[k] = pooledTokens[k]!;
  return readTokens;
}

/** Writes the tokens of `text[from, to)` into `tokens` from index 0, reusing token objects already there; returns their count. */
function fill(text: string, from: number, to: number, tokens: Token[]): number {
  let n = 0;
  let gap: Gap = Gap.None;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const unit = unitOf(code);
    if (unit === Unit.LineBreak || unit === Unit.Space) {
      if (unit === Unit.LineBreak) gap = Gap.Line;
      else if (gap === Gap.None) gap = Gap.Space;
      i++;
      continue;
    }
    const start = i;
    let type: TokenType;
    i++;
    if (unit === Unit.Digit) {
      type = 'num';
      while (i < to) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) i++;
        else if ((c === 46 || c === 44) && i + 1 < to && unitOf(text.charCodeAt(i + 1)) === Unit.Digit) i += 2;
        else break;
      }
    } else if (unit === Unit.Letter) {
      type = 'word';
      while (i < to && unitOf(text.charCodeAt(i)) === Unit.Letter) i++;
    } else {
      type = 'sym';
      if (code >= 0xd800 && code <= 0xdbff && i < to) i++;
    }
    const reused = tokens[n];
    if (reused === undefined) tokens[n] = new Token(type, start, i, gap, text);
    else reused.reset(type, start, i, gap, text);
    n++;
    gap = Gap.None;
  }
  return n;
}

/** Word ids of the texts met so far. */
const knownIds = new Map<string, number>();

function idOf(text: string, type: TokenType): number {
  let id = knownIds.get(text);
  if (id === undefined) {
    id = wordKeyId(type === 'num' ? text : keyOf(text));
    if (knownIds.size >= KEYS_KEPT) knownIds.clear();
    knownIds.set(text, id);
  }
  return id;
}

/** Keys of the words met so far: a page repeats a few thousand words, normalised once each. */
const knownKeys = new Map<string, string>();
const KEYS_KEPT = 20_000;

function keyOf(word: string): string {
  let key = knownKeys.get(word);
  if (key === undefined) {
    key = wordKey(word);
    if (knownKeys.size >= KEYS_KEPT) knownKeys.clear();
    knownKeys.set(word, key);
  }
  return key;
}

const NON_ASCII = /[^\u0020-\u007e]/;

/** Comparison key of a word: NFC, lower case, `Ð` (eth) read as `Đ`. ASCII words skip normalising. */
export function wordKey(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFC').replace(/Ð/g, 'Đ').toLowerCase();
}
