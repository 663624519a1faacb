import type { Figure } from '../types';
import type { Language } from '../text/language';
import { Gap, type Token, type TokenSource } from '../text/tokens';
import { applyScale, readNumber } from '../numbers/read-number';
import { vocabulary } from './vocabulary';
import type { PhraseMatch } from '../text/lexicon';
import type { Trigger } from './triggers';

/** What the figure rules see of one paragraph. */
export interface FigureContext {
  text: string;
  /**
   * The paragraph's tokens by index, read lazily around the number being tried (text/tokens.ts
   * TokenStream): tokens before where the stream started have negative indices, so a rule finds the
   * paragraph's start by `isFirst` or an undefined token, never by comparing an index with 0, and
   * never uses -1 to mean "none".
   */
  tokens: TokenSource;
  language: Language;
}

/** A figure before its hedge is looked up. */
export type FigureDraft = Omit<Figure, 'qualifier'>;

/** What a rule made of the number at token `i`: a figure, or a claim that it is none (`figure` absent). */
export interface RuleMatch {
  /** First token after what the rule consumed. */
  to: number;
  figure?: FigureDraft;
}

/** One idea about numbers, tried on every number token in a fixed order (see find-figures.ts). */
export interface FigureRule {
  name: string;
  /** The only languages whose paragraphs the rule reads, when it reads not all: the others skip it unasked. */
  languages?: readonly Language[];
  /** What must stand next to a number for the rule to match it (see triggers.ts); without one, every number is tried. */
  trigger?: Trigger;
  apply(ctx: FigureContext, i: number): RuleMatch | null;
}

export function token(ctx: FigureContext, i: number): Token | undefined {
  return ctx.tokens.get(i);
}

/** The comparison key of token `i` (see `Token.key`), undefined past either end. */
export function keyAt(ctx: FigureContext, i: number): string | undefined {
  return ctx.tokens.get(i)?.key;
}

/** Token `i` is a number written as a year (`2023`). */
export function isYearNumber(ctx: FigureContext, i: number): boolean {
  const t = ctx.tokens.get(i);
  return t !== undefined && t.type === 'num' && /^(?:19|20)\d\d$/.test(t.text);
}

export function isSym(ctx: FigureContext, i: number, chars: string): boolean {
  const t = ctx.tokens.get(i);
  return t !== undefined && t.type === 'sym' && chars.includes(t.text);
}

/** No token stands before token `i` in its paragraph (token `i` may itself be past the end). */
export function isFirst(ctx: FigureContext, i: number): boolean {
  return ctx.tokens.get(i - 1) === undefined;
}

export function isNum(ctx: FigureContext, i: number): boolean {
  return ctx.tokens.get(i)?.type === 'num';
}

export function isWord(ctx: FigureContext, i: number): boolean {
  return ctx.tokens.get(i)?.type === 'word';
}

/** Token `i` follows the previous one on the same line (a space at most). */
export function sameLine(ctx: FigureContext, i: number): boolean {
  const t = ctx.tokens.get(i);
  return t !== undefined && t.gap !== Gap.Line;
}

export function valueAt(ctx: FigureContext, i: number): number | null {
  const t = ctx.tokens.get(i);
  if (t?.type !== 'num') return null;
  if (t.readState === 1) return t.value;
  if (t.readState === 2) return null;
  const value = readNumberOnce(t.text, ctx.language);
  t.readState = value === null ? 2 : 1;
  if (value !== null) t.value = value;
  return value;
}

/** Readings of the numerals met so far in each notation: pages repeat years, ranks and small counts. */
const readings: Record<Language, Map<string, number | null>> = { vi: new Map(), en: new Map() };
const READINGS_KEPT = 10_000;

function readNumberOnce(raw: string, language: Language): number | null {
  const known = readings[language];
  const cached = known.get(raw);
  if (cached !== undefined) return cached;
  const value = readNumber(raw, language);
  if (known.size >= READINGS_KEPT) known.clear();
  known.set(raw, value);
  return value;
}

/** Looks a phrase up starting at token `i`, on the same line. */
export function phraseAt<V>(ctx: FigureContext, lexicon: { at: (t: TokenSource, i: number) => PhraseMatch<V> | null }, i: number): PhraseMatch<V> | null {
  if (!sameLine(ctx, i) && !isFirst(ctx, i)) return null;
  return lexicon.at(ctx.tokens, i);
}

