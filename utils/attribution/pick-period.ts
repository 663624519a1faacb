/**
 * When a figure speaks for: its table cell's column or row; a time right after it; the nearest in
 * its brackets, clause, sentence; the sentences before it in the paragraph; the heading above; an
 * index's edition year; the article's lead; the publication date. A comparison base speaks for the
 * base's time. And whether the figure is a goal rather than an outcome.
 */
import { GOAL_REACH } from './markers';
import { firstFound, firstOf, nearest, nearestBefore, type FigureSite, type PageIndex } from './page-index';
import { findPeriods, periodOf, periodText, publicationPeriod, rankingPeriod, yearBefore, yearPeriod, type PeriodMention } from './periods';
import { fold } from '../extraction/text/fold';
import type { Span } from '../extraction/text/span';
import type { GridContext } from './grids';
import type { Period } from './types';

export interface PeriodPick {
  period?: Period;
  /** The time expression it was read from, if any. */
  from?: PeriodMention;
}

export interface PeriodQuery extends FigureSite {
  /** The figure is a rank in a ranking: never `đến nay`, and the edition before publication when nothing is said. */
  ranking: boolean;
  /** Years between the year its index measures and the year it is announced (0 for plain statistics). */
  lag: number;
}

/** The period a figure speaks for (a comparison base the base's), and the expression it was read from. */
export function pickPeriod(q: PeriodQuery): PeriodPick {
  const picked = gridPeriod(q.page, q.grid) ?? periodInText(q);
  const base = basePeriod(q.page, q.start, q.end, picked.period);
  return base ? { period: base, from: picked.from } : picked;
}

/** In a table: the time its own cell, then its column heads, then its row labels name (`Thực hiện tháng 9/2025`). */
function gridPeriod(page: PageIndex, grid: GridContext | undefined): PeriodPick | undefined {
  if (!grid) return undefined;
  for (const cell of [grid.cell, ...grid.columnHeads, ...grid.rowLabels]) {
    for (const m of findPeriods(periodText(cell, fold(cell)))) {
      const period = periodOf(m, page.pubYear, page.meta.publishedAt);
      if (period) return { period, from: m };
    }
  }
  return undefined;
}

// How close after a figure a time must stand to be its own (`giảm từ 4,5% năm 2021 xuống 1,9% năm 2024`).
const PERIOD_RIGHT_AFTER = 3;

function periodInText(q: PeriodQuery): PeriodPick {
  const { page, sentence: si, start: fs, end: fe, ranking, lag } = q;
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
  const rightAfter = inSentence.find(
    (m) => m.start >= fe && m.start - fe <= PERIOD_RIGHT_AFTER && /^\s*$/.test(page.f.folded.slice(fe, m.start)) && sameBrackets(m),
  );
  const found =
    rightAfter ||
    (own && nearest(inSentence, own, fs, fe, sameBrackets)) ||
    nearest(inSentence, page.clauseOf(si, fs), fs, fe, sameBrackets) ||
    nearestBefore(inSentence, sentence, fs, sameBrackets) ||
    firstFound([...page.earlierInParagraph(si)], (i) => firstOf(page.periods[i] ?? [], usable)) ||
    firstFound(page.headingSentences(si), (hs) =>
      firstOf(
        hs.flatMap((h) => page.periods[h] ?? []),
        usable,
      ),
    );
  if (found) return { period: resolve(found), from: found };
  return fallbackPeriod(page, ranking, lag);
}

function fallbackPeriod(page: PageIndex, ranking: boolean, lag: number): PeriodPick {
  const pub = page.meta.publishedAt;
  if ((ranking || lag > 0) && pub) return { period: lag > 0 ? yearPeriod(Number(pub.slice(0, 4)) - lag) : rankingPeriod(pub) };
  const lead = page.leadPeriod;
  if (lead) return { period: periodOf(lead, page.contextYears.get(lead) ?? page.pubYear, pub), from: lead };
  return { period: pub ? publicationPeriod(pub) : undefined };
}

// How far before a comparison a figure may stand, joined by `của`, and still be its base (`mức tăng 6,9% của cùng kỳ năm trước`);
// without `của` it is the change (`tăng 19% so với cùng kỳ`).
const BASE_REACH = 8;

/**
 * A figure that is itself the comparison base (`up from 38 per cent the year before`, `6,9% của cùng
 * kỳ năm trước`) speaks for the base's time: the one the comparison names, else the same span a
 * year before the time of the figure it is compared with.
 */
function basePeriod(page: PageIndex, fs: number, fe: number, compared: Period | undefined): Period | undefined {
  const base = page.comparisonSpans.find(
    (c) => (c.start <= fs && fe <= c.end) || (c.start >= fe && c.start - fe <= BASE_REACH && /^\s*cua\s+$/.test(page.f.folded.slice(fe, c.start))),
  );
  if (!base) return undefined;
  const named = page.basePeriods.find((m) => m.start >= Math.max(fe, base.start) && m.end <= base.end);
  // `cùng kỳ (năm trước)` is the same quarter, half or months a year back.
  const sameSpan = /^(?:so voi\s+|so\s+)?cung ky/.test(page.f.folded.slice(base.start, base.end));
  if (compared && sameSpan && (!named || named.type === 'last-year')) return yearBefore(compared);
  const year = compared ? Number(compared.to.slice(0, 4)) : page.pubYear;
  return named ? periodOf(named, year, page.meta.publishedAt) : undefined;
}

/** A goal, not an outcome: a future `đến năm 2030`, or a goal word in the sentence. */
export function pickTarget(q: FigureSite & { found: PeriodMention | undefined }): boolean {
  const { page, sentence: si, start: fs, end: fe, found } = q;
  if (found?.type === 'until' && found.goal && (page.pubYear === undefined || found.year >= page.pubYear)) return true;
  // `vượt mục tiêu đề ra; bình quân cả nước tăng 8%`: a goal word does not reach past a semicolon.
  const governs = (g: Span): boolean => g.end <= fs && fs - g.end <= GOAL_REACH && !page.f.folded.slice(g.end, fs).includes(';');
  if ((page.goalsBefore[si] ?? []).some(governs)) return true;
  return (page.goalsAnywhere[si] ?? []).some((g) => g.end <= fs || g.start >= fe);
}
