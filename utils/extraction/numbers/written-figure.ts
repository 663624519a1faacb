/**
 * What a written figure stands for: the interval of true values its written digits and its hedge
 * allow. The one model behind extraction's hedges, the page checks, the notebook's agreement and the
 * CSV import.
 *
 * - Rounding: `72,34%` is anything that rounds to it (72,335–72,345), `72%` 71,5–72,5, `1,9 triệu`
 *   1 850 000–1 950 000, `1 tỷ 250 triệu` ± half a million. A whole number written in full
 *   (`177.427 hồ sơ`, `500.000đ`) and any place in a ranking are exact.
 * - Hedges (`hedges.json`): `trên 80%` from 79,5 up, `dưới 5%` at most 5,5, `gần 300` a little under
 *   300, `khoảng 300` a little either side.
 * Scales are applied before any arithmetic: an interval is always in plain units (đồng, people, %).
 */
import type { FigureKind } from '../types';
import type { Language } from '../text/language';
import numbers from '../data/numbers.json';
import { HEDGE_SHARE, HEDGE_WORDS, hedgeKind, type HedgeKind } from './hedges';
import { applyScale, readNumber, readNumeral } from './read-number';

export interface Interval {
  lo: number;
  hi: number;
}

/** What the model needs of a figure: the text as written, its kind, the value read, its hedge. */
export interface WrittenFigure {
  text: string;
  kind: FigureKind;
  value: number;
  of?: number;
  qualifier?: string;
}

/** Places in a ranking and moves between them are counted, never rounded. */
const EXACT_KINDS: ReadonlySet<FigureKind> = new Set(['rank', 'rank_change']);
/** Kinds a page rounds to the digits it writes, even whole ones (`66%` is 65,5–66,5). */
const ROUNDED_KINDS: ReadonlySet<FigureKind> = new Set(['percent', 'score']);

