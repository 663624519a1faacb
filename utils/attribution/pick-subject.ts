/**
 * Whose figure it is: a province named in its table row or column; in its clause; `tỉnh ta` and the
 * like, `cả nước`, several provinces at once; the same in its sentence, then in the sentences before
 * it in the paragraph; else the site's own province. Named on the map in force for its period.
 */
import { COUNTRY, findPlaces, mapOn, MERGER_DATE, placeOnMap, rollUp, type PlaceMention } from './gazetteer';
import { COUNTRY_MARKERS } from './markers';
import { lastOf, nearest, nearestBefore, type FigureSite, type PageIndex, type SubjectMarker } from './page-index';
import { fold } from '../extraction/text/fold';
import type { Span } from '../extraction/text/span';
import { findAll } from './text';
import type { Period, Subject, Unknown } from './types';
import type { GridContext } from './grids';

export interface SubjectQuery extends FigureSite {
  period: Period | undefined;
  target: boolean;
}

/** The province, city or country a figure belongs to, on the map in force for its period. */
export function pickSubject(q: SubjectQuery): Subject | Unknown {
  const pick = gridSubject(q.grid) ?? subjectInText(q);
  return resolveSubject(q.page, pick, q.sentence, mapFor(q.period, q.page.meta.publishedAt, q.target));
}

type SubjectPick = { place: PlaceMention } | { marker: SubjectMarker } | undefined;

/** In a table: the province its row labels, then its column heads, name (a ranking table's rows). */
function gridSubject(grid: GridContext | undefined): SubjectPick {
  if (!grid) return undefined;
  for (const cell of [...grid.rowLabels, ...grid.columnHeads]) {
    const place = findPlaces(cell, fold(cell))[0];
    if (place) return { place };
  }
  // A table whose heads and labels name no place speaks of the page's own province or of whom the text around it says.
  const country = [...grid.rowLabels, ...grid.columnHeads].some((c) => COUNTRY_MARKERS !== undefined && findAll(COUNTRY_MARKERS, fold(c).folded).length > 0);
  return country ? { marker: { start: 0, end: 0, what: 'country' } } : undefined;
}

function subjectInText(q: FigureSite): SubjectPick {
  const { page, sentence: si, start: fs, end: fe } = q;
  const sentence = page.sents[si];
  if (!sentence) return undefined;
  const clause = page.clauseOf(si, fs);
  const places = page.places[si] ?? [];
  const markers = page.markers[si] ?? [];
  const isCountry = (m: SubjectMarker): boolean => m.what === 'country';
  const isOwn = (m: SubjectMarker): boolean => m.what === 'own';
  const place = nearest(places, clause, fs, fe);
  if (place) return { place };
  // `Các tỉnh có 40 gian hàng`: a figure of several provinces at once is no one province's.
  const several = nearestBefore(markers, clause, fs, (m) => m.what === 'several');
  if (several) return { marker: several };
  // The page's own province said in the clause beats a nationwide scope (`Tỉnh … dẫn đầu toàn quốc … đạt 80%`).
  const marker =
    nearest(markers, clause, fs, fe, isOwn) ??
    nearest(markers, clause, fs, fe, isCountry) ??
    nearest(places, sentence, fs, fe) ??
    nearest(markers, sentence, fs, fe, isOwn) ??
    nearest(markers, sentence, fs, fe, isCountry);
  if (marker) return 'what' in marker ? { marker } : { place: marker };
  for (const prev of page.earlierInParagraph(si)) {
    const p = lastOf<Span & ({ place: PlaceMention } | { marker: SubjectMarker })>([
      ...(page.places[prev] ?? []).map((pl) => ({ start: pl.start, end: pl.end, place: pl })),
      ...(page.markers[prev] ?? []).map((mk) => ({ start: mk.start, end: mk.end, marker: mk })),
    ]);
    if (p) return 'place' in p ? { place: p.place } : { marker: p.marker };
  }
  return undefined;
}

/**
 * The map a figure is named on: the old map on a page written before the merger; after it, the
 * map in force at the period's end (nine months of 2025 are reported on the 34-map). With no date
 * on the page, the old map unless the period began after the merger: goals for 2025 or 2030 were
 * set, and reported, on the map of their day.
 */
function mapFor(period: Period | undefined, publishedAt: string | undefined, goal: boolean): 63 | 34 {
  if (publishedAt) return publishedAt < MERGER_DATE ? 63 : period ? mapOn(period.to) : 34;
  return period && !goal ? mapOn(period.from) : 63;
}

function resolveSubject(page: PageIndex, pick: SubjectPick, si: number, map: 63 | 34): Subject | Unknown {
  const own = page.meta.province;
  if (pick && 'place' in pick) return placeOnMap(pick.place, map);
  if (pick && pick.marker.what === 'country') return { ...COUNTRY, map };
  if (pick && pick.marker.what === 'several') return 'unknown';
  if (pick) {
    if (own) return rollUp(own, map);
    // No province known for the page: `tỉnh` is the province last named before this sentence.
    const start = page.sents[si]?.start ?? 0;
    const last = page.placeBefore(start);
    return last ? placeOnMap(last, map) : 'unknown';
  }
  // Nothing in the sentence or the paragraph names whose figure it is: the site's own province.
  if (own) return rollUp(own, map);
  return 'unknown';
}
