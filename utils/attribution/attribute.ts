/**
 * Binds each figure to what it measures (indicator), whose it is (subject) and when (period).
 * Nearest wins, looking first in the figure's clause, then its sentence, then — for time and place —
 * the sentences before it in the paragraph, then the heading above. What cannot be told is `unknown`.
 */
import type { Figure } from '../extraction/types';
import { COUNTRY, findPlaces, mapOn, MERGER_DATE, placeOnMap, rollUp, type PlaceMention } from './gazetteer';
import { announcedAfter, fitFor, findIndicators, indicatorOf, indicatorOfUnit, isRanking, onScale, type IndicatorMention } from './indicators';
import {
  BARE_PROVINCE,
  COUNTRY_MARKERS,
  ELABORATION,
  GOAL_ANYWHERE,
  GOAL_BEFORE,
  GOAL_REACH,
  OWN_PROVINCE,
  RANKING_SCOPE,
  SEVERAL_PROVINCES,
  SUB_UNIT,
} from './markers';
import {
  findComparisons,
  findPeriods,
  goalPeriod,
  periodOf,
  publicationPeriod,
  rankingPeriod,
  yearPeriod,
  yearOf,
  type PeriodMention,
} from './periods';
import { Tables } from './tables';
import { fold, type FoldedText } from '../extraction/text/fold';
import { clauses, lines, sentences } from '../extraction/text/sentences';
import { overlaps, type Span } from '../extraction/text/span';
import { Coverage, findAll, parenthesisAround } from './text';
import type { FigureContext, PageMeta, PageTable, Period, Subject, Unknown } from './types';
import { Grids, type GridContext } from './grids';

export type AttributedFigure = Figure & FigureContext;

export interface AttributeOptions {
  /** Spans of document references in the page: their years (`47/2020/NĐ-CP`, `ngày 15-10-2021`) are not periods. */
  references?: ReadonlyArray<{ start: number; end: number }>;
  /** The page's `<table>`s as the reader kept them, offsets into `text` (see `tablesWithin` for a slice of a page). */
  tables?: readonly PageTable[];
}

interface Sentence extends Span {
  paragraph: number;
  clauses: Span[];
}

/** A marker that points at a subject without naming a province: the country, the page's own, or several provinces at once. */
interface SubjectMarker extends Span {
  what: 'country' | 'own' | 'several';
}

function spans(pattern: RegExp | undefined, s: string): Span[] {
  return pattern ? findAll(pattern, s).map(({ start, end }) => ({ start, end })) : [];
}

function bucket<T extends Span>(items: T[], sents: Sentence[]): T[][] {
  const out: T[][] = sents.map(() => []);
  for (const item of items) {
    const i = sentenceAt(sents, item.start);
    if (i >= 0) out[i]?.push(item);
  }
  return out;
}