const SCALES = new Map<string, number>(Object.entries(numbers.scales));
const SCALE_VALUES = [1, ...new Set(SCALES.values())].sort((a, b) => a - b);
const SCALE_WORDS = [...SCALES.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const NUMERAL = /\d+(?:[.,]\d+)*/gu;
/** A numeral with the scale word after it: `1,9 triệu`, `250 triệu`, `1.9 million`. */
const SCALED_PART = new RegExp(`(\\d+(?:[.,]\\d+)*)\\s*(${SCALE_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

interface Reading {
  number: number;
  decimals: number;
}

/** A numeral read both ways (`12,480` is 12 480 in English and 12,48 in Vietnamese), each with its decimals. */
function readings(raw: string): Reading[] {
  const out: Reading[] = [];
  for (const language of ['vi', 'en'] as const satisfies readonly Language[]) {
    const numeral = readNumeral(raw, language);
    if (numeral !== null) out.push({ number: numeral.value, decimals: numeral.decimals });
  }
  return out;
}

/**
 * The size of one step in the last digit written, in plain units: `98,65%` → 0,01, `1,9 triệu` →
 * 100 000, `710 tỷ` → 10⁹, `1 tỷ 250 triệu` → 10⁶, `177.427` → 1. Undefined when no numeral in the
 * text gives the value (`up four places`). `pick` says which numeral to try first: the value is
 * written first, a denominator last (`431.172 máy/596.049 dân`).
 */
export function writtenStep(text: string, value: number, pick: 'first' | 'last' = 'first'): number | undefined {
  const magnitude = Math.abs(value);
  const numerals = text.match(NUMERAL) ?? [];
  for (const raw of pick === 'first' ? numerals : [...numerals].reverse()) {
    for (const { number, decimals } of readings(raw)) {
      if (number === 0 && magnitude !== 0) continue;
      const scale = SCALE_VALUES.find((s) => near(applyScale(number, s), magnitude));
      if (scale !== undefined) return applyScale(10 ** -decimals, scale);
    }
  }
  return partsStep(text, magnitude);
}

/** `1 tỷ 250 triệu`, `2 triệu 300 nghìn`: an amount in parts steps by its last part's scale. */
function partsStep(text: string, magnitude: number): number | undefined {
  let total = 0;
  let step: number | undefined;
  for (const m of text.matchAll(SCALED_PART)) {
    const scale = SCALES.get((m[2] as string).toLowerCase()) ?? SCALES.get(m[2] as string);
    const numeral = readNumeral(m[1] as string);
    if (scale === undefined || numeral === null) return undefined;
    total += applyScale(numeral.value, scale);
    step = applyScale(10 ** -numeral.decimals, scale);
  }
  return step !== undefined && near(total, magnitude) ? step : undefined;
}

/** Digits written after the decimal mark, for showing a computed value at the page's precision. */
export function writtenDecimals(figure: Pick<WrittenFigure, 'text' | 'value'>): number {
  const step = writtenStep(figure.text, figure.value);
  return step !== undefined && step < 1 ? Math.round(-Math.log10(step)) : 0;
}

/** The values the written digits alone allow, before any hedge. */
function roundingInterval(kind: FigureKind, text: string, value: number, pick: 'first' | 'last'): Interval {
  const step = EXACT_KINDS.has(kind) ? undefined : writtenStep(text, value, pick);
  if (step === undefined || (!ROUNDED_KINDS.has(kind) && step <= 1)) return { lo: value, hi: value };
  return { lo: value - step / 2, hi: value + step / 2 };
}

/** How a hedge widens the interval of the written digits around `value`. */
export function hedgeInterval(value: number, digits: Interval, hedge: HedgeKind | undefined): Interval {
  const spread = Math.abs(value);
  switch (hedge) {
    case 'atLeast':
      return { lo: digits.lo, hi: Infinity };
    case 'atMost':
      return { lo: -Infinity, hi: digits.hi };
    case 'nearly':
      return { lo: digits.lo - spread * HEDGE_SHARE.nearly, hi: digits.hi };
    case 'about':
      return { lo: digits.lo - spread * HEDGE_SHARE.about, hi: digits.hi + spread * HEDGE_SHARE.about };
    case undefined:
      return digits;
  }
}

/** The true values a written figure stands for: its digits' rounding, widened by its hedge. */
export function figureInterval(figure: WrittenFigure, qualifier: string | undefined = figure.qualifier): Interval {
  const digits = roundingInterval(figure.kind, figure.text, figure.value, 'first');
  return hedgeInterval(figure.value, digits, hedgeKind(qualifier));
}

/**
 * The values an amount shortened with a scale word may stand for when the page cut its digits
 * instead of rounding them (`1,74 tỷ USD` for 1 749,56 million): up to, not including, the next
 * written value. Outside `figureInterval` but inside this one, a sum neither holds nor fails for sure.
 */
export function cutInterval(figure: WrittenFigure, qualifier: string | undefined = figure.qualifier): Interval {
  const rounded = figureInterval(figure, qualifier);
  if (figure.kind !== 'count' && figure.kind !== 'money') return rounded;
  const step = writtenStep(figure.text, figure.value);
  if (step === undefined || step <= 1) return rounded;
  return { lo: rounded.lo, hi: Math.max(rounded.hi, figure.value + step * 0.999) };
}

/** The true values of a figure's denominator (`596.049` of `431.172 máy/596.049 dân`); never hedged. */
export function denominatorInterval(figure: WrittenFigure): Interval | undefined {
  if (figure.of === undefined) return undefined;
  return roundingInterval(figure.kind === 'rank' ? 'rank' : 'count', figure.text, figure.of, 'last');
}

/** A hedge word at the start of a cell (`trên 80%`), longest first. */
const LEADING_HEDGE = new RegExp(`^(${[...HEDGE_WORDS].sort((a, b) => b.length - a.length).join('|')})\\s+(?=[-−+]?\\d)`, 'iu');

/**
 * A value as a table cell writes it: `98,65%`, `1.234,5`, `0.8241`, `1,9 triệu`, `1 tỷ 250 triệu`,
 * `-3`, `trên 80%` (the hedge is kept as the qualifier).
 */
export function readWrittenValue(raw: string): { value: number; percent: boolean; qualifier?: string } | undefined {
  const cell = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
  const hedge = LEADING_HEDGE.exec(cell);
  const text = hedge ? cell.slice(hedge[0].length) : cell;
  const percent = text.endsWith('%');
  const body = (percent ? text.slice(0, -1) : text).trim();
  const sign = /^[-−]/u.test(body) ? -1 : 1;
  const unsigned = body.replace(/^[-+−]\s*/u, '');
  const value = /^[\d.,]+$/u.test(unsigned) ? readNumber(unsigned) : percent ? null : readParts(unsigned);
  if (value === null) return undefined;
  return { value: sign * value, percent, ...(hedge ? { qualifier: (hedge[1] as string).toLowerCase() } : {}) };
}

/** `1,9 triệu`, `1 tỷ 250 triệu`: numerals each with a scale word, each scale smaller than the one before. */
function readParts(text: string): number | null {
  let total = 0;
  let rest = text;
  let last = Infinity;
  for (const m of text.matchAll(SCALED_PART)) {
    const scale = SCALES.get((m[2] as string).toLowerCase()) ?? SCALES.get(m[2] as string);
    const number = readNumber(m[1] as string);
    if (scale === undefined || number === null || scale >= last) return null;
    total += applyScale(number, scale);
    last = scale;
    rest = rest.replace(m[0], '');
  }
  return last === Infinity || rest.trim() !== '' ? null : total;
}

const EPSILON = 1e-9;

export function intersects(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi + EPSILON * Math.max(1, Math.abs(b.hi)) && b.lo <= a.hi + EPSILON * Math.max(1, Math.abs(a.hi));
}

export function sum(intervals: readonly Interval[]): Interval {
  return intervals.reduce((acc, r) => ({ lo: acc.lo + r.lo, hi: acc.hi + r.hi }), { lo: 0, hi: 0 });
}

/** part / whole × 100 over every pair of values the two intervals allow (a part is never below zero). */
export function percentOf(part: Interval, whole: Interval): Interval | undefined {
  if (whole.lo <= 0) return undefined;
  return { lo: (Math.max(0, part.lo) / whole.hi) * 100, hi: (part.hi / whole.lo) * 100 };
}

/** (now / before − 1) × 100: the growth from `before` to `now`, both positive. */
export function growthOf(now: Interval, before: Interval): Interval | undefined {
  if (before.lo <= 0) return undefined;
  return { lo: (Math.max(0, now.lo) / before.hi - 1) * 100, hi: (now.hi / before.lo - 1) * 100 };
}

/** How far apart two intervals are; zero when they overlap. */
export function distance(a: Interval, b: Interval): number {
  return Math.max(0, a.lo - b.hi, b.lo - a.hi);
}
