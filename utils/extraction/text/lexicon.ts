import { Gap, tokenize, type Token } from './tokens';
import { addWordKey } from './word-ids';

/**
 * A list of phrases from a data file, matched on tokens: `nghìn tỷ`, `hồ sơ`, `US$`.
 * Tokens inside a phrase must be separated as in the phrase itself (a space, or nothing for `US$`);
 * a line break never joins a phrase. Lookups try every phrase length at once through a trie,
 * so a match costs at most the length of the longest phrase.
 */
interface Node<V> {
  /** Children by the word id of their token (see word-ids.ts). */
  next: Map<number, Node<V>>;
  /** Gaps allowed before the token that reaches each child, as a bit set of `1 << Gap`. */
  gaps: Map<number, number>;
  value?: V;
  phrase?: string;
}

export interface PhraseMatch<V> {
  /** First token of the phrase. */
  from: number;
  /** One past its last token. */
  to: number;
  value: V;
  phrase: string;
}

function newNode<V>(): Node<V> {
  return { next: new Map(), gaps: new Map() };
}

function phraseParts(phrase: string): { keys: number[]; gaps: Gap[] } {
  const tokens = tokenize(phrase);
  return { keys: tokens.map((t) => addWordKey(t.key)), gaps: tokens.map((t) => t.gap) };
}

export class Lexicon<V = true> {
  private readonly forward = newNode<V>();
  private readonly backward = newNode<V>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) {
      const { keys, gaps } = phraseParts(phrase);
      if (keys.length === 0) continue;
      this.insert(this.forward, keys, gaps, value, phrase, false);
      this.insert(this.backward, [...keys].reverse(), gaps, value, phrase, true);
    }
  }

  static of(phrases: Iterable<string>): Lexicon<true> {
    return new Lexicon<true>([...phrases].map((p) => [p, true] as [string, true]));
  }

  private insert(root: Node<V>, keys: number[], gaps: Gap[], value: V, phrase: string, reversed: boolean): void {
    let node = root;
    const n = keys.length;
    for (let k = 0; k < n; k++) {
      const key = keys[k]!;
      let child = node.next.get(key);
      if (!child) {
        child = newNode<V>();
        node.next.set(key, child);
      }
      // Gap between this token and the previous one in reading order.
      if (k > 0) {
        const gap = reversed ? gaps[n - k]! : gaps[k]!;
        node.gaps.set(key, (node.gaps.get(key) ?? 0) | (1 << gap));
      }
      node = child;
    }
    if (node.value === undefined) {
      node.value = value;
      node.phrase = phrase;
    }
  }

  /** Longest phrase starting at token `i`. */
  at(tokens: readonly Token[], i: number): PhraseMatch<V> | null {
    let node = this.forward;
    let best: PhraseMatch<V> | null = null;
    for (let j = i; j < tokens.length; j++) {
      const key = tokens[j]!.wordId;
      if (key === 0) break;
      const child = node.next.get(key);
      if (!child) break;
      if (j > i && !gapFits(node.gaps.get(key), tokens[j]!.gap)) break;
      node = child;
      if (node.value !== undefined) best = { from: i, to: j + 1, value: node.value, phrase: node.phrase! };
    }
    return best;
  }

  /** Longest phrase ending just before token `i` (its last token is `i - 1`). */
  before(tokens: readonly Token[], i: number): PhraseMatch<V> | null {
    let node = this.backward;
    let best: PhraseMatch<V> | null = null;
    for (let j = i - 1; j >= 0; j--) {
      const key = tokens[j]!.wordId;
      if (key === 0) break;
      const child = node.next.get(key);
      if (!child) break;
      if (j < i - 1 && !gapFits(node.gaps.get(key), tokens[j + 1]!.gap)) break;
      node = child;
      if (node.value !== undefined) best = { from: j, to: i, value: node.value, phrase: node.phrase! };
    }
    return best;
  }
}

function gapFits(allowed: number | undefined, actual: Gap): boolean {
  return actual !== Gap.Line && ((allowed ?? 0) & (1 << actual)) !== 0;
}
