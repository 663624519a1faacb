/** Context that makes a figure comparable: what it measures, for whom, and when. */

/** Attribution fields are never guessed: what cannot be told stays explicitly unknown. */
export type Unknown = 'unknown';

/** A span of time a figure speaks for. Dates are ISO `YYYY-MM-DD`, both ends inclusive. */
export interface Period {
  /**
   * Short stable key used to line figures up: `2022`, `2021-2025`, `2023-H1`, `2023-Q3`, `2023-08`,
   * `2025-9M` (January to September), `to-2025` (by or as of the end of 2025, also goals for a span
   * of years), `to-2023-08-26` (as of that day: `đến nay`, or the publication date when the page says nothing).
   */
  key: string;
  from: string;
  to: string;
  /** How the page said it: a year, a range, a half, a quarter, a month, a cumulative `tính đến`, or only the publication date. */
  basis: 'year' | 'range' | 'half' | 'quarter' | 'month' | 'cumulative' | 'publication';
}

/** Whose figure it is: a province or city, named on the map in force for the period. */
export interface Subject {
  /** Stable id of the unit, e.g. `nam-dinh` (63-map) or `ninh-binh-2025` (34-map). */
  id: string;
  name: string;
  map: 63 | 34;
  /** `country` for figures about the whole of Việt Nam (`cả nước`, `toàn quốc`); absent for a province or city. */
  level?: 'country';
  /** For a unit of the 34-map: the units of the 63-map it was formed from (Nghị quyết 202/2025/QH15). */
  lineage?: Array<{ id: string; name: string }>;
}

export interface Indicator {
  /** Stable id from the indicator data file, e.g. `dti`, `par-index`, `grdp-growth`. */
  id: string;
  name: string;
  /** English name, for the English side of the UI. */
  en?: string;
}

export interface FigureContext {
  indicator: Indicator | Unknown;
  subject: Subject | Unknown;
  period: Period | Unknown;
  /** Present and true when the figure is a goal (`phấn đấu đạt`, `mục tiêu`, `đến năm 2025`), not an outcome. */
  target?: true;
}

/** What is known about the page a text came from. */
export interface PageMeta {
  url?: string;
  site?: string;
  title?: string;
  canonicalUrl?: string;
  /** ISO date of publication, from meta tags or the visible dateline. */
  publishedAt?: string;
  outlet?: string;
  /** The page's own province, from its host name or masthead. */
  province?: Subject;
  /** How the page's province was found: host name, masthead/dateline in the text, or the only province the page names. */
  provinceFrom?: 'host' | 'masthead' | 'topic';
}

/**
 * One cell of a `<table>` as the page reader saw it: where its text stands in the page text (end
 * exclusive; it may include the line break after it), its place in the grid once merged cells are
 * laid out, and whether it is a header cell (`<th>`, or in `<thead>`). Plain data, so that it can be
 * posted to a worker with the text.
 */
export interface TableCell {
  start: number;
  end: number;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  header: boolean;
}

export interface PageTable {
  cells: TableCell[];
}
