import { vocabulary } from './vocabulary';
import { phraseAt, phraseBefore, span, valueAt, type FigureRule } from './context';

/**
 * A move on a ranking: a rise or fall verb, the number, a step word: `tăng 6 bậc`, `tụt 3 hạng`,
 * `up 6 places`. Falls are negative. The verb is part of the figure's text.
 */
export const rankChange: FigureRule = {
  name: 'rank-change',
  apply(ctx, i) {
    const value = valueAt(ctx, i);
    if (value === null || !Number.isInteger(value)) return null;
    const verb = phraseBefore(ctx, vocabulary.changeVerbs, i);
    if (!verb) return null;
    const step = phraseAt(ctx, vocabulary.rankSteps, i + 1);
    if (!step) return null;
    return { to: step.to, figure: { kind: 'rank_change', value: value * verb.value, ...span(ctx, verb.from, step.to) } };
  },
};
