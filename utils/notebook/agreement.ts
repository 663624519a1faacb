/**
 * When two figures for the same indicator, province and period agree. PURE.
 *
 * A written figure stands for a range of true values: `72%` for anything that rounds to it,
 * `1,9 triệu` for 1 850 000–1 950 000, `trên 80%` for anything from 80 up, `gần 300` for a little
 * under 300. Two figures agree when their ranges come within the tolerance the analyst set for the
 * kind (options page). Ranks and rank changes are exact: `10/63` never agrees with `11/63`.
 */
import type { FigureKind } from '../extraction/types';
import type { Tolerances } from '../settings';
import hedges from './hedges.json';

/** What the comparison needs of a figure. */
export interface Reading {
  text: string;
  value: number;
  figureKind: FigureKind;
  unit?: string;
  of?: number;
  qualifier?: string;
}

export interface Range {
  lo: number;
  hi: number;
}

/** Kinds whose numbers are written exactly (places, counts of units), never rounded. */
const EXACT: ReadonlySet<FigureKind> = new Set(['rank', 'rank_change', 'ratio']);

/** Kinds whose tolerance is a share of the value rather than an amount. */
const RELATIVE: ReadonlySet<FigureKind> = new Set(['count', 'money', 'ratio']);

const SCALES = [1, 1e3, 1e6, 1e9, 1e12];

/** The first number as written in the figure's text, read both the Vietnamese and the English way. */
function writtenNumbers(text: string): Array<{ number: number; decimals: number }> {
  const match = /\d(?:[\d.,]*\d)?/.exec(text);
  if (!match) return [];
  const raw = match[0];
  const readings: Array<{ number: number; decimals: number }> = [];
  for (const [thousands, decimal] of [['.', ','], [',', '.']] as const) {
    const parts = raw.split(thousands).join('').split(decimal);
    if (parts.length > 2) continue;
    const [whole = '', fraction = ''] = parts;
    // A thousands separator is always followed by exactly three digits.
    if (raw.split(thousands).slice(1).some((group) => !/^\d{3}/.test(group))) continue;
    readings.push({ number: Number(`${whole}.${fraction || '0'}`), decimals: fraction.length });
  }
  return readings;
}

/**
 * The size of one step in the last digit written, in the figure's own units: `98,65%` → 0.01,
 * `1,9 triệu` → 100 000, `710 tỷ` → 1 000 000 000. Zero when the text does not explain the value.
 */
export function writtenStep(reading: Pick<Reading, 'text' | 'value'>): number {
  const magnitude = Math.abs(reading.value);
  for (const { number, decimals } of writtenNumbers(reading.text)) {
    if (number === 0) continue;
    const scale = SCALES.find((s) => Math.abs(number * s - magnitude) <= 1e-9 * Math.max(1, magnitude));
    if (scale !== undefined) return 10 ** -decimals * scale;
  }
  return 0;
}

type HedgeKind = 'above' | 'atLeast' | 'below' | 'atMost' | 'near' | 'about';
const HEDGE_KINDS: HedgeKind[] = ['above', 'atLeast', 'below', 'atMost', 'near', 'about'];

export function hedgeOf(qualifier: string | undefined): HedgeKind | undefined {
  if (!qualifier) return undefined;
  const q = qualifier.trim().toLowerCase();
  return HEDGE_KINDS.find((kind) => hedges[kind].includes(q));
}

/** The true values a written figure stands for. */
export function rangeOf(reading: Reading): Range {
  const { value } = reading;
  const half = EXACT.has(reading.figureKind) ? 0 : writtenStep(reading) / 2;
  const lo = value - half;
  const hi = value + half;
  const spread = Math.abs(value);
  switch (hedgeOf(reading.qualifier)) {
    case 'above':
    case 'atLeast':
      return { lo, hi: Infinity };
    case 'below':
    case 'atMost':
      return { lo: -Infinity, hi };
    case 'near':
      return { lo: value - spread * hedges.nearShare, hi };
    case 'about':
      return { lo: value - spread * hedges.aboutShare, hi: value + spread * hedges.aboutShare };
    default:
      return { lo, hi };
  }
}

/** Whether two figures measure the same thing the same way, so that comparing their values means something. */
export function comparable(a: Reading, b: Reading): boolean {
  if (a.figureKind !== b.figureKind) return false;
  if ((a.figureKind === 'count' || a.figureKind === 'money') && a.unit && b.unit && a.unit.toLowerCase() !== b.unit.toLowerCase()) return false;
  // `10/63` and `5/34` are places in different rankings.
  if ((a.figureKind === 'rank' || a.figureKind === 'ratio') && a.of !== undefined && b.of !== undefined && a.of !== b.of) return false;
  return true;
}

/** The largest gap between two figures' ranges that still counts as agreement. */
export function allowedGap(a: Reading, b: Reading, tolerances: Tolerances): number {
  const amount = tolerances[a.figureKind];
  if (!RELATIVE.has(a.figureKind)) return amount;
  return (Math.max(Math.abs(a.value), Math.abs(b.value)) * amount) / 100;
}

/** How far apart two ranges are; zero when they overlap. */
export function gapBetween(a: Range, b: Range): number {
  return Math.max(0, a.lo - b.hi, b.lo - a.hi);
}

/** Two comparable figures agree when what they stand for comes within tolerance. */
export function agree(a: Reading, b: Reading, tolerances: Tolerances): boolean {
  return gapBetween(rangeOf(a), rangeOf(b)) <= allowedGap(a, b, tolerances) + 1e-9;
}