function sentenceAt(sents: Sentence[], at: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sents[mid];
    if (!s) break;
    if (s.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Nearest item ending before `at` within `within`, else nearest starting after `end` — but no
 * further than `reach` characters after: a name far down the clause belongs to what comes next.
 */
function nearest<T extends Span>(
  items: T[],
  within: Span,
  at: number,
  end: number,
  ok: (t: T) => boolean = () => true,
  reach = Infinity,
): T | undefined {
  let before: T | undefined;
  let after: T | undefined;
  for (const it of items) {
    if (it.start < within.start || it.end > within.end || !ok(it)) continue;
    if (it.end <= at) {
      if (!before || it.end > before.end) before = it;
    } else if (it.start >= end && it.start - end <= reach) {
      if (!after || it.start < after.start) after = it;
    }
  }
  return before ?? after;
}

/** Only what comes before: used beyond the figure's own clause, where what follows is another claim. */
function nearestBefore<T extends Span>(items: T[], within: Span, at: number, ok: (t: T) => boolean = () => true): T | undefined {
  return nearest(items, within, at, Infinity, ok);
}

function lastOf<T extends Span>(items: T[], ok: (t: T) => boolean = () => true): T | undefined {
  let last: T | undefined;
  for (const it of items) if (ok(it) && (!last || it.start > last.start)) last = it;
  return last;
}

// How many sentences back a time or a place is carried within a paragraph.
const CARRY_SENTENCES = 6;

class Page {
  readonly f: FoldedText;
  readonly sents: Sentence[] = [];
  readonly headings: number[] = [];
  readonly paragraphIsHeading: boolean[] = [];
  /** Sentence indexes of each paragraph. */
  readonly paragraphSentences: number[][] = [];
  readonly indicators: IndicatorMention[][];
  readonly periods: PeriodMention[][];
  readonly contextYears = new Map<PeriodMention, number | undefined>();
  readonly places: PlaceMention[][];
  readonly markers: SubjectMarker[][];
  readonly goalsBefore: Span[][];
  readonly goalsAnywhere: Span[][];
  readonly allPlaces: PlaceMention[];
  readonly pubYear: number | undefined;
  readonly tables: Tables;
  readonly grids: Grids;

  constructor(
    readonly text: string,
    readonly meta: PageMeta,
    options: AttributeOptions,
  ) {
    const f = fold(text);
    this.f = f;
    this.tables = new Tables(text);
    this.grids = new Grids(text, options.tables ?? []);
    const paras = lines(text);
    paras.forEach((p, pi) => {
      if (p.heading) this.headings.push(pi);
      this.paragraphIsHeading.push(p.heading);
      this.paragraphSentences.push([]);
      for (const s of sentences(text, p)) {
        this.paragraphSentences[pi]?.push(this.sents.length);
        this.sents.push({
          start: f.toFolded(s.start),
          end: f.toFolded(s.end),
          paragraph: pi,
          clauses: clauses(text, s).map((c) => ({ start: f.toFolded(c.start), end: f.toFolded(c.end) })),
        });
      }
    });
    this.pubYear = meta.publishedAt ? Number(meta.publishedAt.slice(0, 4)) : undefined;
    const comparisons = new Coverage(f.folded.length, findComparisons(f.folded));
    const refs = new Coverage(
      f.folded.length,
      (options.references ?? []).map((r) => ({ start: f.toFolded(r.start), end: f.toFolded(r.end) })),
    );
    const outsideComparisons = <T extends Span>(m: T): boolean => !comparisons.hits(m);

    this.indicators = bucket(findIndicators(f), this.sents);
    const periods = findPeriods(f.folded).filter((m) => !refs.hits(m));
    let lastYear: number | undefined;
    let lastPara = -1;
    for (const m of periods) {
      const para = this.sents[sentenceAt(this.sents, m.start)]?.paragraph ?? -1;
      if (para !== lastPara) lastYear = undefined;
      lastPara = para;
      this.contextYears.set(m, lastYear);
      lastYear = yearOf(m) ?? lastYear;
    }
    this.periods = bucket(periods, this.sents);
    // `tháng 02 … tháng 3 năm 2023`: a month with no year earlier in its paragraph takes the year its sentence names next.
    for (const inSentence of this.periods) {
      inSentence.forEach((m, i) => {
        if (this.contextYears.get(m) !== undefined) return;
        const next = inSentence.slice(i + 1).map(yearOf).find((y) => y !== undefined);
        if (next !== undefined) this.contextYears.set(m, next);
      });
    }
    // A news dateline (`HÀ NỘI — …`, `Hanoi (VNA) – …`) is where the story was filed, not whose figures it gives.
    this.allPlaces = findPlaces(text, f).filter((m) => outsideComparisons(m) && !isDateline(text, f, m));
    this.places = bucket(this.allPlaces, this.sents);
    const own = [...findAll(OWN_PROVINCE, text), ...findAll(BARE_PROVINCE, text), ...findAll(SUB_UNIT, text)].map(
      (m): SubjectMarker => ({ start: f.toFolded(m.start), end: f.toFolded(m.end), what: 'own' }),
    );
    // The country as a ranking's scope is where a province ranks, not whose figure it is.
    const country = spans(COUNTRY_MARKERS, f.folded)
      .filter((c) => !RANKING_SCOPE.test(f.folded.slice(Math.max(0, c.start - 70), c.start)))
      .map((c): SubjectMarker => ({ ...c, what: 'country' }));
    // The average of several provinces (`trung bình của các tỉnh`, `the average of provinces`) is the country's.
    const several = spans(SEVERAL_PROVINCES, f.folded).map(
      (c): SubjectMarker => ({ ...c, what: AVERAGE_BEFORE.test(f.folded.slice(Math.max(0, c.start - 40), c.start)) ? 'country' : 'several' }),
    );
    this.markers = bucket([...own, ...country, ...several].filter(outsideComparisons), this.sents);
    this.goalsBefore = bucket(spans(GOAL_BEFORE, f.folded).filter(outsideComparisons), this.sents);
    this.goalsAnywhere = bucket(spans(GOAL_ANYWHERE, f.folded), this.sents);
  }

  /** Figures' spans in folded offsets, sorted by start, to tell which names stand right against which figure. */
  private figureSpans: Array<Span & { percent: boolean }> = [];

  setFigures(figures: readonly Figure[]): void {
    this.figureSpans = figures
      .map((g) => ({ start: this.f.toFolded(g.start), end: this.f.toFolded(g.end), percent: g.kind === 'percent' }))
      .sort((a, b) => a.start - b.start);
  }

  /**
   * Whether a name belongs to another figure it runs into or stands right after. After a count or
   * an amount the name is the thing measured and carries on (`1,74 tỷ USD vốn FDI, tăng 8,8%`); after
   * a percentage it is the base (`20% GDP`) and stays with it.
   */
  ownedByOther(m: Span, figureStart: number): boolean {
    // Only figures starting before the name ends can touch it; walk back while they still reach it.
    let lo = 0;
    let hi = this.figureSpans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.figureSpans[mid]?.start ?? 0) < m.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
      const g = this.figureSpans[i];
      if (!g || g.start === figureStart) continue;
      const against = overlaps(g, m) || (m.start >= g.end && m.start - g.end <= 2 && /^\s*$/.test(this.f.folded.slice(g.end, m.start)));
      if (against && (g.percent || g.start > figureStart)) return true;
    }
    return false;
  }

  /** The last province named before a position. */
  placeBefore(at: number): PlaceMention | undefined {
    let lo = 0;
    let hi = this.allPlaces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.allPlaces[mid]?.end ?? 0) <= at) lo = mid + 1;
      else hi = mid;
    }
    return this.allPlaces[lo - 1];
  }

  /**
   * Sentences of the same paragraph before sentence `si`, nearest first — at most a few: what a
   * reader carries over fades, and a page of one endless paragraph must not cost time squared.
   */
  *earlierInParagraph(si: number): Generator<number> {
    const para = this.sents[si]?.paragraph;
    for (let i = si - 1; i >= 0 && i >= si - CARRY_SENTENCES && this.sents[i]?.paragraph === para; i--) yield i;
  }

  /** Sentences of the nearest heading above, then of the page title. */
  headingSentences(si: number): number[][] {
    const para = this.sents[si]?.paragraph ?? 0;
    const above = this.headingAbove(para);
    const title = this.headings[0] === 0 && para > 0 ? 0 : undefined;
    const of = (p: number | undefined): number[] => (p === undefined ? [] : (this.paragraphSentences[p] ?? []));
    return [of(above), above === title ? [] : of(title)];
  }

  parenthesisOf(sentence: Span, at: number): Span | undefined {
    return parenthesisAround(this.f.folded, sentence, at);
  }

  /**
   * The time an article's lead sets (`Trong tháng 8/2021, …`, `GRDP 9 tháng …`): the first year,
   * half, run of months, quarter or month in the first paragraph of running text. News is written
   * lead first, so later paragraphs that name no time still speak of it. Spans of years (programme
   * periods) and goals do not frame a report.
   */
  get leadPeriod(): PeriodMention | undefined {
    if (this.lead === undefined) {
      const first = this.paragraphSentences.findIndex((ss, pi) => {
        const s0 = this.sents[ss[0] ?? -1];
        const last = this.sents[ss[ss.length - 1] ?? -1];
        return !this.paragraphIsHeading[pi] && s0 && last && last.end - s0.start >= 80;
      });
      const framing = (m: PeriodMention): boolean =>
        ['year', 'half', 'months', 'quarter', 'month'].includes(m.type) &&
        periodOf(m, this.contextYears.get(m) ?? this.pubYear, this.meta.publishedAt) !== undefined;
      this.lead = firstOf((this.paragraphSentences[first] ?? []).flatMap((si) => this.periods[si] ?? []), framing) ?? null;
    }
    return this.lead ?? undefined;
  }

  private lead: PeriodMention | null | undefined;

  /** The nearest heading paragraph before paragraph `para` (headings are in page order). */
  headingAbove(para: number): number | undefined {
    let lo = 0;
    let hi = this.headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.headings[mid] ?? 0) < para) lo = mid + 1;
      else hi = mid;
    }
    return this.headings[lo - 1];
  }

  clauseOf(si: number, at: number): Span {
    const s = this.sents[si];
    return s?.clauses.find((c) => at >= c.start && at <= c.end) ?? s ?? { start: at, end: at };
  }
}

