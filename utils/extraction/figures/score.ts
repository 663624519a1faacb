import { Gap } from '../text/tokens';
import { fractionDigits } from '../numbers/read-number';
import { vocabulary } from './vocabulary';
import { headNoun, isFirst, isSym, phraseAt, phraseBefore, span, token, valueAt, type FigureContext, type FigureRule } from './context';

/**
 * Index scores. `71,25 điểm`, `0.4455 points`, `1,000-point`: a number with a points word, unless
 * `điểm` names a place (`40 điểm giao dịch`, `50 điểm Wi-Fi`: a count). A bare fraction below one written with three
 * or more decimals is an index value when an index word comes shortly before it (`DTI đạt 0,8241`,
 * `overall DTI score is 0.3615`). A decimal with two or more places right after `đạt`/`reached`, with an
 * index named shortly before, is that index's score (`Chỉ số PAR INDEX đạt 88,72`).
 */
export const score: FigureRule = {
  name: 'score',
  apply(ctx, i) {
    const value = valueAt(ctx, i);
    if (value === null) return null;
    let unitAt = i + 1;
    if (isSym(ctx, unitAt, '-') && token(ctx, unitAt)!.gap === Gap.None) unitAt++;
    const unit = token(ctx, unitAt)?.type === 'word' ? phraseAt(ctx, vocabulary.scoreUnits, unitAt) : null;
    const raw = token(ctx, i)!.text;
    if (unit && token(ctx, unitAt)!.gap !== Gap.Line) {
      if (phraseAt(ctx, vocabulary.pointOf, unit.to)) return null;
      // A whole number of `điểm` followed by a name (`50 điểm Wi-Fi`) counts places unless an index is named.
      const named = token(ctx, unit.to)?.type === 'word' && token(ctx, unit.to)!.gap === Gap.Space;
      if (named && fractionDigits(raw, ctx.language) === 0 && !cueBefore(ctx, i)) {
        return {
          to: unit.to,
          figure: { kind: 'count', value, unit: ctx.text.slice(token(ctx, unitAt)!.start, token(ctx, unit.to - 1)!.end), ...span(ctx, i, unit.to) },
        };
      }
      return { to: unit.to, figure: { kind: 'score', value, ...span(ctx, i, unit.to) } };
    }
    if (value < 1 && fractionDigits(raw, ctx.language) >= 3 && nextIsLoose(ctx, i + 1) && cueBefore(ctx, i)) {
      return { to: i + 1, figure: { kind: 'score', value, ...span(ctx, i, i + 1) } };
    }
    if (
      value <= 100 &&
      fractionDigits(raw, ctx.language) >= 2 &&
      nextIsLoose(ctx, i + 1) &&
      !measures(ctx, i + 1) &&
      phraseBefore(ctx, vocabulary.scoreVerbs, i) &&
      indexBefore(ctx, i)
    ) {
      return { to: i + 1, figure: { kind: 'score', value, ...span(ctx, i, i + 1) } };
    }
    return null;
  },
};

/** Nothing that would make the number something else follows it (a unit, a slash, a percent sign). */
function nextIsLoose(ctx: FigureContext, i: number): boolean {
  const next = token(ctx, i);
  if (!next || next.gap === Gap.Line) return true;
  if (next.type === 'sym') return ',.;)'.includes(next.text);
  return next.type === 'word' && next.gap === Gap.Space;
}

/** A scale, currency or counted noun follows: the number measures that, not an index. */
function measures(ctx: FigureContext, i: number): boolean {
  if (token(ctx, i)?.type !== 'word' || token(ctx, i)!.gap === Gap.Line) return false;
  return phraseAt(ctx, vocabulary.scales, i) !== null || phraseAt(ctx, vocabulary.moneyAfter, i) !== null || headNoun(ctx, i) !== null;
}

const INDEX_REACH = 8;

/** An index named a few words before, in the same sentence (`Chỉ số PAR INDEX năm 2023 đạt 88,72`). */
function indexBefore(ctx: FigureContext, i: number): boolean {
  for (let back = i; back > i - INDEX_REACH && !isFirst(ctx, back); back--) {
    if (token(ctx, back)?.gap === Gap.Line || isSym(ctx, back - 1, '.;!?')) return false;
    if (phraseBefore(ctx, vocabulary.indexNames, back)) return true;
  }
  return false;
}

function cueBefore(ctx: FigureContext, i: number): boolean {
  for (let back = i; back > i - 8 && !isFirst(ctx, back); back--) {
    if (token(ctx, back)?.gap === Gap.Line) return false;
    if (phraseBefore(ctx, vocabulary.scoreCues, back)) return true;
  }
  return false;
}
