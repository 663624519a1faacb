import { vocabulary } from './vocabulary';
import { phraseBefore, type FigureContext } from './context';

/** The hedge written right before a figure (`trên 80%`, `gần 300 bưu cục`, `over 90%`), lower-cased. */
export function qualifierBefore(ctx: FigureContext, firstToken: number): string | undefined {
  const hedge = phraseBefore(ctx, vocabulary.hedges, firstToken);
  if (!hedge) return undefined;
  return ctx.text.slice(ctx.tokens.get(hedge.from)!.start, ctx.tokens.get(hedge.to - 1)!.end).toLowerCase();
}
