/** Indicator names and aliases (data/indicators.json) and where the page names them. */
import type { FigureKind } from '../extraction/types';
import data from './data/indicators.json';
import type { Indicator } from './types';
import { foldName, type FoldedText } from '../extraction/text/fold';
import type { Span } from '../extraction/text/span';
import { findAll, namePattern } from './text';

export interface IndicatorEntry {
  id: string;
  vi: string;
  en: string;
  aliases: string[];
  kinds?: FigureKind[];
  units?: string[];
  ranking?: boolean;
  /** Years between the year an index measures and the year its edition is announced. */
  announcedAfter?: number;
  percentMeans?: string;
  /** The same measure for the whole country (GRDP → GDP), and for a province (GDP → GRDP). */
  national?: string;
  provincial?: string;
  /** Key of the document that defines it, in the data file's `sources`. */
  source: string;
}

export const INDICATORS: readonly IndicatorEntry[] = data.indicators as IndicatorEntry[];

const byId = new Map(INDICATORS.map((e) => [e.id, e]));
const byAlias = new Map<string, string>();
for (const e of INDICATORS) for (const a of e.aliases) byAlias.set(foldName(a), e.id);
const byUnit = new Map<string, string>();
for (const e of INDICATORS) for (const u of e.units ?? []) byUnit.set(foldName(u), e.id);
const pattern = namePattern(byAlias.keys());

export function indicatorOf(id: string): Indicator | undefined {
  const e = byId.get(id);
  return e ? { id: e.id, name: e.vi, en: e.en } : undefined;
}

export interface IndicatorMention extends Span {
  id: string;
}

/** Every indicator named in the page, longest alias first where names overlap. */
export function findIndicators(folded: FoldedText): IndicatorMention[] {
  if (!pattern) return [];
  return findAll(pattern, folded.folded).flatMap((hit) => {
    const id = byAlias.get(foldName(hit.match[0]));
    return id ? [{ start: hit.start, end: hit.end, id }] : [];
  });
}

/** The indicator a figure's own head noun names (`300 bưu cục`), if any. */
export function indicatorOfUnit(unit: string | undefined): string | undefined {
  return unit ? byUnit.get(foldName(unit)) : undefined;
}

/** Whether an indicator can be measured by a figure of this kind, and under which id. */
export function fitFor(id: string, kind: FigureKind): string | undefined {
  const e = byId.get(id);
  if (!e) return undefined;
  if (kind === 'percent' && e.percentMeans) return e.percentMeans;
  if (e.kinds && !e.kinds.includes(kind)) return undefined;
  return id;
}

export function isRanking(id: string): boolean {
  return byId.get(id)?.ranking === true;
}

/** How many years after the year it measures an index is announced (PCI 2024 in 2025: 1); 0 for a plain statistic. */
export function announcedAfter(id: string): number {
  return byId.get(id)?.announcedAfter ?? 0;
}

/** The id of the same measure on the country's or a province's scale (`grdp-growth` of Việt Nam is `gdp-growth`). */
export function onScale(id: string, country: boolean): string {
  const e = byId.get(id);
  return (country ? e?.national : e?.provincial) ?? id;
}
