/**
 * What a figure measures: the indicator named in its table cell, column or row; else a name running
 * through it or right after a count or an amount; else the nearest in its clause, its head noun, the
 * nearest before it in its sentence, the sentence it elaborates, the heading above; else a label
 * from the sentence's own words (`other:…`); else `unknown`.
 */
import type { Figure } from '../extraction/types';
import { fitFor, findIndicators, indicatorOfUnit, type IndicatorMention } from './indicators';
import { ELABORATION } from './markers';
import { otherIndicator } from './other-indicator';
import { lastOf, nearest, nearestBefore, type FigureSite, type PageIndex } from './page-index';
import { fold } from '../extraction/text/fold';
import type { Indicator } from './types';
import type { GridContext } from './grids';

// Between a percentage and the noun it is a share of: nothing, `of (the)`, `số`, `tổng số`.
const PERCENT_OF = /^\s*(?:of\s+(?:the\s+)?|(?:tong\s+)?so\s+)?$/;

// The verb that says something of the noun a percentage counts: `được`, `đã`, `were`, `are`.
const COPULA = /(?<![\p{L}])(?:duoc|da|deu|were|was|are|is|have been|had been)(?![\p{L}])/u;

// How far into a sentence `Cụ thể`, `Trong đó` must stand to make it spell out the one before.
const ELABORATION_WITHIN = 24;

// How far after a figure an indicator may stand and still be its own (`xếp thứ 10/63 tỉnh, thành phố trên bảng xếp hạng CĐS`).
const INDICATOR_REACH = 60;

/** In a table: the indicator named in the figure's own cell, else its column heads, else its row labels. */
function tableIndicator(page: PageIndex, fig: Figure, grid: GridContext | undefined): string | undefined {
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

/** The id of the listed indicator a figure measures, if the page names one for it. */
export function pickIndicator(site: FigureSite): string | undefined {
  const { page, fig, sentence: si, start: fs, end: fe, grid } = site;
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
  // `95% hồ sơ … được giải quyết đúng hạn`, `45 per cent of dossiers were filed online`: the noun right
  // after a percentage is what it is a share of; what is measured is said of it after a verb, if anything is.
  if (fig.kind === 'percent') {
    const base = inSentence.find((m) => m.start >= fe && PERCENT_OF.test(page.f.folded.slice(fe, m.start)) && ok(m));
    const predicate = (m: IndicatorMention): boolean => base !== undefined && m.start >= base.end && COPULA.test(page.f.folded.slice(base.end, m.start));
    const measured = base && nearest(inSentence, clause, base.end, base.end, (m) => ok(m) && predicate(m), INDICATOR_REACH);
    if (measured && !nearestBefore(inSentence, clause, fs, ok)) return fit(measured);
  }
  const inClause = nearest(inSentence, clause, fs, fe, ok, INDICATOR_REACH);
  if (inClause) return fit(inClause);
  const byUnit = indicatorOfUnit(fig.unit);
  if (byUnit && fitFor(byUnit, fig.kind)) return fitFor(byUnit, fig.kind);
  const inSent = nearestBefore(inSentence, sentence, fs, ok);
  if (inSent) return fit(inSent);
  if (ELABORATION.test(page.f.folded.slice(sentence.start, sentence.start + ELABORATION_WITHIN))) {
    for (const prev of page.earlierInParagraph(si)) {
      const m = lastOf(page.indicators[prev] ?? [], ok);
      if (m) return fit(m);
      break;
    }
  }
  for (const heading of page.headingSentences(si)) {
    const m = lastOf(
      heading.flatMap((h) => page.indicators[h] ?? []),
      ok,
    );
    if (m) return fit(m);
  }
  return undefined;
}

/** What a figure whose indicator has no name in the list measures, in the words of its clause. */
export function otherOf(site: FigureSite): Indicator | undefined {
  const { page, fig, sentence: si, start: fs, end: fe } = site;
  const clause = page.clauseOf(si, fs);
  const written = page.text.slice(page.f.toOriginal(clause.start), page.f.toOriginal(clause.end));
  // Folding keeps lengths for most text; where it does not, the written words cannot be cut out by offset.
  const folded = page.f.folded.slice(clause.start, clause.end);
  return otherIndicator(fig, folded, written.length === folded.length ? written : folded, fs - clause.start, fe - clause.start);
}