// An average or median word shortly before `các tỉnh`.
const AVERAGE_BEFORE = /(?:trung binh|binh quan|trung vi|average|median)(?![\p{L}])[^.;]*$/u;

// A place opening a line and followed by a dash, perhaps after an agency's name in brackets.
const DATELINE_AFTER = /^\s*(?:\([^()\n]{1,24}\)\s*)?[—–-]\s/;

function isDateline(text: string, f: FoldedText, m: Span): boolean {
  const start = f.toOriginal(m.start);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^\s*$/.test(text.slice(lineStart, start)) && DATELINE_AFTER.test(text.slice(f.toOriginal(m.end), f.toOriginal(m.end) + 30));
}

// How far after a figure an indicator may stand and still be its own (`xếp thứ 10/63 tỉnh, thành phố trên bảng xếp hạng CĐS`).
const INDICATOR_REACH = 60;

/** In a table: the indicator named in the figure's own cell, else its column heads, else its row labels. */
function tableIndicator(page: Page, fig: Figure, grid: GridContext | undefined): string | undefined {
  const flat = grid ? undefined : page.tables.cellAt(fig.start);
  const cells = grid ? [grid.cell, ...grid.columnHeads, ...grid.rowLabels] : flat ? [flat.cell, flat.columnHead, flat.rowLabel] : [];
  for (const cell of cells) {
    if (!cell) continue;
    const id = findIndicators(fold(cell))
      .map((m) => fitFor(m.id, fig.kind))
      .find((x) => x !== undefined);
    if (id) return id;
  }
  return undefined;
}

