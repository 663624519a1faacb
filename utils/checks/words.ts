/** Whole-word matching of the connector words in `words.json`, for Vietnamese and English text. */
import data from './words.json';

export const WORDS = data;

/** Lower case, composed diacritics (pages often carry decomposed ones), single spaces. */
export function norm(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

const sorted = new WeakMap<readonly string[], string[]>();

/** Longest first, so `trong đó có` wins over `trong đó`; sorted once per list. */
function byLength(words: readonly string[]): string[] {
  let list = sorted.get(words);
  if (!list) sorted.set(words, (list = [...words].sort((a, b) => b.length - a.length)));
  return list;
}

/** The word of `words` that `text` ends with (ignoring trailing spaces), if any. */
export function endsWithWord(text: string, words: readonly string[]): string | undefined {
  const t = norm(text).trimEnd();
  for (const word of byLength(words)) {
    if (!t.endsWith(word)) continue;
    const before = t[t.length - word.length - 1];
    if (!isWordChar(word[0]) || !isWordChar(before)) return word;
  }
  return undefined;
}

/** The word of `words` that `text` starts with (ignoring leading spaces), if any. */
export function startsWithWord(text: string, words: readonly string[]): string | undefined {
  const t = norm(text).trimStart();
  for (const word of byLength(words)) {
    if (!t.startsWith(word)) continue;
    const after = t[word.length];
    if (!isWordChar(word[word.length - 1]) || !isWordChar(after)) return word;
  }
  return undefined;
}

/** Whether `text` contains one of `words` as a whole word. */
export function containsWord(text: string, words: readonly string[]): boolean {
  const t = norm(text);
  return words.some((word) => {
    for (let at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
      const before = t[at - 1];
      const after = t[at + word.length];
      const startOk = !isWordChar(word[0]) || !isWordChar(before);
      const endOk = !isWordChar(word[word.length - 1]) || !isWordChar(after);
      if (startOk && endOk) return true;
    }
    return false;
  });
}

/** `text` without one trailing word of `words` (and the spaces around it). */
export function dropTrailingWord(text: string, words: readonly string[]): string {
  const word = endsWithWord(text, words);
  if (!word) return text;
  const t = norm(text).trimEnd();
  return t.slice(0, t.length - word.length).trimEnd();
}

/** A year written in the text (`2024`), not part of a longer number or word. */
const YEAR = String.raw`(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])`;
const YEARS = new RegExp(YEAR, 'gu');
const A_YEAR = new RegExp(YEAR, 'u');

/** The years written in `text`, in order. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEARS)].map((m) => Number(m[0]));
}

export function hasYear(text: string): boolean {
  return A_YEAR.test(text);
}

/** `text` with its years taken out: a year may date a figure where any other number would be in the way. */
export function withoutYears(text: string): string {
  return text.replace(YEARS, '');
}

/*
 * Where a clause or sentence ends in a stretch of text between two figures: `. ` (a full stop
 * before a space, not the one inside `1.234`), `!`, `?`; a clause also ends at `;`, and where the
 * reading asks, at a line break.
 */
const SENTENCE_END = /[!?]|\.\s/;
const CLAUSE_END = /[;!?]|\.\s/;
const CLAUSE_OR_LINE_END = /[;!?\n]|\.\s/;

export function crossesSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** A sentence or a semicolon's clause ends inside `text` (a line break does not count). */
export function crossesClause(text: string): boolean {
  return CLAUSE_END.test(text);
}

/** A sentence, a semicolon's clause or a line ends inside `text`. */
export function crossesClauseOrLine(text: string): boolean {
  return CLAUSE_OR_LINE_END.test(text);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words as one regular-expression alternation, longest first (`trong đó có|trong đó`), each escaped. */
export function alternation(words: readonly string[]): string {
  return byLength(words).map(escapeRegExp).join('|');
}

const patterns = new Map<string, RegExp>();

/** A global, unicode pattern for `word` standing alone (letters and digits do not touch it); built once per word. */
export function wordPattern(word: string): RegExp {
  let pattern = patterns.get(word);
  if (!pattern) {
    const body = escapeRegExp(word);
    const start = WORD_CHAR.test(word[0] ?? '') ? '(?<![\\p{L}\\p{N}])' : '';
    const end = WORD_CHAR.test(word[word.length - 1] ?? '') ? '(?![\\p{L}\\p{N}])' : '';
    patterns.set(word, (pattern = new RegExp(start + body + end, 'gu')));
  }
  pattern.lastIndex = 0;
  return pattern;
}
