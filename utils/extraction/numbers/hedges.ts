/**
 * The one hedge vocabulary (`hedges.json`): which words written before a number hedge it, and what
 * interval of true values each kind of hedge leaves.
 */
import data from './hedges.json';

export type HedgeKind = 'atLeast' | 'atMost' | 'nearly' | 'about';

export const HEDGE_KINDS: readonly HedgeKind[] = ['atLeast', 'atMost', 'nearly', 'about'];

/** How far `nearly` reaches below and `about` either side of the written number, as a share of it. */
export const HEDGE_SHARE: Readonly<Record<'nearly' | 'about', number>> = data.share;

const KIND_OF = new Map<string, HedgeKind>(HEDGE_KINDS.flatMap((kind) => [...data[kind].vi, ...data[kind].en].map((word) => [word, kind] as const)));

/** Every hedge word, Vietnamese and English. */
export const HEDGE_WORDS: readonly string[] = [...KIND_OF.keys()];

/** The words of one kind of hedge (`about`: `khoảng`, `ước`, `around`…). */
export function hedgeWords(kind: HedgeKind): readonly string[] {
  return [...data[kind].vi, ...data[kind].en];
}

/** The kind of a hedge as written (`Trên`, `gần như`, `at least`), or undefined for a word that is none. */
export function hedgeKind(word: string | undefined): HedgeKind | undefined {
  if (!word) return undefined;
  return KIND_OF.get(word.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' '));
}
