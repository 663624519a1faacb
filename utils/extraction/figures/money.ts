import { Gap } from '../text/tokens';
import { vocabulary } from './vocabulary';
import { headNoun, phraseAt, phraseBefore, scaled, span, token, type FigureRule } from './context';

/**
 * Amounts of money: a number, an optional scale word, a currency (`710 tỷ đồng`, `0,04 triệu USD`,
 * `500.000đ`), or a currency before the number (`VND 710 billion`, `US$2.5 billion`). On a Vietnamese
 * page `tỷ` and larger scales with nothing after them are đồng (`thu ngân sách 5,6 nghìn tỷ`).
 */
export const money: FigureRule = {
  name: 'money',
  apply(ctx, i) {
    const amount = scaled(ctx, i);
    if (!amount) return null;
    const after = token(ctx, amount.to);
    if (after && after.gap !== Gap.Line) {
      const currency = phraseAt(ctx, vocabulary.moneyAfter, amount.to);
      if (currency && (after.gap === Gap.Space || isShortCurrency(currency.phrase))) {
        return { to: currency.to, figure: { kind: 'money', value: amount.value, unit: currency.value, ...span(ctx, i, currency.to) } };
      }
    }
    const prefix = phraseBefore(ctx, vocabulary.moneyBefore, i);
    if (prefix) return { to: amount.to, figure: { kind: 'money', value: amount.value, unit: prefix.value, ...span(ctx, prefix.from, amount.to) } };
    if (ctx.language === 'vi' && amount.to > i + 1 && vocabulary.impliedVnd.at(ctx.tokens, ctx.keys, i + 1)?.to === amount.scaleTo && !headNoun(ctx, amount.to)) {
      return { to: amount.to, figure: { kind: 'money', value: amount.value, unit: 'VND', ...span(ctx, i, amount.to) } };
    }
    return null;
  },
};

/** Currencies written glued to the number (`500.000đ`, `10USD`). */
function isShortCurrency(phrase: string): boolean {
  return phrase === 'đ' || phrase === 'USD' || phrase === 'VND' || phrase === 'VNĐ';
}
