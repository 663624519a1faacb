/**
 * What attribution reads a page for, once: its folded text, sentences and clauses, paragraphs and
 * headings, and every indicator name, time, place, marker, goal word and comparison in them,
 * bucketed by sentence; its tables; the spans of its figures. Immutable once built, so each
 * field's picker can ask it anything about any figure.
 */
import type { Figure } from '../extraction/types';
import { findPlaces, type PlaceMention } from './gazetteer';
import { findIndicators, type IndicatorMention } from './indicators';
import {
  AVERAGE_BEFORE,
  BARE_PROVINCE,
  COUNTRY_MARKERS,
  GOAL_ANYWHERE,
  GOAL_BEFORE,
  OWN_PROVINCE,
  RANKING_SCOPE,
  SEVERAL_PROVINCES,
  SUB_UNIT,
} from './markers';
import { findComparisons, findPeriods, periodOf, periodText, yearOf, type PeriodMention } from './periods';
import { Tables } from './tables';
import { fold, type FoldedText } from '../extraction/text/fold';
import { clauses, lines, sentences } from '../extraction/text/sentences';
import { overlaps, spanIndexAt, type Span } from '../extraction/text/span';
import { Coverage, findAll, parenthesisAround } from './text';
import type { PageMeta, PageTable } from './types';
import { Grids, type GridContext } from './grids';

export interface PageOptions {
  /** Spans of document references in the page: their years (`47/2020/NĐ-CP`, `ngày 15-10-2021`) are not periods. */
  references?: ReadonlyArray<{ start: number; end: number }>;
  /** The page's `<table>`s as the reader kept them, offsets into the text (see `tablesWithin` for a slice of a page). */
  tables?: readonly PageTable[];
}

interface Sentence extends Span {
  paragraph: number;
  clauses: Span[];
}

/** A marker that points at a subject without naming a province: the country, the page's own, or several provinces at once. */
export interface SubjectMarker extends Span {
  what: 'country' | 'own' | 'several';
}

/** One figure as the pickers see it: its page, itself, its sentence, its span in folded offsets, its table cell if any. */
export interface FigureSite {
  page: PageIndex;
  fig: Figure;
  /** Index of its sentence in `page.sents`. */
  sentence: number;
  /** Start and end in the folded text. */
  start: number;
  end: number;
  grid: GridContext | undefined;
}

