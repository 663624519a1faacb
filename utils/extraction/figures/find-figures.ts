import type { Figure } from '../types';
import type { Language } from '../text/language';
import { tokenizeReusing } from '../text/tokens';
import type { FigureContext, FigureRule } from './context';
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

/** The rules that read a paragraph of each language, numbers' and words', chosen once per language. */
const rulesByLanguage = new Map<Language, { numbers: readonly FigureRule[]; words: readonly FigureRule[] }>();

function rulesFor(language: Language): { numbers: readonly FigureRule[]; words: readonly FigureRule[] } {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    const reads = (rule: FigureRule): boolean => rule.languages === undefined || rule.languages.includes(language);
    rules = { numbers: FIGURE_RULES.filter(reads), words: WORD_RULES.filter(reads) };
    rulesByLanguage.set(language, rules);
  }
  return rules;
}

const DIGIT = /\d/;

/** The numbers' readings of one paragraph, kept between paragraphs (rules read them only for its tokens). */
let values = new Float64Array(1024);
let read = new Uint8Array(1024);

/** A huge paragraph gets arrays of its own, so they are not kept after it. */
const READINGS_KEPT = 50_000;

function readingsFor(count: number): { values: Float64Array; read: Uint8Array } {
  if (count > READINGS_KEPT) return { values: new Float64Array(count), read: new Uint8Array(count) };
  if (count > read.length) {
    values = new Float64Array(count);
    read = new Uint8Array(count);
  } else {
    read.fill(0, 0, count);
  }
  return { values, read };
}

/**
 * Figures in `text[from, to)` (one paragraph). Numbers inside `blocked` spans (document
 * references, contact lines) are never figures.
 */
export function findFigures(text: string, from: number, to: number, language: Language, blocked: readonly Span[]): Figure[] {
  const rules = rulesFor(language);
  // Where no word rule reads the language, only numbers can be figures: most tokens are words, and a paragraph without a digit has none.
  const numbersOnly = rules.words.length === 0;
  if (numbersOnly && !DIGIT.test(text.slice(from, to))) return [];
  const tokens = tokenizeReusing(text, from, to);
  const ctx: FigureContext = { text, tokens, language, ...readingsFor(tokens.length) };
  const figures: Figure[] = [];
  const sorted = [...blocked].sort((a, b) => a.start - b.start);
  let b = 0;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.type !== 'num' && (numbersOnly || t.type === 'sym')) {
      i++;
      continue;
    }
    while (b < sorted.length && sorted[b]!.end <= t.start) b++;
    if (b < sorted.length && sorted[b]!.start <= t.start) {
      i++;
      continue;
    }
    let next = i + 1;
    for (const rule of t.type === 'num' ? rules.numbers : rules.words) {
      if (rule.trigger?.(tokens, i) === false) continue;
      const match = rule.apply(ctx, i);
      if (!match) continue;
      next = Math.max(i + 1, match.to);
      if (match.figure) {
        let first = i;
        while (first > 0 && tokens[first]!.start > match.figure.start) first--;
        const qualifier = qualifierBefore(ctx, first);
        figures.push(qualifier ? { ...match.figure, qualifier } : match.figure);
      }
      break;
    }
    i = next;
  }
  return figures;
}
