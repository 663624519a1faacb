import type { Figure } from '../types';
import type { Language } from '../text/language';
import { TokenStream, type Token } from '../text/tokens';
import type { FigureContext, FigureRule } from './context';
import type { Trigger } from './triggers';
import { date, time } from './dates-and-times';
import { gluedName } from './glued-names';
import { percent } from './percent';
import { rankChange, spelledRankChange } from './rank-change';
import { englishRank, rank, rankedPair, spelledEnglishRank, top } from './rank';
import { label, ordinal, period, structural } from './negatives';
import { money } from './money';
import { multiple, ratio } from './ratio';
import { score } from './score';
import { count } from './count';
import { qualifierBefore } from './qualifier';

/**
 * The rules in the order they are tried on each number (each only where its trigger holds, see
 * triggers.ts); the first that recognises the number decides what it is. Negatives (times, dates, names, labels, periods) come before the figure
 * rules that would otherwise misread them; specific figure shapes come before the general count.
 */
export const FIGURE_RULES: readonly FigureRule[] = [
  time,
  date,
  percent,
  gluedName,
  rankChange,
  top,
  rank,
  englishRank,
  rankedPair,
  ordinal,
  label,
  period,
  structural,
  money,
  multiple,
  ratio,
  score,
  count,
];

/** The rules tried on words: a number spelled out is a figure only in a shape that leaves no doubt. */
export const WORD_RULES: readonly FigureRule[] = [spelledRankChange, spelledEnglishRank];

export interface Span {
  start: number;
  end: number;
}

/**
 * A rule as the dispatcher calls it. Every entry has the same shape, so reading a rule's trigger and
 * apply in the loop below is one property load, not a look-up among the rules' several shapes.
 */
interface Dispatch {
  trigger: Trigger | null;
  apply: FigureRule['apply'];
}

/** The rules that read a paragraph of each language, numbers' and words', chosen once per language. */
const rulesByLanguage = new Map<Language, { numbers: readonly Dispatch[]; words: readonly Dispatch[] }>();

function rulesFor(language: Language): { numbers: readonly Dispatch[]; words: readonly Dispatch[] } {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    const reads = (rule: FigureRule): boolean => rule.languages === undefined || rule.languages.includes(language);
    const dispatch = (rule: FigureRule): Dispatch => ({ trigger: rule.trigger ?? null, apply: rule.apply.bind(rule) });
    rules = { numbers: FIGURE_RULES.filter(reads).map(dispatch), words: WORD_RULES.filter(reads).map(dispatch) };
    rulesByLanguage.set(language, rules);
  }
  return rules;
}

/** Finds where numbers start: in a paragraph without surrogates, every digit after a token boundary starts one (see TokenStream). */
const DIGIT = /\d/g;

/**
 * The one token stream of the figure rules, restarted for each paragraph and at each number the
 * tokens read so far do not reach: reading on to a farther number costs more than starting afresh
 * there (measured), and either way the rules see the same tokens.
 */
const stream = new TokenStream();

/** One paragraph being read: its rules, its blocked spans in page order and how many of them lie behind. */
interface Reading {
  ctx: FigureContext;
  rules: readonly Dispatch[];
  words: readonly Dispatch[];
  blocked: readonly Span[];
  passed: number;
  figures: Figure[];
}

/**
 * Figures in `text[from, to)` (one paragraph). Numbers inside `blocked` spans (document
 * references, contact lines) are never figures.
 *
 * Where only numbers can be figures (no word rule reads the language), the numbers are found by a
 * pattern and the tokens around each are read as the rules ask; otherwise every token is tried.
 */
export function findFigures(text: string, from: number, to: number, language: Language, blocked: readonly Span[]): Figure[] {
  const rules = rulesFor(language);
  const numbersOnly = rules.words.length === 0;
  const paragraph = text.slice(from, to);
  DIGIT.lastIndex = 0;
  // `test` moves lastIndex past the digit it finds, without building a match.
  if (numbersOnly && !DIGIT.test(paragraph)) return [];
  const reading: Reading = {
    ctx: { text, tokens: stream, language },
    rules: rules.numbers,
    words: rules.words,
    blocked: blocked.length > 1 ? [...blocked].sort((a, b) => a.start - b.start) : blocked,
    passed: 0,
    figures: [],
  };
  if (numbersOnly) {
    const figures = nearNumbers(reading, paragraph, from, to);
    if (figures) return figures;
    reading.passed = 0;
    reading.figures = [];
  }
  stream.start(text, from, to, from);
  for (let i = 0, t = stream.get(0); t; t = stream.get(i)) {
    i = t.type === 'num' || (!numbersOnly && t.type === 'word') ? tryAt(reading, i, t) : i + 1;
  }
  return reading.figures;
}

/**
 * The figures of a paragraph read number by number, the stream started at each number (or read on to
 * it when it is close); null when a surrogate made the stream unsure, and the paragraph must be read whole.
 * DIGIT has found the first digit.
 */
function nearNumbers(reading: Reading, paragraph: string, from: number, to: number): Figure[] | null {
  const { text } = reading.ctx;
  // The index of the first token no rule has consumed; the next number starts at or after it.
  let cursor = -1;
  do {
    const d = from + DIGIT.lastIndex - 1;
    let i = 0;
    if (cursor >= 0 && d <= stream.readUpTo) i = stream.indexFrom(d, cursor);
    else stream.start(text, from, to, d);
    cursor = tryAt(reading, i, stream.get(i)!);
    if (stream.misread) return null;
    const after = stream.get(cursor);
    if (after === undefined) break;
    DIGIT.lastIndex = after.start - from;
  } while (DIGIT.test(paragraph));
  return reading.figures;
}

/** Tries the rules on token `i` unless it is blocked; returns the first token after what a rule consumed. */
function tryAt(reading: Reading, i: number, t: Token): number {
  const { blocked, ctx } = reading;
  while (reading.passed < blocked.length && blocked[reading.passed]!.end <= t.start) reading.passed++;
  if (reading.passed < blocked.length && blocked[reading.passed]!.start <= t.start) return i + 1;
  for (const rule of t.type === 'num' ? reading.rules : reading.words) {
    if (rule.trigger !== null && !rule.trigger(stream, i)) continue;
    const match = rule.apply(ctx, i);
    if (!match) continue;
    if (match.figure) {
      let first = i;
      while (stream.get(first - 1) !== undefined && stream.get(first)!.start > match.figure.start) first--;
      const qualifier = qualifierBefore(ctx, first);
      reading.figures.push(qualifier ? { ...match.figure, qualifier } : match.figure);
    }
    return Math.max(i + 1, match.to);
  }
  return i + 1;
}
