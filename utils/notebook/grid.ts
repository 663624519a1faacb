/**
 * The comparison grid: indicator × province × period, each cell with every source's value and a
 * flag where sources disagree. PURE: clips in, grid out.
 */
import type { Indicator, Subject } from '../attribution/types';
import type { Tolerances } from '../settings';
import { agree, comparable } from './agreement';
import { placeOnMap, type Place, type ProvinceMap } from './provinces';
import type { Clip, FigureClip } from './types';

export interface GridCell {
  period: string;
  /** Newest clip first. */
  entries: FigureClip[];
  /** Pairs of clip ids whose values disagree. Targets and figures of another kind are not compared. */
  disagreements: Array<[number, number]>;
}

export interface GridRow {
  place: Place;
  cells: Map<string, GridCell>;
}

export interface IndicatorGrid {
  indicator: Indicator;
  /** Oldest first. */
  periods: string[];
  rows: GridRow[];
  conflicts: number;
}

export interface GridOptions {
  map: ProvinceMap;
  tolerances: Tolerances;
}

/** Figures Soi (or the analyst) could place on all three axes. */
export function isGridFigure(clip: Clip): clip is FigureClip {
  return clip.kind === 'figure' && clip.attribution.indicator !== 'unknown' && clip.attribution.subject !== 'unknown' && clip.attribution.period !== 'unknown';
}

/** Sources in one cell that contradict each other, compared only within the same original province. */
export function disagreementsIn(entries: readonly FigureClip[], tolerances: Tolerances): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const outcomes = entries.filter((clip) => !clip.attribution.target);
  for (let i = 0; i < outcomes.length; i++) {
    for (let j = i + 1; j < outcomes.length; j++) {
      const a = outcomes[i] as FigureClip;
      const b = outcomes[j] as FigureClip;
      if (a.subject !== b.subject || !comparable(a, b)) continue;
      if (!agree(a, b, tolerances)) pairs.push([a.id, b.id]);
    }
  }
  return pairs;
}

const collator = new Intl.Collator('vi');

export function buildGrid(clips: Iterable<Clip>, options: GridOptions): IndicatorGrid[] {
  const byIndicator = new Map<string, { indicator: Indicator; periods: Map<string, string>; rows: Map<string, GridRow> }>();
  for (const clip of clips) {
    if (!isGridFigure(clip)) continue;
    const indicator = clip.attribution.indicator as Indicator;
    const place = placeOnMap(clip.attribution.subject as Subject, options.map);
    const period = clip.attribution.period;
    if (period === 'unknown') continue;
    let group = byIndicator.get(indicator.id);
    if (!group) byIndicator.set(indicator.id, (group = { indicator, periods: new Map(), rows: new Map() }));
    group.periods.set(period.key, `${period.from}\u0000${period.key}`);
    let row = group.rows.get(place.id);
    if (!row) group.rows.set(place.id, (row = { place, cells: new Map() }));
    let cell = row.cells.get(period.key);
    if (!cell) row.cells.set(period.key, (cell = { period: period.key, entries: [], disagreements: [] }));
    cell.entries.push(clip);
  }
  const grids: IndicatorGrid[] = [];
  for (const group of byIndicator.values()) {
    let conflicts = 0;
    for (const row of group.rows.values()) {
      for (const cell of row.cells.values()) {
        cell.entries.sort((a, b) => b.clippedAt - a.clippedAt);
        cell.disagreements = disagreementsIn(cell.entries, options.tolerances);
        if (cell.disagreements.length) conflicts++;
      }
    }
    grids.push({
      indicator: group.indicator,
      periods: [...group.periods].sort((a, b) => a[1].localeCompare(b[1])).map(([key]) => key),
      rows: [...group.rows.values()].sort((a, b) => collator.compare(a.place.name, b.place.name)),
      conflicts,
    });
  }
  return grids.sort((a, b) => collator.compare(a.indicator.name, b.indicator.name));
}

