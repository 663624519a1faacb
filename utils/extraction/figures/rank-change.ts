import { vocabulary } from './vocabulary';
import { wordBefore } from './triggers';
import { keyAt, phraseAt, phraseBefore, span, valueAt, type FigureContext, type FigureRule, type RuleMatch } from './context';

/**
 * A move on a ranking: a rise or fall verb, the number, a step word: `tăng 6 bậc`, `tụt 3 hạng`,
 * `up 6 places`. Falls are negative. The verb is part of the figure's text.
 */
export const rankChange: FigureRule = {
  name: 'rank-change',
  trigger: wordBefore([vocabulary.changeVerbs]),
  apply(ctx, i) {
    const value = valueAt(ctx, i);
    if (value === null || !Number.isInteger(value)) return null;
    return moveOf(ctx, i, value);
  },
};

/** `up two places`, `fell three spots`: an English move spelled out, a figure only between its verb and step word. */
export const spelledRankChange: FigureRule = {
  name: 'spelled-rank-change',
  languages: ['en'],
  trigger: wordBefore([vocabulary.changeVerbs]),
  apply(ctx, i) {
    const value = ctx.language === 'en' ? vocabulary.englishNumberWords.get(keyAt(ctx, i)!) : undefined;
    return value === undefined ? null : moveOf(ctx, i, value);
  },
};

function moveOf(ctx: FigureContext, i: number, value: number): RuleMatch | null {
  const verb = phraseBefore(ctx, vocabulary.changeVerbs, i);
  if (!verb) return null;
  const step = phraseAt(ctx, vocabulary.rankSteps, i + 1);
  if (!step) return null;
  return { to: step.to, figure: { kind: 'rank_change', value: value * verb.value, ...span(ctx, verb.from, step.to) } };
}
