/**
 * When two figures for the same indicator, province and period agree. PURE.
 *
 * What a written figure stands for (`72%` 71,5–72,5, `1,9 triệu` 1 850 000–1 950 000, `trên 80%`
 * from 79,5 up, `gần 300` a little under 300) is the one model in `extraction/numbers/written-figure`.
 * Two figures agree when those intervals come within the tolerance the analyst set for the kind
 * (options page). Ranks and rank changes are exact: `10/63` never agrees with `11/63`.
 */
import { distance, figureInterval, type Interval } from '../extraction/numbers/written-figure';
import type { FigureKind } from '../extraction/types';
import type { Tolerances } from '../settings';

/** What the comparison needs of a figure. */
export interface Reading {
  text: string;
  value: number;
  figureKind: FigureKind;
  unit?: string;
  of?: number;
  qualifier?: string;
}

/** Kinds whose tolerance is a share of the value rather than an amount. */
const RELATIVE: ReadonlySet<FigureKind> = new Set(['count', 'money', 'ratio']);

/** The true values a clipped figure stands for. */
export function rangeOf(reading: Reading): Interval {
  return figureInterval({ text: reading.text, kind: reading.figureKind, value: reading.value, of: reading.of, qualifier: reading.qualifier });
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

/** Two comparable figures agree when what they stand for comes within tolerance. */
export function agree(a: Reading, b: Reading, tolerances: Tolerances): boolean {
  return distance(rangeOf(a), rangeOf(b)) <= allowedGap(a, b, tolerances) + 1e-9;
}