function pickIndicator(page: Page, fig: Figure, si: number, fs: number, fe: number, grid: GridContext | undefined): string | undefined {
  const inTable = tableIndicator(page, fig, grid);
  if (inTable) return inTable;
  const fit = (m: IndicatorMention): string | undefined => fitFor(m.id, fig.kind);
  // A name that runs into another figure is that figure's (`5 hồ sơ trực tuyến`, `20% GDP`).
  const ok = (m: IndicatorMention): boolean => fit(m) !== undefined && !page.ownedByOther(m, fs);
  const inSentence = page.indicators[si] ?? [];
  const sentence = page.sents[si];
  if (!sentence) return undefined;
  // A name that runs through the figure (`49.393 hồ sơ qua mạng`) is the figure's own, and so is one
  // standing right after a count or an amount (`1,74 tỷ USD vốn FDI`) — but not after a percentage (`20% GDP`).
  const against = fig.kind === 'percent' ? fe : fe + 2;
  const through = inSentence
    .filter((m) => m.start <= against && m.end > fs && /^\s*$/.test(page.f.folded.slice(fe, Math.max(fe, m.start))) && ok(m))
    .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (through) return fit(through);
  const clause = page.clauseOf(si, fs);
  const inClause = nearest(inSentence, clause, fs, fe, ok, INDICATOR_REACH);
  if (inClause) return fit(inClause);
  const byUnit = indicatorOfUnit(fig.unit);
  if (byUnit && fitFor(byUnit, fig.kind)) return fitFor(byUnit, fig.kind);
  const inSent = nearestBefore(inSentence, sentence, fs, ok);
  if (inSent) return fit(inSent);
  if (ELABORATION.test(page.f.folded.slice(sentence.start, sentence.start + 24))) {
    for (const prev of page.earlierInParagraph(si)) {
      const m = lastOf(page.indicators[prev] ?? [], ok);
      if (m) return fit(m);
      break;
    }
  }
  for (const heading of page.headingSentences(si)) {
    const m = lastOf(heading.flatMap((h) => page.indicators[h] ?? []), ok);
    if (m) return fit(m);
  }
  return undefined;
}

