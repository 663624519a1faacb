import { Gap } from '../text/tokens';
import { vocabulary } from './vocabulary';
import { isNum, isSym, keyAt, token, type FigureContext, type FigureRule } from './context';

/**
 * A number glued to letters is part of a name, not a measure: technology and disease names
 * (`5G`, `4G`, `Covid-19`, `H5N1`), road and model codes (`QL1A`). Known units (`06km`), period words
 * (`9tháng`), currencies (`500.000đ`) and English ordinals (`10th`) are left to their own rules.
 */
export const gluedName: FigureRule = {
  name: 'glued-name',
  apply(ctx, i) {
    const before = token(ctx, i - 1);
    const self = token(ctx, i)!;
    if (self.gap === Gap.None && before?.type === 'word') {
      // `VND18.5 trillion`, `USD2 million`: a currency written glued to the amount.
      if (vocabulary.moneyBefore.before(ctx.tokens, i)) return null;
      return { to: i + 1 };
    }
    if (self.gap === Gap.None && isSym(ctx, i - 1, '-') && token(ctx, i - 2)?.type === 'word' && before!.gap === Gap.None && !endsAmount(ctx, i - 1))
      return { to: i + 1 };
    const after = token(ctx, i + 1);
    if (after?.type === 'word' && after.gap === Gap.None) {
      const key = keyAt(ctx, i + 1)!;
      if (vocabulary.ordinalSuffixes.has(key)) return null;
      const known =
        vocabulary.countNouns.at(ctx.tokens, i + 1) ??
        vocabulary.periods.at(ctx.tokens, i + 1) ??
        vocabulary.moneyAfter.at(ctx.tokens, i + 1) ??
        vocabulary.scales.at(ctx.tokens, i + 1) ??
        vocabulary.scoreUnits.at(ctx.tokens, i + 1);
      if (!known) return { to: i + 2 };
    }
    return null;
  },
};

/** `50.000đ-100.000đ`, `1 triệu-2 triệu`: the word before the hyphen is a currency or scale after a number, so a range goes on. */
function endsAmount(ctx: FigureContext, j: number): boolean {
  const unit = vocabulary.moneyAfter.before(ctx.tokens, j) ?? vocabulary.scales.before(ctx.tokens, j);
  return unit !== null && isNum(ctx, unit.from - 1);
}
