import { Gap } from '../text/tokens';
import { vocabulary } from './vocabulary';
import { headNoun, isYearNumber, keyAt, nounText, phraseBefore, scaled, span, token, type FigureContext, type FigureRule } from './context';
import { baseOfChange, impliedNoun, subjectNoun } from './implied-noun';

/**
 * A count of real things: a number, an optional scale word, a known head noun
 * (`177.427 hồ sơ`, `31 nghìn viên chức`, `1,9 triệu dân`, `1.24 million administrative dossiers`).
 * A number with no head noun is left alone: precision over recall. The one exception is a
 * Vietnamese number written with thousands groups (`12.345 bản`): that is a quantity, so the plain
 * lower-case word after it is taken as its noun unless it is a function word or a verb; so is a
 * whole number right after a word that announces a quantity (`tiếp nhận 38 tình nguyện viên`), and
 * a bare number whose noun the sentence has just named (`Of the 3,150 applications received, 2,870
 * were settled`, `36,480 dossiers, of which 21,905 …`; see implied-noun.ts).
 */
export const count: FigureRule = {
  name: 'count',
  apply(ctx, i) {
    const amount = scaled(ctx, i);
    if (!amount || isEnglishYear(ctx, i, amount.to)) return null;
    const noun = headNoun(ctx, amount.to);
    if (noun) return { to: noun.to, figure: { kind: 'count', value: amount.value, unit: nounText(ctx, noun), ...span(ctx, i, noun.to) } };
    if (amount.to === i + 1 && (isGrouped(ctx, i) || isCued(ctx, i)) && isPlainWord(ctx, i + 1)) {
      return { to: i + 2, figure: { kind: 'count', value: amount.value, unit: token(ctx, i + 1)!.text, ...span(ctx, i, i + 2) } };
    }
    // `of whom 1.35 million were …`: a scaled number takes the implied noun too.
    const unit = impliedNoun(ctx, i) ?? (amount.to > i + 1 ? (baseOfChange(ctx, i) ?? subjectNoun(ctx, i)) : null);
    if (unit) return { to: amount.to, figure: { kind: 'count', value: amount.value, unit, ...span(ctx, i, amount.to) } };
    return null;
  },
};

/**
 * English pages group thousands (`2,023 workers`), so a bare `2023` is a year, even before a word
 * that reads as a plural noun (`In 2023 reports showed…`, `Decree 13 of 2023 targets…`).
 */
function isEnglishYear(ctx: FigureContext, i: number, to: number): boolean {
  return ctx.language === 'en' && to === i + 1 && isYearNumber(ctx, i);
}

/** `12.345`: Vietnamese thousands groups, the mark of a written-out quantity. */
function isGrouped(ctx: FigureContext, i: number): boolean {
  return ctx.language === 'vi' && /^\d{1,3}(?:\.\d{3})+$/.test(token(ctx, i)!.text);
}

/**
 * `tiếp nhận 38 tình nguyện viên`, `có hơn 40 nghệ nhân`: a whole number of at least 2 right after a
 * word that announces a quantity (a hedge may stand between). One alone reads as `một`, an article.
 */
function isCued(ctx: FigureContext, i: number): boolean {
  if (ctx.language !== 'vi' || !/^\d{1,6}$/.test(token(ctx, i)!.text) || Number(token(ctx, i)!.text) < 2) return false;
  const hedge = phraseBefore(ctx, vocabulary.hedges, i);
  return phraseBefore(ctx, vocabulary.countCues, hedge ? hedge.from : i) !== null;
}

function isPlainWord(ctx: FigureContext, i: number): boolean {
  const t = token(ctx, i);
  if (!t || t.type !== 'word' || t.gap !== Gap.Space || t.text !== t.text.toLowerCase()) return false;
  if (vocabulary.notNouns.has(keyAt(ctx, i)!)) return false;
  const next = token(ctx, i + 1);
  // A glued word is part of something else (`1.234 m2`, `1.000 kWh` are listed units already).
  return !(next && next.gap === Gap.None && next.type !== 'sym');
}
