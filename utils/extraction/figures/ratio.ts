import { Gap } from '../text/tokens';
import { applyScale } from '../numbers/read-number';
import { vocabulary } from './vocabulary';
import { wordBefore } from './triggers';
import {
  headNoun,
  isNum,
  isSym,
  nounText,
  phraseAt,
  phraseBefore,
  span,
  token,
  valueAt,
  type FigureContext,
  type FigureRule,
  type NounMatch,
  type RuleMatch,
} from './context';

/**
 * A part over a whole: `65/65 xã`, `2/7 chỉ tiêu`, `431.172 máy/596.049 dân`. When the first number
 * is the larger, the page is writing "achieved/target" (`8.793/6.500 đảng viên`,
 * `45.799/36.875 tỷ đồng`): that is the achieved amount, as a count or money. A score out of a
 * maximum (`65,5/100 điểm`) is a score. A pair with no noun after it (`21/7`) is no figure. A
 * part larger than a fixed whole (`70/65 xã`: a province has so many communes) is kept as the
 * ratio written, for the checks to flag.
 */
export const ratio: FigureRule = {
  name: 'ratio',
  apply(ctx, i) {
    const a = valueAt(ctx, i);
    if (a === null) return null;
    // `431.172 máy/596.049 dân`: nouns on both sides of a tight slash.
    const firstNoun = headNoun(ctx, i + 1);
    if (firstNoun && isTightSlash(ctx, firstNoun.to) && isNum(ctx, firstNoun.to + 1)) {
      const b = valueAt(ctx, firstNoun.to + 1);
      const secondNoun = headNoun(ctx, firstNoun.to + 2);
      if (b !== null && secondNoun && a <= b) {
        return { to: secondNoun.to, figure: { kind: 'ratio', value: a, of: b, unit: nounText(ctx, firstNoun), ...span(ctx, i, secondNoun.to) } };
      }
    }
    const words = partOfWords(ctx, i, a);
    if (words) return words;
    if (!isSym(ctx, i + 1, '/') || token(ctx, i + 1)!.gap === Gap.Line || !isNum(ctx, i + 2) || token(ctx, i + 2)!.gap === Gap.Line) return null;
    const b = valueAt(ctx, i + 2);
    if (b === null) return { to: i + 3 };
    let to = i + 3;
    let scale = 1;
    const scaleWord = phraseAt(ctx, vocabulary.scales, to);
    if (scaleWord) {
      scale = scaleWord.value;
      to = scaleWord.to;
    }
    const currency = token(ctx, to)?.gap === Gap.Space ? phraseAt(ctx, vocabulary.moneyAfter, to) : null;
    if (currency) {
      if (a > b) return { to: currency.to, figure: { kind: 'money', value: applyScale(a, scale), unit: currency.value, ...span(ctx, i, currency.to) } };
      return {
        to: currency.to,
        figure: {
          kind: 'ratio',
          value: a,
          of: b,
          unit: ctx.text.slice(token(ctx, i + 3)!.start, token(ctx, currency.to - 1)!.end),
          ...span(ctx, i, currency.to),
        },
      };
    }
    const points = token(ctx, to)?.gap === Gap.Space ? phraseAt(ctx, vocabulary.scoreUnits, to) : null;
    if (points) return { to: points.to, figure: { kind: 'score', value: a, of: b, ...span(ctx, i, points.to) } };
    const noun = headNoun(ctx, to);
    if (!noun) return { to: i + 3 };
    const unit = nounText(ctx, noun);
    if (a > b && !isWhole(ctx, noun)) return { to: noun.to, figure: { kind: 'count', value: applyScale(a, scale), unit, ...span(ctx, i, noun.to) } };
    return { to: noun.to, figure: { kind: 'ratio', value: a, of: b, unit, ...span(ctx, i, noun.to) } };
  },
};

/**
 * `177 of 177 communes`, `45 out of 63 provinces`, `12 trong tổng số 15 xã`: the part and the whole
 * in words, which needs the counted noun after the whole.
 */
function partOfWords(ctx: FigureContext, i: number, a: number): RuleMatch | null {
  if (token(ctx, i + 1)?.gap !== Gap.Space) return null;
  const words = phraseAt(ctx, vocabulary.partOf, i + 1);
  if (!words || !isNum(ctx, words.to) || token(ctx, words.to)!.gap !== Gap.Space) return null;
  const b = valueAt(ctx, words.to);
  // `1 trong 8 địa phương`, `1 of 63 provinces` say "one of them": the figure is the whole.
  if (b === null || !Number.isInteger(a) || !Number.isInteger(b) || a < 2) return null;
  const noun = headNoun(ctx, words.to + 1);
  if (!noun || (a > b && !isWhole(ctx, noun))) return null;
  return { to: noun.to, figure: { kind: 'ratio', value: a, of: b, unit: nounText(ctx, noun), ...span(ctx, i, noun.to) } };
}

/** A noun with a fixed whole (`xã`, `provinces`), of which no part can be larger. */
function isWhole(ctx: FigureContext, noun: NounMatch): boolean {
  const whole = vocabulary.wholes.at(ctx.tokens, noun.nounFrom);
  return whole !== null && whole.to === noun.to;
}

function isTightSlash(ctx: FigureContext, i: number): boolean {
  return isSym(ctx, i, '/') && token(ctx, i)!.gap === Gap.None && token(ctx, i + 1)?.gap === Gap.None;
}

/** `gấp 20 lần`: how many times larger, a ratio without a denominator. */
export const multiple: FigureRule = {
  name: 'multiple',
  trigger: wordBefore([vocabulary.multipleBefore]),
  apply(ctx, i) {
    const value = valueAt(ctx, i);
    if (value === null) return null;
    const before = phraseBefore(ctx, vocabulary.multipleBefore, i);
    const after = before && token(ctx, i + 1)?.gap === Gap.Space ? phraseAt(ctx, vocabulary.multipleAfter, i + 1) : null;
    if (!before || !after) return null;
    return { to: after.to, figure: { kind: 'ratio', value, ...span(ctx, before.from, after.to) } };
  },
};