/** The value a chart shows for a cell: the median of its outcomes of one kind (targets left out). */
export function cellValue(cell: GridCell | undefined, kind: FigureClip['figureKind']): number | null {
  const values = (cell?.entries ?? [])
    .filter((c) => c.figureKind === kind && !c.attribution.target)
    .map((c) => c.value)
    .sort((a, b) => a - b);
  if (!values.length) return null;
  const mid = values.length >> 1;
  return values.length % 2 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}

export interface RankSeries {
  periods: string[];
  series: Array<{ place: string; ranks: Array<number | null> }>;
}

/** Each province's rank over the periods, for the indicator's rank chart; provinces never ranked are left out. */
export function rankOverTime(grid: IndicatorGrid): RankSeries {
  const series = grid.rows
    .map((row) => ({ place: row.place.name, ranks: grid.periods.map((period) => cellValue(row.cells.get(period), 'rank')) }))
    .filter((s) => s.ranks.some((rank) => rank !== null));
  return { periods: grid.periods, series };
}

export interface ProvinceValues {
  kind: FigureClip['figureKind'];
  period: string;
  places: string[];
  values: number[];
}

/**
 * The indicator's values across provinces for one period: the kind most often clipped apart from
 * ranks (charted on their own), and the latest period that has the most provinces.
 */
export function valuesAcrossProvinces(grid: IndicatorGrid): ProvinceValues | undefined {
  const kinds = new Map<FigureClip['figureKind'], number>();
  for (const row of grid.rows)
    for (const cell of row.cells.values())
      for (const clip of cell.entries) {
        if (clip.figureKind !== 'rank' && clip.figureKind !== 'rank_change') kinds.set(clip.figureKind, (kinds.get(clip.figureKind) ?? 0) + 1);
      }
  const kind = [...kinds].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!kind) return undefined;
  let best: ProvinceValues | undefined;
  for (const period of grid.periods) {
    const places: string[] = [];
    const values: number[] = [];
    for (const row of grid.rows) {
      const value = cellValue(row.cells.get(period), kind);
      if (value === null) continue;
      places.push(row.place.name);
      values.push(value);
    }
    if (places.length && (!best || places.length >= best.places.length)) best = { kind, period, places, values };
  }
  return best;
}

/** A source as a cell shows it: the value as written and where it came from. */
export type GridSource = Pick<FigureClip, 'kind' | 'id' | 'text' | 'value' | 'figureKind' | 'of' | 'unit' | 'url' | 'title' | 'site'> & { target: boolean };

/** What the Compare tab shows of a cell: its first sources (disputed ones first) and the ids of the rest. */
export interface CellView {
  sources: GridSource[];
  /** Ids of the sources past the first few, read only when the reader opens them. */
  more: number[];
  disputed: number[];
}

export interface GridView {
  indicator: Indicator;
  periods: string[];
  rows: Array<{ place: Place; cells: Map<string, CellView> }>;
  conflicts: number;
  ranks: RankSeries;
  values?: ProvinceValues;
}

export function gridSource(clip: FigureClip): GridSource {
  const { kind, id, text, value, figureKind, of, unit, url, title, site } = clip;
  return { kind, id, text, value, figureKind, of, unit, url, title, site, target: Boolean(clip.attribution.target) };
}

/**
 * A grid as the Compare tab draws it, small enough to hand from a worker to the page: every cell
 * aggregate (conflicts, chart values) is computed here, and each cell keeps only the sources it
 * shows before "N more".
 */
export function gridView(grid: IndicatorGrid, shownSources: number): GridView {
  const rows = grid.rows.map((row) => {
    const cells = new Map<string, CellView>();
    for (const [period, cell] of row.cells) {
      const disputed = new Set(cell.disagreements.flat());
      // Disputed sources first, so the flag and the values it is about are seen together.
      const entries = [...cell.entries].sort((a, b) => Number(disputed.has(b.id)) - Number(disputed.has(a.id)));
      cells.set(period, {
        sources: entries.slice(0, shownSources).map(gridSource),
        more: entries.slice(shownSources).map((clip) => clip.id),
        disputed: [...disputed],
      });
    }
    return { place: row.place, cells };
  });
  return { indicator: grid.indicator, periods: grid.periods, rows, conflicts: grid.conflicts, ranks: rankOverTime(grid), values: valuesAcrossProvinces(grid) };
}
