import { Gap } from '../text/tokens';
import { isFirst, isNum, isSym, keyAt, span, token, valueAt, type FigureContext, type FigureRule } from './context';

/** Written-out percent signs; percentage points are a change in a share, kept as a percent. */
const PERCENT_WORDS = new Set(['percent', 'phần trăm', 'per cent', 'percentage points', 'điểm phần trăm', 'điểm %']);
/** First words of the longer ones: only after these are two or three words joined and looked up. */
const FIRST_WORDS = new Set([...PERCENT_WORDS].filter((w) => w.includes(' ')).map((w) => w.split(' ')[0]!));

/**
 * `98,65%`, `3,45 %`, `85.89 percent`. A range `30-35%` gives both ends. `100%` standing alone on
 * its line, away from other numbers, is a page control (a zoom level), not a figure; next to
 * number-only lines it is a table cell (HTML tables read one cell a line) and counts.
 */
export const percent: FigureRule = {
  name: 'percent',
  apply(ctx, i) {
    const value = valueAt(ctx, i);
    if (value === null) return null;
    const end = percentSignAfter(ctx, i);
    if (end !== null) {
      if (value === 100 && aloneOnLine(ctx, i, end) && !besideNumberCells(ctx, i, end)) return { to: end };
      return { to: end, figure: { kind: 'percent', value, ...span(ctx, i, end) } };
    }
    // Low end of a range: the sign comes after the high end.
    if (isSym(ctx, i + 1, '-–') && token(ctx, i + 1)!.gap !== Gap.Line && isNum(ctx, i + 2)) {
      const rangeEnd = percentSignAfter(ctx, i + 2);
      if (rangeEnd !== null) return { to: i + 1, figure: { kind: 'percent', value, ...span(ctx, i, rangeEnd) } };
    }
    return null;
  },
};

function percentSignAfter(ctx: FigureContext, i: number): number | null {
  const next = token(ctx, i + 1);
  if (!next || next.gap === Gap.Line) return null;
  if (next.type === 'sym' && next.text === '%') return i + 2;
  if (next.type === 'word' && next.gap === Gap.Space) {
    const key = keyAt(ctx, i + 1)!;
    if (PERCENT_WORDS.has(key)) return i + 2;
    if (!FIRST_WORDS.has(key)) return null;
    const two = `${key} ${keyAt(ctx, i + 2) ?? ''}`;
    if (PERCENT_WORDS.has(two) && token(ctx, i + 2)?.gap === Gap.Space) return i + 3;
    const three = `${two} ${keyAt(ctx, i + 3) ?? ''}`;
    if (PERCENT_WORDS.has(three) && token(ctx, i + 2)?.gap === Gap.Space && token(ctx, i + 3)?.gap === Gap.Space) return i + 4;
  }
  return null;
}

function aloneOnLine(ctx: FigureContext, from: number, to: number): boolean {
  const first = token(ctx, from)!;
  const next = token(ctx, to);
  const startsLine = isFirst(ctx, from) || first.gap === Gap.Line;
  const endsLine = next === undefined || next.gap === Gap.Line;
  return startsLine && endsLine;
}

/** The line before or after holds only a number, as cells of a table column do. */
function besideNumberCells(ctx: FigureContext, from: number, to: number): boolean {
  return numberOnlyLine(ctx, from - 1, -1) || numberOnlyLine(ctx, to, 1);
}

/** Whether the line through token `i` (walking in `direction`) is a short run of numbers and signs. */
function numberOnlyLine(ctx: FigureContext, i: number, direction: 1 | -1): boolean {
  let sawNumber = false;
  for (let k = i, steps = 0; steps < 6; k += direction, steps++) {
    const t = token(ctx, k);
    if (!t) return sawNumber;
    if (t.type === 'word') return false;
    if (t.type === 'num') sawNumber = true;
    const lineEdge = direction === -1 ? t.gap === Gap.Line : token(ctx, k + 1)?.gap === Gap.Line;
    if (lineEdge) return sawNumber;
  }
  return false;
}
