import { Gap, wordKey, type TokenSource } from '../text/tokens';
import type { Lexicon } from '../text/lexicon';
import { WORD_ID_SPAN, wordKeyId } from '../text/word-ids';

/**
 * What must stand next to a number for a rule to match it. The dispatcher (find-figures.ts) tries a
 * rule on a number only where the rule's trigger holds, so a number meets the few rules its
 * neighbours can set off instead of every rule. A trigger may hold where its rule then finds
 * nothing, but must never fail where the rule would match: tests/unit/extraction/rule-triggers.test.ts
 * tries every rule on every number of the corpus and the fixtures to hold each trigger to that.
 */
export type Trigger = (tokens: TokenSource, i: number) => boolean;

/** The token right before the number ends a phrase of one of `lexicons`, or is one of `words`. */
export function wordBefore(lexicons: readonly Lexicon<unknown>[], words: readonly string[] = []): Trigger {
  const table = idTable(
    lexicons.flatMap((lexicon) => lexicon.lastWordIds()),
    words,
  );
  return (tokens, i) => {
    const before = tokens.get(i - 1);
    return before !== undefined && table[before.wordId] === 1;
  };
}

/** The token right after the number starts a phrase of `lexicon`. */
export function wordAfter(lexicon: Lexicon<unknown>): Trigger {
  const table = idTable(lexicon.firstWordIds(), []);
  return (tokens, i) => {
    const after = tokens.get(i + 1);
    return after !== undefined && table[after.wordId] === 1;
  };
}

/** A token glued to the number's end: `15:24`, `15h30`, `10th`, `12/63`. */
export const gluedAfter: Trigger = (tokens, i) => tokens.get(i + 1)?.gap === Gap.None;

/** Which word ids set a trigger off; id 0 (a word no lexicon knows) never does. */
function idTable(ids: readonly number[], words: readonly string[]): Uint8Array {
  const table = new Uint8Array(WORD_ID_SPAN);
  for (const id of ids) table[id] = 1;
  for (const word of words) {
    const id = wordKeyId(wordKey(word));
    // A word no lexicon lists has id 0, which every unknown word shares: it cannot be told apart.
    if (id === 0) throw new Error(`trigger word "${word}" is in no lexicon`);
    table[id] = 1;
  }
  table[0] = 0;
  return table;
}
