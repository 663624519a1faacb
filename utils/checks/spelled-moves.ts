/**
 * Rank moves written in words (`giảm bốn bậc`, `tụt năm bậc`, `tăng ba hạng`): no figure (the guideline
 * makes no spelled number one), but a reader takes the words between a rise or fall verb and a step
 * word as the move, so the checks read them as one too. Such a move joins the page's figures for the
 * rules only; a finding never lists it (see `finding`), and its explanation quotes its words.
 */
import ranks from '../extraction/data/ranks.json';
import { SPELLED_NUMBERS, spelledNumber } from '../extraction/numbers/spelled';
import type { Figure } from '../extraction/types';
import { alternation, norm } from './words';

/** Any run of spaces (a line break too) may stand between the words of a phrase. */
const alternatives = (words: readonly string[]) => alternation(words).replace(/ /g, '\\s+');

/** A verb of moving, a spelled number, a step word, each whole. */
const SPELLED_MOVE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alternatives(Object.keys(ranks.changeVerbs))})\\s+(${alternatives(SPELLED_NUMBERS)})\\s+(?:${alternatives(ranks.steps)})(?![\\p{L}\\p{N}])`,
  'giu',
);

const sign = new Map<string, number>(Object.entries(ranks.changeVerbs));

/** The spelled rank moves of a text that no figure already covers, as `rank_change` figures. */
export function spelledMoves(text: string, figures: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(SPELLED_MOVE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (figures.some((f) => f.start < end && start < f.end)) continue;
    const steps = spelledNumber(norm(m[2] ?? ''));
    const direction = sign.get(norm(m[1] ?? ''));
    if (steps === undefined || direction === undefined) continue;
    out.push({ kind: 'rank_change', value: steps * direction, text: m[0], start, end });
  }
  return out;
}
