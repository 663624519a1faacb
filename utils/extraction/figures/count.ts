import { headNoun, nounText, scaled, span, type FigureRule } from './context';

/**
 * A count of real things: a number, an optional scale word, a known head noun
 * (`177.427 hồ sơ`, `31 nghìn viên chức`, `1,9 triệu dân`, `1.24 million administrative dossiers`).
 * A number with no head noun is left alone: precision over recall.
 */
export const count: FigureRule = {
  name: 'count',
  apply(ctx, i) {
    const amount = scaled(ctx, i);
    if (!amount) return null;
    const noun = headNoun(ctx, amount.to);
    if (!noun) return null;
    return { to: noun.to, figure: { kind: 'count', value: amount.value, unit: nounText(ctx, noun), ...span(ctx, i, noun.to) } };
  },
};