// How close after a figure a time must stand to be its own (`giảm từ 4,5% năm 2021 xuống 1,9% năm 2024`).
const PERIOD_RIGHT_AFTER = 3;

function pickPeriod(page: Page, si: number, fs: number, fe: number, ranking: boolean, lag: number): { period?: Period; from?: PeriodMention } {
  const pub = page.meta.publishedAt;
  // `năm nay` on a page announcing an index is the year of its announcement, not of the edition it announces.
  const resolve = (m: PeriodMention): Period | undefined =>
    lag > 0 && m.type === 'this-year' && page.pubYear !== undefined
      ? yearPeriod(page.pubYear - lag)
      : periodOf(m, page.contextYears.get(m) ?? page.pubYear, pub);
  // `đến nay` speaks for the day of writing even when that day is unknown; a ranking is never `đến nay`.
  const usable = (m: PeriodMention): boolean => !(ranking && m.type === 'to-date') && (m.type === 'to-date' || resolve(m) !== undefined);
  const sentence = page.sents[si];
  if (!sentence) return {};
  // A time inside brackets speaks only for what is inside them: `tăng 19% (cộng dồn 2 tháng tăng 14%)`.
  const own = page.parenthesisOf(sentence, fs);
  const sameBrackets = (m: PeriodMention): boolean => {
    const theirs = page.parenthesisOf(sentence, m.start);
    return usable(m) && (theirs === undefined || theirs.start === own?.start);
  };
  const inSentence = page.periods[si] ?? [];
  const rightAfter = inSentence.find((m) => m.start >= fe && m.start - fe <= PERIOD_RIGHT_AFTER && /^\s*$/.test(page.f.folded.slice(fe, m.start)) && sameBrackets(m));
  const found =
    rightAfter ||
    (own && nearest(inSentence, own, fs, fe, sameBrackets)) ||
    nearest(inSentence, page.clauseOf(si, fs), fs, fe, sameBrackets) ||
    nearestBefore(inSentence, sentence, fs, sameBrackets) ||
    firstFound([...page.earlierInParagraph(si)], (i) => firstOf(page.periods[i] ?? [], usable)) ||
    firstFound(page.headingSentences(si), (hs) => firstOf(hs.flatMap((h) => page.periods[h] ?? []), usable));
  if (found) return { period: resolve(found), from: found };
  if ((ranking || lag > 0) && pub) return { period: lag > 0 ? yearPeriod(Number(pub.slice(0, 4)) - lag) : rankingPeriod(pub) };
  const lead = page.leadPeriod;
  if (lead) return { period: resolve(lead), from: lead };
  return { period: pub ? publicationPeriod(pub) : undefined };
}

