/**
 * Splits page text into number, word and symbol tokens, read as far as a rule asks (TokenStream).
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
  /** A number's value, read by the figure rules once (figures/context.ts `valueAt`): 0 not yet, 1 `value` holds it, 2 no quantity. */
  readState = 0;
  value = 0;

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
    this.readState = 0;
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

/** Tokens of `text[from, to)`, all of them. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const stream = tokenStream(text, from, to);
  const tokens: Token[] = [];
  for (let k = 0, t = stream.get(0); t; t = stream.get(++k)) tokens.push(t);
  return tokens;
}

/** A stream of the tokens of `text[from, to)`, started at its first token (index 0). */
export function tokenStream(text: string, from = 0, to = text.length): TokenStream {
  const stream = new TokenStream();
  stream.start(text, from, to, from);
  return stream;
}

/** Tokens by index, as the rules read them. */
export interface TokenSource {
  /** Token `k`, undefined past either end of the paragraph. */
  get(k: number): Token | undefined;
}

/**
 * The tokens of one paragraph, read only as far as someone asks, in both directions from where it
 * was started. The figure rules look at the few tokens around each number, so the prose between
 * numbers, most of a page, is never tokenized.
 *
 * Indices are relative to the token the stream was started at (index 0); tokens before it have
 * negative indices, and past the paragraph's ends `get` answers undefined, which is the only way a
 * reader learns where the paragraph starts or ends. A token's class, extent and gap depend only on
 * the characters around it, so reading backward gives the same tokens as reading forward, with one
 * exception: a high surrogate takes the next unit into its token whatever it is, which only a
 * forward read from the paragraph's start gets right. Where a stream started later meets a
 * surrogate it cannot place, it sets `misread`, and the reader reads the paragraph again from its start.
 */
export class TokenStream implements TokenSource {
  private text = '';
  private from = 0;
  private to = 0;
  /** Tokens 0, 1, … and −1, −2, … as read so far, and how many of each. */
  private readonly ahead: Token[] = [];
  private readonly behind: Token[] = [];
  private nAhead = 0;
  private nBehind = 0;
  /** Where reading forward goes on, and where reading backward goes on (the start of the earliest token read). */
  private forwardAt = 0;
  private backwardAt = 0;
  /** Spare token objects, so restarting the stream makes no garbage. */
  private readonly spare: Token[] = [];
  /** A surrogate stood where a stream started after the paragraph's start cannot tell its tokens (see the class comment). */
  misread = false;

  /** Starts reading `text[from, to)` at `at`, which must be the start of a token (or `from`); earlier tokens are dropped. */
  start(text: string, from: number, to: number, at: number): void {
    for (let k = 0; k < this.nAhead; k++) this.spare.push(this.ahead[k]!);
    for (let k = 0; k < this.nBehind; k++) this.spare.push(this.behind[k]!);
    this.nAhead = 0;
    this.nBehind = 0;
    if (this.spare.length > SPARE_KEPT) this.spare.length = SPARE_KEPT;
    if (this.ahead.length > SPARE_KEPT) this.ahead.length = SPARE_KEPT;
    if (this.behind.length > SPARE_KEPT) this.behind.length = SPARE_KEPT;
    this.text = text;
    this.from = from;
    this.to = to;
    this.forwardAt = at;
    this.backwardAt = at;
    this.misread = false;
    // A high surrogate right before the start would have taken the unit at `at` into its own token.
    if (at > from && isHighSurrogate(text.charCodeAt(at - 1))) this.misread = true;
  }

  get(k: number): Token | undefined {
    if (k >= 0) {
      while (k >= this.nAhead) if (!this.readForward()) return undefined;
      return this.ahead[k];
    }
    const b = -k - 1;
    while (b >= this.nBehind) if (!this.readBackward()) return undefined;
    return this.behind[b];
  }

  /** Index of the first token read so far that starts at or after `offset`, reading on as far as `offset` (−1 past the end). */
  indexFrom(offset: number, k: number): number {
    for (let t = this.get(k); t; t = this.get(++k)) if (t.start >= offset) return k;
    return -1;
  }

  /** End of the last token read forward (where the stream stands). */
  get readUpTo(): number {
    return this.forwardAt;
  }

  /** The gap before a token starting at `start`: what the blank units right before it hold. */
  private gapBefore(start: number): Gap {
    const { text, from } = this;
    let gap: Gap = Gap.None;
    let i = start;
    for (; i > from; i--) {
      const unit = unitOf(text.charCodeAt(i - 1));
      if (unit === Unit.LineBreak) gap = Gap.Line;
      else if (unit !== Unit.Space) break;
      else if (gap === Gap.None) gap = Gap.Space;
    }
    // A high surrogate before the blanks would have taken the first of them into its token.
    if (gap !== Gap.None && i > from && isHighSurrogate(text.charCodeAt(i - 1))) this.misread = true;
    return gap;
  }

  private make(type: TokenType, start: number, end: number, gap: Gap): Token {
    const spare = this.spare.pop();
    if (spare === undefined) return new Token(type, start, end, gap, this.text);
    spare.reset(type, start, end, gap, this.text);
    return spare;
  }

  /** Reads the next token after the last one read forward; false at the paragraph's end. */
  private readForward(): boolean {
    const { text, to } = this;
    let i = this.forwardAt;
    let gap: Gap = Gap.None;
    let unit = Unit.Unknown;
    let code = 0;
    for (; i < to; i++) {
      code = text.charCodeAt(i);
      unit = unitOf(code);
      if (unit === Unit.LineBreak) gap = Gap.Line;
      else if (unit === Unit.Space) {
        if (gap === Gap.None) gap = Gap.Space;
      } else break;
    }
    if (i >= to) {
      this.forwardAt = to;
      return false;
    }
    const start = i;
    // The stream may start after the paragraph's start: the first token's gap is read back from there.
    if (this.nAhead === 0) gap = this.gapBefore(start);
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
    this.ahead[this.nAhead++] = this.make(type, start, i, gap);
    this.forwardAt = i;
    return true;
  }

  /** Reads the token before the earliest one read; false at the paragraph's start. Never met with surrogates (see the class comment). */
  private readBackward(): boolean {
    // Token 0 is read first, so that backward reading starts from a token's start.
    if (this.nAhead === 0 && !this.readForward()) return false;
    const { text, from } = this;
    let i = this.backwardAt;
    while (i > from && isBlankUnit(unitOf(text.charCodeAt(i - 1)))) i--;
    if (i <= from) return false;
    const end = i;
    const unit = unitOf(text.charCodeAt(i - 1));
    let type: TokenType;
    i--;
    if (unit === Unit.Digit) {
      type = 'num';
      while (i > from) {
        const c = text.charCodeAt(i - 1);
        if (c >= 48 && c <= 57) i--;
        else if ((c === 46 || c === 44) && i - 2 >= from && unitOf(text.charCodeAt(i - 2)) === Unit.Digit) i -= 2;
        else break;
      }
    } else if (unit === Unit.Letter) {
      type = 'word';
      while (i > from && unitOf(text.charCodeAt(i - 1)) === Unit.Letter) i--;
    } else {
      type = 'sym';
      if (isSurrogate(text.charCodeAt(i))) this.misread = true;
    }
    this.behind[this.nBehind++] = this.make(type, i, end, this.gapBefore(i));
    this.backwardAt = i;
    return true;
  }
}

/** Token objects kept for reuse by a stream. */
const SPARE_KEPT = 4096;

function isBlankUnit(unit: Unit): boolean {
  return unit === Unit.Space || unit === Unit.LineBreak;
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

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
