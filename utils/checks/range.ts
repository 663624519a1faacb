/**
 * The values a written figure can stand for. `72,34%` is any value that rounds to it (±0,005);
 * `66%` allows ±0,5; `1,9 triệu` from 1 850 000 to 2 000 000 (rounded or cut); an exact count like
 * `177.427` is just itself.
 * A hedge widens the range: `trên 80%` is 80 or more, `gần 300` at most 300, `khoảng` ±10 %.
 */
import type { Figure } from '../extraction/types';
import { WORDS, endsWithWord, norm } from './words';

export interface Range {
  lo: number;
  hi: number;
}

const NUMBER_TOKEN = /\d+(?:[.,]\d+)*/g;

/** Size of the last written digit, found by matching the written digits against the value. */
function writtenStep(text: string, value: number, pick: 'first' | 'last'): number | undefined {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return undefined;
  const tokens = text.match(NUMBER_TOKEN) ?? [];
  const ordered = pick === 'first' ? tokens : [...tokens].reverse();
  for (const token of ordered) {
    const digits = Number(token.replace(/\D/g, ''));
    if (!digits) continue;
    const exponent = Math.round(Math.log10(magnitude / digits));
    const step = 10 ** exponent;
    if (Math.abs(digits * step - magnitude) <= magnitude * 1e-9) return step;
  }
  return undefined;
}

interface Rounding {
  below: number;
  above: number;
}

/**
 * How far the true value may lie below and above the written one. Percentages and scores are
 * rounded: half a step either way. A whole count written out in full is exact. An amount shortened
 * with a scale word (`1,74 tỷ USD` for 1 749,6 million) is as often cut as rounded, so it may lie up
 * to a whole step above.
 */
function rounding(figure: Figure, value: number, pick: 'first' | 'last'): Rounding {
  const step = writtenStep(figure.text, value, pick);
  const roundsValues = figure.kind === 'percent' || figure.kind === 'score';
  if (step === undefined) return roundsValues ? { below: 0.5, above: 0.5 } : { below: Math.abs(value) * 0.01, above: Math.abs(value) * 0.01 };
  if (roundsValues) return { below: step / 2, above: step / 2 };
  if (step <= 1) return { below: 0, above: 0 };
  // Cut: anything up to, not including, the next written value.
  return { below: step / 2, above: step * 0.999 };
}

type QualifierKind = keyof typeof WORDS.qualifiers;

function qualifierKind(qualifier: string): QualifierKind {
  const q = norm(qualifier).trim();
  for (const kind of Object.keys(WORDS.qualifiers) as QualifierKind[]) {
    if (WORDS.qualifiers[kind].includes(q)) return kind;
  }
  return 'about';
}

/** The hedge before a figure: the extractor's, or one written just before it. */
const ALL_QUALIFIERS = Object.values(WORDS.qualifiers).flat();

export function qualifierOf(figure: Figure, textBefore: string): string | undefined {
  if (figure.qualifier) return figure.qualifier;
  return endsWithWord(textBefore, ALL_QUALIFIERS);
}

function widen(value: number, { below, above }: Rounding, qualifier: string | undefined): Range {
  const lo = value - below;
  const hi = value + above;
  if (!qualifier) return { lo, hi };
  switch (qualifierKind(qualifier)) {
    case 'atLeast':
      return { lo, hi: Infinity };
    case 'atMost':
      return { lo: Math.min(0, lo), hi };
    case 'nearly':
      return { lo: value * 0.9 - below, hi };
    case 'about':
      return { lo: value * 0.9 - below, hi: value * 1.1 + above };
  }
}

/** The range of the figure's value (`431.172` of `431.172 máy/596.049 dân`). */
export function valueRange(figure: Figure, qualifier?: string): Range {
  return widen(figure.value, rounding(figure, figure.value, 'first'), qualifier);
}

/** The range of the figure's denominator (`596.049`); never hedged. */
export function ofRange(figure: Figure): Range | undefined {
  if (figure.of === undefined) return undefined;
  return widen(figure.of, rounding(figure, figure.of, 'last'), undefined);
}

/** Decimals written in a figure's number, for showing a computed value at the same precision. */
export function writtenDecimals(figure: Figure): number {
  const step = writtenStep(figure.text, figure.value, 'first');
  return step !== undefined && step < 1 ? Math.round(-Math.log10(step)) : 0;
}

const EPSILON = 1e-9;

export function intersects(a: Range, b: Range): boolean {
  return a.lo <= b.hi + EPSILON * Math.max(1, Math.abs(b.hi)) && b.lo <= a.hi + EPSILON * Math.max(1, Math.abs(a.hi));
}

export function sum(ranges: readonly Range[]): Range {
  return ranges.reduce((acc, r) => ({ lo: acc.lo + r.lo, hi: acc.hi + r.hi }), { lo: 0, hi: 0 });
}

/** part / whole × 100, both ranges positive. */
export function percentOf(part: Range, whole: Range): Range | undefined {
  if (whole.lo <= 0) return undefined;
  return { lo: (Math.max(0, part.lo) / whole.hi) * 100, hi: (part.hi / whole.lo) * 100 };
}