/** A sentence's first time expression frames it (`Trong năm 2022, …`); later ones are often bases or plans. */
function firstOf<T extends Span>(items: T[], ok: (t: T) => boolean): T | undefined {
  let first: T | undefined;
  for (const it of items) if (ok(it) && (!first || it.start < first.start)) first = it;
  return first;
}

/** The first item that gives something, asking each in turn. */
function firstFound<I, T>(items: I[], get: (item: I) => T | undefined): T | undefined {
  for (const item of items) {
    const found = get(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A goal, not an outcome: a future `đến năm 2030`, or a goal word in the sentence. */
function isGoal(page: Page, si: number, fs: number, fe: number, found: PeriodMention | undefined): boolean {
  if (found?.type === 'until' && found.goal && (page.pubYear === undefined || found.year >= page.pubYear)) return true;
  // `vượt mục tiêu đề ra; bình quân cả nước tăng 8%`: a goal word does not reach past a semicolon.
  const governs = (g: Span): boolean => g.end <= fs && fs - g.end <= GOAL_REACH && !page.f.folded.slice(g.end, fs).includes(';');
  if ((page.goalsBefore[si] ?? []).some(governs)) return true;
  return (page.goalsAnywhere[si] ?? []).some((g) => g.end <= fs || g.start >= fe);
}

type SubjectPick = { place: PlaceMention } | { marker: SubjectMarker } | undefined;

/** In a table: the time its own cell, then its column heads, then its row labels name (`Thực hiện tháng 9/2025`). */
function gridPeriod(page: Page, grid: GridContext | undefined): { period?: Period; from?: PeriodMention } | undefined {
  if (!grid) return undefined;
  for (const cell of [grid.cell, ...grid.columnHeads, ...grid.rowLabels]) {
    for (const m of findPeriods(fold(cell).folded)) {
      const period = periodOf(m, page.pubYear, page.meta.publishedAt);
      if (period) return { period, from: m };
    }
  }
  return undefined;
}

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

function pickSubject(page: Page, si: number, fs: number, fe: number): SubjectPick {
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

function resolveSubject(page: Page, pick: SubjectPick, si: number, map: 63 | 34): Subject | Unknown {
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

/** Every figure with its indicator, subject and period (each a value or `unknown`), and `target` for goals. */
export function attributeFigures(text: string, figures: readonly Figure[], meta: PageMeta, options: AttributeOptions = {}): AttributedFigure[] {
  const page = new Page(text, meta, options);
  page.setFigures(figures);
  return figures.map((fig) => {
    const fs = page.f.toFolded(fig.start);
    const fe = page.f.toFolded(fig.end);
    const si = Math.max(0, sentenceAt(page.sents, fs));
    const grid = page.grids.contextAt(fig.start);
    const indicatorId = pickIndicator(page, fig, si, fs, fe, grid);
    const ranking = indicatorId !== undefined && isRanking(indicatorId) && fig.kind !== 'percent' && fig.kind !== 'money';
    const picked = gridPeriod(page, grid) ?? pickPeriod(page, si, fs, fe, ranking, indicatorId ? announcedAfter(indicatorId) : 0);
    let period = picked.period;
    const target = isGoal(page, si, fs, fe, picked.from);
    if (target && period) period = goalPeriod(period);
    const subject = resolveSubject(page, gridSubject(grid) ?? pickSubject(page, si, fs, fe), si, mapFor(period, meta.publishedAt, target));
    // GDP of a province is its GRDP, and GRDP growth of the country is GDP growth.
    const scaled = indicatorId && subject !== 'unknown' ? onScale(indicatorId, subject.level === 'country') : indicatorId;
    const out: AttributedFigure = {
      ...fig,
      indicator: (scaled && indicatorOf(scaled)) || 'unknown',
      subject,
      period: period ?? 'unknown',
    };
    if (target) out.target = true;
    return out;
  });
}
