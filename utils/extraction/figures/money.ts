import { Gap } from '../text/tokens';
import { applyScale } from '../numbers/read-number';
import { vocabulary } from './vocabulary';
import { headNoun, isNum, isSym, phraseAt, phraseBefore, scaled, span, token, type FigureContext, type FigureRule } from './context';

/**
 * Amounts of money: a number, an optional scale word, a currency (`710 tỷ đồng`, `0,04 triệu USD`,
 * `500.000đ`, `10$`, `1.234.567₫`), or a currency before the number (`VND 710 billion`, `US$2.5 billion`).
 * A price per unit keeps its unit in the text (`100₫/kg`, `30đ/TB`). On a Vietnamese page `tỷ` and
 * larger scales with nothing after them are đồng (`thu ngân sách 5,6 nghìn tỷ`).
 *
 * A range joined by a hyphen gives both ends, as percentages do: the low end's text runs to the high
 * end (`50.000đ-100.000đ`, `50.000-100.000đ`, `1,5-2 triệu đồng`), the high end is its own figure.
 */
export const money: FigureRule = {
  name: 'money',
  apply(ctx, i) {
    const amount = scaled(ctx, i);
    if (!amount) return null;
    const currency = currencyAfter(ctx, amount.to);
    if (currency) {
      const end = perUnitEnd(ctx, currency.to);
      const high = rangeHigh(ctx, end);
      return { to: end, figure: { kind: 'money', value: amount.value, unit: currency.value, ...span(ctx, i, high?.to ?? end) } };
    }
    const high = rangeHigh(ctx, amount.to);
    if (high) {
      const value = amount.to === i + 1 ? applyScale(amount.value, high.scale) : amount.value;
      return { to: amount.to, figure: { kind: 'money', value, unit: high.unit, ...span(ctx, i, high.to) } };
    }
    const prefix = phraseBefore(ctx, vocabulary.moneyBefore, i);
    // `10$ 20 sản phẩm`: a sign glued to the number before it is that number's currency.
    if (prefix && !(isNum(ctx, prefix.from - 1) && token(ctx, prefix.from)!.gap === Gap.None))
      return { to: amount.to, figure: { kind: 'money', value: amount.value, unit: prefix.value, ...span(ctx, prefix.from, amount.to) } };
    if (ctx.language === 'vi' && amount.to > i + 1 && vocabulary.impliedVnd.at(ctx.tokens, i + 1)?.to === amount.scaleTo && !headNoun(ctx, amount.to)) {
      return { to: amount.to, figure: { kind: 'money', value: amount.value, unit: 'VND', ...span(ctx, i, amount.to) } };
    }
    return null;
  },
};

/** The currency written right after an amount ending before token `j`, on the same line; glued only when it is a short sign; never the start of a longer word (`đồng chí`). */
export function currencyAfter(ctx: FigureContext, j: number): { to: number; value: string } | null {
  const after = token(ctx, j);
  if (!after || after.gap === Gap.Line) return null;
  const currency = phraseAt(ctx, vocabulary.moneyAfter, j);
  if (!currency || (after.gap !== Gap.Space && !isShortCurrency(currency.phrase))) return null;
  const other = phraseAt(ctx, vocabulary.notCurrency, j);
  if (other && other.to > currency.to) return null;
  return { to: currency.to, value: currency.value };
}

/** `đồng/người`, `₫/kg`: the unit a price is for, glued to the currency by a slash. */
function perUnitEnd(ctx: FigureContext, j: number): number {
  if (!isSym(ctx, j, '/') || token(ctx, j)!.gap !== Gap.None) return j;
  const unit = token(ctx, j + 1);
  return unit?.type === 'word' && unit.gap === Gap.None ? j + 2 : j;
}

/**
 * The high end of a range whose low end ends before token `j`: a hyphen on the same line, a number,
 * then a currency. Its scale, if any, is the low end's too (`1,5-2 triệu đồng`).
 */
function rangeHigh(ctx: FigureContext, j: number): { to: number; unit: string; scale: number } | null {
  if (!isSym(ctx, j, '-–') || token(ctx, j)!.gap === Gap.Line || !isNum(ctx, j + 1) || token(ctx, j + 1)!.gap === Gap.Line) return null;
  const high = scaled(ctx, j + 1);
  if (!high) return null;
  const currency = currencyAfter(ctx, high.to);
  if (!currency) return null;
  const scale = high.scaleTo > j + 2 ? (phraseAt(ctx, vocabulary.scales, j + 2)?.value ?? 1) : 1;
  return { to: perUnitEnd(ctx, currency.to), unit: currency.value, scale };
}

/** Currencies written glued to the number (`500.000đ`, `10USD`, `10$`, `3.14US$`, `1.234.567₫`). */
function isShortCurrency(phrase: string): boolean {
  return phrase === 'đ' || phrase === 'USD' || phrase === 'VND' || phrase === 'VNĐ' || phrase === '$' || phrase === 'US$' || phrase === '₫';
}