/** Where a figure stands in an indexed page. */
export function siteOf(page: PageIndex, fig: Figure): FigureSite {
  const start = page.f.toFolded(fig.start);
  return { page, fig, sentence: Math.max(0, sentenceAt(page.sents, start)), start, end: page.f.toFolded(fig.end), grid: page.grids.contextAt(fig.start) };
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

export function sentenceAt(sents: Sentence[], at: number): number {
  return spanIndexAt(sents, at);
}

/**
 * Nearest item ending before `at` within `within`, else nearest starting after `end` — but no
 * further than `reach` characters after: a name far down the clause belongs to what comes next.
 */
export function nearest<T extends Span>(
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
export function nearestBefore<T extends Span>(items: T[], within: Span, at: number, ok: (t: T) => boolean = () => true): T | undefined {
  return nearest(items, within, at, Infinity, ok);
}

export function lastOf<T extends Span>(items: T[], ok: (t: T) => boolean = () => true): T | undefined {
  let last: T | undefined;
  for (const it of items) if (ok(it) && (!last || it.start > last.start)) last = it;
  return last;
}

/** A sentence's first time expression frames it (`Trong năm 2022, …`); later ones are often bases or plans. */
export function firstOf<T extends Span>(items: T[], ok: (t: T) => boolean): T | undefined {
  let first: T | undefined;
  for (const it of items) if (ok(it) && (!first || it.start < first.start)) first = it;
  return first;
}

/** The first item that gives something, asking each in turn. */
export function firstFound<I, T>(items: I[], get: (item: I) => T | undefined): T | undefined {
  for (const item of items) {
    const found = get(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

// How many sentences back a time or a place is carried within a paragraph.
const CARRY_SENTENCES = 6;
// How far before `cả nước` a ranking word makes it a ranking's scope (`xếp thứ 10 … toàn quốc`).
const SCOPE_BEFORE = 70;
// How many figures before a name are asked whether it stands against them, and how close it must stand.
const FIGURES_TOUCHING = 8;
const NAME_AGAINST = 2;
// A first paragraph shorter than this is a standfirst or a caption, not the lead that frames a report.
const LEAD_MIN_LENGTH = 80;

/** Everything about a page that every figure on it is read against: built once, never changed. */
export class PageIndex {
  readonly f: FoldedText;
  readonly sents: Sentence[] = [];
  readonly headings: number[] = [];
  readonly paragraphIsHeading: boolean[] = [];
  /** Sentence indexes of each paragraph. */
  readonly paragraphSentences: number[][] = [];
  readonly indicators: IndicatorMention[][];
  readonly periods: PeriodMention[][];
  /** Comparison bases (`so với cùng kỳ`, `up from … the year before`) and the times named inside them. */
  readonly comparisonSpans: Span[];
  readonly basePeriods: PeriodMention[];
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
    figures: readonly Figure[],
    options: PageOptions,
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
    this.comparisonSpans = findComparisons(f.folded);
    const comparisons = new Coverage(f.folded.length, this.comparisonSpans);
    const refs = new Coverage(
      f.folded.length,
      (options.references ?? []).map((r) => ({ start: f.toFolded(r.start), end: f.toFolded(r.end) })),
    );
    const outsideComparisons = <T extends Span>(m: T): boolean => !comparisons.hits(m);

    this.indicators = bucket(findIndicators(f), this.sents);
    const withCounts = periodText(text, f);
    const periods = findPeriods(withCounts).filter((m) => !refs.hits(m));
    let lastYear: number | undefined;
    let lastYearOnPage: number | undefined;
    let lastPara = -1;
    for (const m of periods) {
      const para = this.sents[sentenceAt(this.sents, m.start)]?.paragraph ?? -1;
      if (para !== lastPara) lastYear = undefined;
      lastPara = para;
      // `cả năm` is the whole of the year the page is speaking of, even from a paragraph before.
      this.contextYears.set(m, m.type === 'whole-year' ? (lastYear ?? lastYearOnPage) : lastYear);
      lastYear = yearOf(m) ?? lastYear;
      lastYearOnPage = yearOf(m) ?? lastYearOnPage;
    }
    this.periods = bucket(periods, this.sents);
    this.basePeriods = findPeriods(withCounts, true).filter((m) => !refs.hits(m));
    // `tháng 02 … tháng 3 năm 2023`: a month with no year earlier in its paragraph takes the year its sentence names next.
    for (const inSentence of this.periods) {
      inSentence.forEach((m, i) => {
        if (this.contextYears.get(m) !== undefined) return;
        const next = inSentence
          .slice(i + 1)
          .map(yearOf)
          .find((y) => y !== undefined);
        if (next !== undefined) this.contextYears.set(m, next);
      });
    }
    // A news dateline (`HÀ NỘI — …`, `Hanoi (VNA) – …`) is where the story was filed, not whose figures it gives.
    this.allPlaces = findPlaces(text, f).filter((m) => outsideComparisons(m) && !isDateline(text, f, m));
    this.places = bucket(this.allPlaces, this.sents);
    const own = [...findAll(OWN_PROVINCE, text), ...findAll(BARE_PROVINCE, text), ...findAll(SUB_UNIT, text)].map((m): SubjectMarker => ({
      start: f.toFolded(m.start),
      end: f.toFolded(m.end),
      what: 'own',
    }));
    // The country as a ranking's scope is where a province ranks, not whose figure it is.
    const country = spans(COUNTRY_MARKERS, f.folded)
      .filter((c) => !RANKING_SCOPE.test(f.folded.slice(Math.max(0, c.start - SCOPE_BEFORE), c.start)))
      .map((c): SubjectMarker => ({ ...c, what: 'country' }));
    // The average of several provinces (`trung bình của các tỉnh`, `the average of provinces`) is the country's.
    const several = spans(SEVERAL_PROVINCES, f.folded).map((c): SubjectMarker => ({
      ...c,
      what: AVERAGE_BEFORE.test(f.folded.slice(Math.max(0, c.start - AVERAGE_REACH), c.start)) ? 'country' : 'several',
    }));
    // `trung bình cấp tỉnh` is the country's average, though `cấp tỉnh` alone is the page's own province.
    const ownOutsideCountry = own.filter((o) => !country.some((c) => overlaps(c, o)));
    this.markers = bucket([...ownOutsideCountry, ...country, ...several].filter(outsideComparisons), this.sents);
    this.goalsBefore = bucket(spans(GOAL_BEFORE, f.folded).filter(outsideComparisons), this.sents);
    this.goalsAnywhere = bucket(spans(GOAL_ANYWHERE, f.folded), this.sents);
    this.figureSpans = figures
      .map((g) => ({ start: f.toFolded(g.start), end: f.toFolded(g.end), percent: g.kind === 'percent' }))
      .sort((a, b) => a.start - b.start);
    this.leadPeriod = this.findLeadPeriod();
  }

  /** Figures' spans in folded offsets, sorted by start, to tell which names stand right against which figure. */
  private readonly figureSpans: ReadonlyArray<Span & { percent: boolean }>;

  /**
   * Whether a name belongs to another figure it runs into or stands right after on the same line. After a count or
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
    for (let i = lo - 1; i >= 0 && i >= lo - FIGURES_TOUCHING; i--) {
      const g = this.figureSpans[i];
      if (!g || g.start === figureStart) continue;
      const against = overlaps(g, m) || (m.start >= g.end && m.start - g.end <= NAME_AGAINST && /^[^\S\n]*$/.test(this.f.folded.slice(g.end, m.start)));
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
  readonly leadPeriod: PeriodMention | undefined;

  private findLeadPeriod(): PeriodMention | undefined {
    const first = this.paragraphSentences.findIndex((ss, pi) => {
      const s0 = this.sents[ss[0] ?? -1];
      const last = this.sents[ss[ss.length - 1] ?? -1];
      return !this.paragraphIsHeading[pi] && s0 && last && last.end - s0.start >= LEAD_MIN_LENGTH;
    });
    const framing = (m: PeriodMention): boolean =>
      ['year', 'half', 'months', 'quarter', 'month'].includes(m.type) &&
      periodOf(m, this.contextYears.get(m) ?? this.pubYear, this.meta.publishedAt) !== undefined;
    return firstOf(
      (this.paragraphSentences[first] ?? []).flatMap((si) => this.periods[si] ?? []),
      framing,
    );
  }

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

// An average or median word shortly before `các tỉnh`, and how far before it may stand.
const AVERAGE_REACH = 40;

// A place opening a line and followed by a dash, perhaps after an agency's name in brackets.
const DATELINE_AFTER = /^\s*(?:\([^()\n]{1,24}\)\s*)?[—–-]\s/;

function isDateline(text: string, f: FoldedText, m: Span): boolean {
  const start = f.toOriginal(m.start);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^\s*$/.test(text.slice(lineStart, start)) && DATELINE_AFTER.test(text.slice(f.toOriginal(m.end), f.toOriginal(m.end) + 30));
}
