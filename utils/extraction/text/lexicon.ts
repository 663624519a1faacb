import { Gap, tokenize, type TokenSource } from './tokens';

/**
 * A list of phrases from a data file, matched on tokens: `nghìn tỷ`, `hồ sơ`, `US$`.
 * Tokens inside a phrase must be separated as in the phrase itself (a space, or nothing for `US$`);
 * a line break never joins a phrase. Lookups try every phrase length at once through a trie,
 * so a match costs at most the length of the longest phrase.
 *
 * The tries are built ahead of time (`npm run lexicons` writes data/lexicons.json from the word lists)
 * and only read here: building them from the lists at load was most of what the reader's worker
 * spent before its first answer.
 */

/**
 * One trie, flat: node 0 is the root; the edge from `node` on word id `w` is `edges[node * span + w]`,
 * worth `child << GAP_BITS | gaps`, where `gaps` is the bit set (`1 << Gap`) of the gaps allowed
 * before that token. `values[node]` and `phrases[node]` are null unless a phrase ends at `node`.
 */
export interface CompiledTrie<V> {
  edges: [number, number][];
  values: (V | null)[];
  phrases: (string | null)[];
}

export interface CompiledLexicon<V> {
  forward: CompiledTrie<V>;
  backward: CompiledTrie<V>;
}

/** Room for the gap bits in an edge's value. */
const GAP_BITS = 3;

export interface PhraseMatch<V> {
  /** First token of the phrase. */
  from: number;
  /** One past its last token. */
  to: number;
  value: V;
  phrase: string;
}

interface Trie<V> {
  edges: Map<number, number>;
  values: (V | null)[];
  phrases: (string | null)[];
}

/**
 * The tries of `entries`, with the word ids `idOf` gives each token's key (ids below `span`).
 * A phrase met twice keeps its first value.
 */
export function compileLexicon<V>(entries: Iterable<[string, V]>, idOf: (key: string) => number, span: number): CompiledLexicon<V> {
  const forward = newTrie<V>();
  const backward = newTrie<V>();
  for (const [phrase, value] of entries) {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) continue;
    const keys = tokens.map((t) => idOf(t.key));
    const gaps = tokens.map((t) => t.gap);
    insert(forward, keys, gaps, value, phrase, false, span);
    insert(backward, [...keys].reverse(), gaps, value, phrase, true, span);
  }
  return { forward: flat(forward), backward: flat(backward) };
}

function newTrie<V>(): Trie<V> {
  return { edges: new Map(), values: [null], phrases: [null] };
}

function insert<V>(trie: Trie<V>, keys: number[], gaps: Gap[], value: V, phrase: string, reversed: boolean, span: number): void {
  let node = 0;
  const n = keys.length;
  for (let k = 0; k < n; k++) {
    const edge = node * span + keys[k]!;
    let found = trie.edges.get(edge);
    if (found === undefined) {
      found = trie.values.length << GAP_BITS;
      trie.values.push(null);
      trie.phrases.push(null);
    }
    // Gap between this token and the previous one in reading order.
    if (k > 0) found |= 1 << (reversed ? gaps[n - k]! : gaps[k]!);
    trie.edges.set(edge, found);
    node = found >> GAP_BITS;
  }
  if (trie.values[node] === null) {
    trie.values[node] = value;
    trie.phrases[node] = phrase;
  }
}

function flat<V>(trie: Trie<V>): CompiledTrie<V> {
  return { edges: [...trie.edges], values: trie.values, phrases: trie.phrases };
}

/** A trie as lookups read it: the root's edges also in an array by word id (0 for none), since most lookups end there. */
interface ReadTrie<V> extends Trie<V> {
  root: Int32Array;
}

function readTrie<V>(compiled: CompiledTrie<V>, span: number): ReadTrie<V> {
  const root = new Int32Array(span);
  for (const [key, edge] of compiled.edges) if (key < span) root[key] = edge;
  return { edges: new Map(compiled.edges), values: compiled.values, phrases: compiled.phrases, root };
}

export class Lexicon<V = true> {
  private readonly forward: ReadTrie<V>;
  private readonly backward: ReadTrie<V>;

  /** `span`: one more than the highest word id (see word-ids.ts). */
  constructor(
    compiled: CompiledLexicon<V>,
    private readonly span: number,
  ) {
    this.forward = readTrie(compiled.forward, span);
    this.backward = readTrie(compiled.backward, span);
  }

  /** The word ids some phrase starts with: no phrase starts at a token whose id is not among them. */
  firstWordIds(): number[] {
    return rootIds(this.forward, this.span);
  }

  /** The word ids some phrase ends with. */
  lastWordIds(): number[] {
    return rootIds(this.backward, this.span);
  }

  /** Longest phrase starting at token `i`. */
  at(tokens: TokenSource, i: number): PhraseMatch<V> | null {
    const { edges, values, phrases, root } = this.forward;
    let node = 0;
    let best: PhraseMatch<V> | null = null;
    for (let j = i; ; j++) {
      const token = tokens.get(j);
      if (token === undefined) break;
      const key = token.wordId;
      if (key === 0) break;
      const edge = j === i ? root[key] || undefined : edges.get(node * this.span + key);
      if (edge === undefined) break;
      if (j > i && !gapFits(edge, token.gap)) break;
      node = edge >> GAP_BITS;
      const value = values[node]!;
      if (value !== null) best = { from: i, to: j + 1, value, phrase: phrases[node]! };
    }
    return best;
  }

  /** Longest phrase ending just before token `i` (its last token is `i - 1`). */
  before(tokens: TokenSource, i: number): PhraseMatch<V> | null {
    const { edges, values, phrases, root } = this.backward;
    let node = 0;
    let best: PhraseMatch<V> | null = null;
    // The gap before the token after `j`, which joins `j` to the phrase read so far.
    let gapAfter = Gap.None;
    for (let j = i - 1; ; j--) {
      const token = tokens.get(j);
      if (token === undefined) break;
      const key = token.wordId;
      if (key === 0) break;
      const edge = j === i - 1 ? root[key] || undefined : edges.get(node * this.span + key);
      if (edge === undefined) break;
      if (j < i - 1 && !gapFits(edge, gapAfter)) break;
      gapAfter = token.gap;
      node = edge >> GAP_BITS;
      const value = values[node]!;
      if (value !== null) best = { from: j, to: i, value, phrase: phrases[node]! };
    }
    return best;
  }
}

/** The root's edges are the keys below `span` (node 0 times span, plus a word id). */
function rootIds<V>(trie: Trie<V>, span: number): number[] {
  return [...trie.edges.keys()].filter((key) => key < span);
}

function gapFits(edge: number, actual: Gap): boolean {
  return actual !== Gap.Line && (edge & (1 << actual)) !== 0;
}
