import { Gap } from '../text/tokens';
import { vocabulary } from './vocabulary';
import { gluedAfter } from './triggers';
import { isNum, isSym, isWord, keyAt, phraseAt, phraseBefore, token, valueAt, type FigureContext, type FigureRule } from './context';

/**
 * Times are never figures: `15:24`, `09:04:52`, `4:03:01 PM`, `15h30`.
 */
export const time: FigureRule = {
  name: 'time',
  trigger: gluedAfter,
  apply(ctx, i) {
    const next = token(ctx, i + 1);
    if (isSym(ctx, i + 1, ':') && next?.gap === Gap.None && isNum(ctx, i + 2) && token(ctx, i + 2)!.gap === Gap.None) {
      let to = i + 3;
      if (isSym(ctx, to, ':') && isNum(ctx, to + 1)) to += 2;
      return { to };
    }
    if (next?.type === 'word' && next.gap === Gap.None && /^h(?:\d|$)/i.test(next.text) && (keyAt(ctx, i + 1) === 'h' || keyAt(ctx, i + 1) === 'giờ')) {
      return { to: isNum(ctx, i + 2) && token(ctx, i + 2)!.gap === Gap.None ? i + 3 : i + 2 };
    }
    return null;
  },
};

const isYear = (v: number | null): boolean => v !== null && Number.isInteger(v) && v >= 1900 && v <= 2100;
const isDay = (v: number | null): boolean => v !== null && Number.isInteger(v) && v >= 1 && v <= 31;
const isMonth = (v: number | null): boolean => v !== null && Number.isInteger(v) && v >= 1 && v <= 12;
const DATE_SEPARATORS = '/-.–';

/**
 * Dates are never figures: `15-10-2021`, `08/10/2021`, `27.9.2019`, `2025-10-06`, `10 - 05 - 2024`,
 * month and year `8/2021` or `2023-08`, day and month after a date word (`ngày 21/7`, `sáng 9/5`), and English
 * `December 22` / `22 December`.
 */
export const date: FigureRule = {
  name: 'date',
  apply(ctx, i) {
    const t = token(ctx, i)!;
    if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(t.text)) return { to: i + 1 };
    const a = valueAt(ctx, i);
    // Three numbers joined by one separator, in day-month-year, month-day-year or year-month-day order.
    if (isSym(ctx, i + 1, DATE_SEPARATORS) && isNum(ctx, i + 2) && sameSeparator(ctx, i + 1, i + 3) && isNum(ctx, i + 4)) {
      const b = valueAt(ctx, i + 2);
      const c = valueAt(ctx, i + 4);
      if ((isDay(a) && isDay(b) && (isMonth(a) || isMonth(b)) && isYear(c)) || (isYear(a) && isMonth(b) && isDay(c))) return { to: i + 5 };
    }
    if (isSym(ctx, i + 1, '/-–') && isNum(ctx, i + 2) && tight(ctx, i + 1) && tight(ctx, i + 2)) {
      const b = valueAt(ctx, i + 2);
      if (isMonth(a) && isYear(b) && !token(ctx, i + 2)!.text.includes('.')) return { to: i + 3 };
      // `2023-08`, year then month, as dates are stamped on news pages.
      if (isYear(a) && isMonth(b) && /^\d{2}$/.test(token(ctx, i + 2)!.text) && token(ctx, i + 2)!.gap === Gap.None) return { to: i + 3 };
      // `từ 5 - 7 %` is a range of shares, not the fifth of July.
      if (isDay(a) && isMonth(b) && phraseBefore(ctx, vocabulary.dateLeads, i) && !isSym(ctx, i + 3, '%')) return { to: i + 3 };
    }
    if (isDay(a)) {
      const month = phraseBefore(ctx, vocabulary.months, i);
      if (month && isWord(ctx, i - 1)) return { to: i + 1 + (isOrdinalSuffix(ctx, i + 1) ? 1 : 0) };
      const after = token(ctx, i + 1)?.type === 'word' ? phraseAt(ctx, vocabulary.months, i + 1) : null;
      if (after) return { to: after.to };
    }
    return null;
  },
};

function isOrdinalSuffix(ctx: FigureContext, i: number): boolean {
  const t = token(ctx, i);
  return t !== undefined && t.gap === Gap.None && vocabulary.ordinalSuffixes.has(keyAt(ctx, i)!);
}

function tight(ctx: FigureContext, i: number): boolean {
  const t = token(ctx, i);
  return t !== undefined && t.gap !== Gap.Line;
}

function sameSeparator(ctx: FigureContext, first: number, second: number): boolean {
  const a = token(ctx, first);
  const b = token(ctx, second);
  return a !== undefined && b !== undefined && b.type === 'sym' && a.text === b.text && a.gap === b.gap && a.gap !== Gap.Line;
}
