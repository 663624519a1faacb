/**
 * Which phrases from ../data make up each lexicon of the figure rules, and their compiled form. Read
 * by `npm run lexicons`, which writes data/lexicons.json, and by the test that checks that file is
 * up to date; the extraction itself reads only the compiled file (see text/lexicon.ts).
 */
import countNouns from '../data/count-nouns.json';
import numbers from '../data/numbers.json';
import money from '../data/money.json';
import ranks from '../data/ranks.json';
import scores from '../data/scores.json';
import negatives from '../data/negatives.json';
import { HEDGE_WORDS } from '../numbers/hedges';
import { compileLexicon, type CompiledLexicon } from '../text/lexicon';

const entries = <V>(record: Record<string, V>): [string, V][] => Object.entries(record);
const phrases = (list: readonly string[]): [string, true][] => list.map((p) => [p, true]);

export const LEXICON_PHRASES = {
  countNouns: phrases([...countNouns.vi, ...countNouns.en]),
  countCues: phrases(countNouns.viCountCues),
  wholes: phrases(countNouns.wholes),
  wholeOfLeads: phrases(countNouns.wholeOfLeads),
  partsLeads: phrases(countNouns.partsLeads),
  ofThem: phrases(countNouns.ofThem),
  listJoiners: phrases(countNouns.listJoiners),
  partOf: phrases(numbers.partOf),
  scales: entries<number>(numbers.scales),
  multipleBefore: phrases(numbers.multiples.before),
  multipleAfter: phrases(numbers.multiples.after),
  moneyAfter: entries<string>(money.after),
  moneyBefore: entries<string>(money.before),
  notCurrency: phrases(money.notAfter),
  impliedVnd: phrases(money.impliedVnd),
  hedges: phrases(HEDGE_WORDS),
  rankLeads: phrases(ranks.leads),
  top: phrases(ranks.top),
  changeVerbs: entries<number>(ranks.changeVerbs),
  rankSteps: phrases(ranks.steps),
  englishRankLeads: phrases(ranks.enLeads),
  englishOutOf: phrases(ranks.enOutOf),
  outOf: phrases(ranks.viOutOf),
  englishRankAfter: phrases(ranks.enAfter),
  englishSuperlatives: phrases(ranks.enSuperlatives),
  pairLeads: phrases(ranks.pairLeads),
  scoreUnits: phrases(scores.units),
  scoreCues: phrases(scores.cues),
  indexNames: phrases(scores.indexNames),
  scoreVerbs: phrases(scores.valueVerbs),
  pointOf: phrases(scores.pointOf),
  labels: phrases(negatives.labels),
  weakLabels: phrases(negatives.weakLabels),
  notLabels: phrases(negatives.notLabels),
  periods: phrases(negatives.periods),
  dateLeads: phrases(negatives.dateLeads),
  months: negatives.months.map((m): [string, number] => [m, monthNumber(m)]),
  structural: phrases(negatives.structural),
};

export type LexiconName = keyof typeof LEXICON_PHRASES;
/** The value a phrase of lexicon `N` stands for (`true` for a plain list). */
export type LexiconValue<N extends LexiconName> = (typeof LEXICON_PHRASES)[N][number][1];

/** What data/lexicons.json holds: the word keys (word id `i + 1` is `words[i]`) and every lexicon's tries. */
export interface CompiledLexicons {
  words: string[];
  lexicons: { [N in LexiconName]: CompiledLexicon<LexiconValue<N>> };
}

/** Every lexicon compiled; word ids are given in the order the words are first met. */
export function compileLexicons(): CompiledLexicons {
  const words: string[] = [];
  const ids = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      words.push(key);
      id = words.length;
      ids.set(key, id);
    }
    return id;
  };
  // Ids first, so every lexicon is compiled with the same span.
  for (const list of Object.values(LEXICON_PHRASES)) for (const [phrase] of list) compileLexicon([[phrase, true]], idOf, 1);
  const span = words.length + 1;
  const lexicons = Object.fromEntries(
    Object.entries(LEXICON_PHRASES).map(([name, list]) => [name, compileLexicon<unknown>(list, idOf, span)]),
  ) as CompiledLexicons['lexicons'];
  return { words, lexicons };
}

/** The text of data/lexicons.json: one line per lexicon, so a changed word list shows as a changed line. */
export function lexiconsJson({ words, lexicons }: CompiledLexicons): string {
  const lines = Object.entries(lexicons).map(([name, lexicon]) => `    ${JSON.stringify(name)}: ${JSON.stringify(lexicon)}`);
  return `{\n  "words": ${JSON.stringify(words)},\n  "lexicons": {\n${lines.join(',\n')}\n  }\n}\n`;
}

function monthNumber(name: string): number {
  const names = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  return names.indexOf(name.slice(0, 3)) + 1;
}