/** Looks a phrase up ending just before token `i`, on the same line as `i`. */
export function phraseBefore<V>(
  ctx: FigureContext,
  lexicon: { before: (t: TokenSource, i: number) => PhraseMatch<V> | null },
  i: number,
): PhraseMatch<V> | null {
  if (!sameLine(ctx, i)) return null;
  return lexicon.before(ctx.tokens, i);
}

export function span(ctx: FigureContext, from: number, to: number): { text: string; start: number; end: number } {
  const start = ctx.tokens.get(from)!.start;
  const end = ctx.tokens.get(to - 1)!.end;
  return { text: ctx.text.slice(start, end), start, end };
}

/**
 * A number with the scale word after it: `1,9 triệu` → 1 900 000, ending before token `to`; `scaleTo`
 * ends the first scale word. Vietnamese writes mixed amounts in parts (`2 triệu 300 nghìn`,
 * `1 tỷ 250 triệu`): each further whole number with a smaller scale is added.
 */
export function scaled(ctx: FigureContext, i: number): { value: number; to: number; scaleTo: number } | null {
  const value = valueAt(ctx, i);
  if (value === null) return null;
  const scale = phraseAt(ctx, vocabulary.scales, i + 1);
  if (!scale || scale.from !== i + 1) return { value, to: i + 1, scaleTo: i + 1 };
  let total = applyScale(value, scale.value);
  let to = scale.to;
  let last = scale.value;
  while (ctx.language === 'vi' && isNum(ctx, to) && ctx.tokens.get(to)!.gap === Gap.Space) {
    const part = valueAt(ctx, to);
    const next = ctx.tokens.get(to + 1)?.gap === Gap.Space ? phraseAt(ctx, vocabulary.scales, to + 1) : null;
    if (part === null || !Number.isInteger(part) || !next || next.value >= last || part * next.value >= last) break;
    total += part * next.value;
    last = next.value;
    to = next.to;
  }
  return { value: total, to, scaleTo: scale.to };
}

/** A head noun found after a number: `from`..`to` in tokens, the noun proper from `nounFrom`. */
export interface NounMatch {
  from: number;
  to: number;
  nounFrom: number;
}

/**
 * The head noun a count is of, starting at token `j`: a known noun right after the number
 * (or glued to it, `06km`). English allows up to three describing words first
 * (`1.24 million administrative dossiers`, `1,235 OCOP products`, `2,000 community digital technology teams`),
 * one `and` or `or` among them (`1,375 primary and lower secondary schools`).
 */
export function headNoun(ctx: FigureContext, j: number): NounMatch | null {
  const t = ctx.tokens.get(j);
  if (!t || t.type !== 'word' || t.gap === Gap.Line) return null;
  const direct = vocabulary.countNouns.at(ctx.tokens, j);
  if (direct) return { from: j, to: direct.to, nounFrom: j };
  if (ctx.language !== 'en') return null;
  // `primary and lower secondary schools`: one `and` may join two describing words.
  let joined = 0;
  for (let k = j; k < j + 3 + joined; k++) {
    const w = ctx.tokens.get(k);
    if (!w || w.type !== 'word' || w.gap === Gap.Line || !isDescribingWord(w.text)) return null;
    if (joined === 0 && k > j && (keyAt(ctx, k) === 'and' || keyAt(ctx, k) === 'or')) {
      joined = 1;
      continue;
    }
    if (vocabulary.englishStop.has(keyAt(ctx, k)!)) return null;
    const next = ctx.tokens.get(k + 1);
    if (!next || next.gap !== Gap.Space) return null;
    const noun = vocabulary.countNouns.at(ctx.tokens, k + 1);
    if (noun) return { from: j, to: noun.to, nounFrom: k + 1 };
  }
  return null;
}

/** A lower-case word, an acronym or a brand (`online`, `OCOP`, `VNeID`) may describe an English head noun. */
function isDescribingWord(word: string): boolean {
  return word === word.toLowerCase() || /^[A-Z]{2,6}$/.test(word) || isBrand(word);
}

/** `VNeID`, `iHanoi`, `eKYC`: two or more capitals inside one short word, not a capitalised name (`Hanoi`). */
function isBrand(word: string): boolean {
  return word.length <= 10 && /^[A-Za-z]+$/.test(word) && /[A-Z].*[A-Z]|^[a-z]+[A-Z]/.test(word);
}

/** The unit text of a head noun: the noun itself, without describing words before it. */
export function nounText(ctx: FigureContext, noun: NounMatch): string {
  return ctx.text.slice(ctx.tokens.get(noun.nounFrom)!.start, ctx.tokens.get(noun.to - 1)!.end);
}
