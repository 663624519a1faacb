/**
 * The comparison grid: indicator × province × period, each cell with every source's value and a
 * flag where sources disagree. PURE: grid entries (or clips) in, grid out.
 */
import type { Indicator, Subject } from '../attribution/types';
import type { Tolerances } from '../settings';
import { agree, comparable } from './agreement';
import { placeOnMap, type Place, type ProvinceMap } from './provinces';
import type { Clip, FigureClip, GridEntry } from './types';

export interface GridCell {
  period: string;
  /** Newest clip first. */
  entries: GridEntry[];
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

/** What the grid keeps of a clip, or undefined for a clip it cannot place (a reference, an unknown indicator, province or period). */
export function gridEntryOf(clip: Clip): GridEntry | undefined {
  if (!isGridFigure(clip)) return undefined;
  const { indicator, subject, period, target } = clip.attribution;
  if (indicator === 'unknown' || subject === 'unknown' || period === 'unknown') return undefined;
  const entry: GridEntry = {
    id: clip.id,
    indicator: indicator.id,
    subject: subject.id,
    period: period.key,
    subjectName: subject.name,
    subjectMap: subject.map,
    periodFrom: period.from,
    text: clip.text,
    value: clip.value,
    figureKind: clip.figureKind,
    clippedAt: clip.clippedAt,
    url: clip.url,
    title: clip.title,
    site: clip.site,
  };
  // Absent rather than undefined: every property stored is read back on each grid.
  if (subject.level === 'country') entry.country = true;
  if (clip.unit !== undefined) entry.unit = clip.unit;
  if (clip.of !== undefined) entry.of = clip.of;
  if (clip.qualifier !== undefined) entry.qualifier = clip.qualifier;
  if (target) entry.target = true;
  return entry;
}

/** Sources in one cell that contradict each other, compared only within the same original province. */
export function disagreementsIn(entries: readonly GridEntry[], tolerances: Tolerances): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const outcomes = entries.filter((entry) => !entry.target);
  for (let i = 0; i < outcomes.length; i++) {
    for (let j = i + 1; j < outcomes.length; j++) {
      const a = outcomes[i] as GridEntry;
      const b = outcomes[j] as GridEntry;
      if (a.subject !== b.subject || !comparable(a, b)) continue;
      if (!agree(a, b, tolerances)) pairs.push([a.id, b.id]);
    }
  }
  return pairs;
}

const collator = new Intl.Collator('vi');

function subjectOfEntry(entry: GridEntry): Subject {
  return { id: entry.subject, name: entry.subjectName, map: entry.subjectMap, ...(entry.country ? { level: 'country' as const } : {}) };
}

/** One indicator's grid from its entries (other indicators' entries are left out); undefined when none can be placed. */
export function indicatorGrid(indicator: Indicator, entries: Iterable<GridEntry>, options: GridOptions): IndicatorGrid | undefined {
  const periods = new Map<string, string>();
  const rows = new Map<string, GridRow>();
  // Many entries share a province: its place on the map is looked up once.
  const places = new Map<string, Place>();
  for (const entry of entries) {
    if (entry.indicator !== indicator.id) continue;
    let place = places.get(entry.subject);
    if (!place) places.set(entry.subject, (place = placeOnMap(subjectOfEntry(entry), options.map)));
    periods.set(entry.period, `${entry.periodFrom}\u0000${entry.period}`);
    let row = rows.get(place.id);
    if (!row) rows.set(place.id, (row = { place, cells: new Map() }));
    let cell = row.cells.get(entry.period);
    if (!cell) row.cells.set(entry.period, (cell = { period: entry.period, entries: [], disagreements: [] }));
    cell.entries.push(entry);
  }
  if (!rows.size) return undefined;
  let conflicts = 0;
  for (const row of rows.values()) {
    for (const cell of row.cells.values()) {
      if (cell.entries.length > 1) cell.entries.sort((a, b) => b.clippedAt - a.clippedAt);
      cell.disagreements = disagreementsIn(cell.entries, options.tolerances);
      if (cell.disagreements.length) conflicts++;
    }
  }
  return {
    indicator,
    periods: [...periods].sort((a, b) => a[1].localeCompare(b[1])).map(([key]) => key),
    rows: [...rows.values()].sort((a, b) => collator.compare(a.place.name, b.place.name)),
    conflicts,
  };
}

/** The grid of every indicator the clips are about, by indicator name. */
export function buildGrid(clips: Iterable<Clip>, options: GridOptions): IndicatorGrid[] {
  const byIndicator = new Map<string, { indicator: Indicator; entries: GridEntry[] }>();
  for (const clip of clips) {
    const entry = gridEntryOf(clip);
    if (!entry) continue;
    const group = byIndicator.get(entry.indicator);
    if (group) group.entries.push(entry);
    else byIndicator.set(entry.indicator, { indicator: clip.attribution.indicator as Indicator, entries: [entry] });
  }
  const grids = [...byIndicator.values()].flatMap(({ indicator, entries }) => indicatorGrid(indicator, entries, options) ?? []);
  return grids.sort((a, b) => collator.compare(a.indicator.name, b.indicator.name));
}

/** The value a chart shows for a cell: the median of its outcomes of one kind (targets left out). */
export function cellValue(cell: GridCell | undefined, kind: FigureClip['figureKind']): number | null {
  const values = (cell?.entries ?? [])
    .filter((c) => c.figureKind === kind && !c.target)
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
export type GridSource = Pick<GridEntry, 'id' | 'text' | 'value' | 'figureKind' | 'of' | 'unit' | 'url' | 'title' | 'site'> & {
  kind: 'figure';
  target: boolean;
};

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

export function gridSource(entry: GridEntry): GridSource {
  const { id, text, value, figureKind, of, unit, url, title, site } = entry;
  return { kind: 'figure', id, text, value, figureKind, of, unit, url, title, site, target: Boolean(entry.target) };
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
