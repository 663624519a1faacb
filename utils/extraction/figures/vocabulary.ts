/** The word lists behind the figure rules, read once from ../data. */
import countNouns from '../data/count-nouns.json';
import numbers from '../data/numbers.json';
import money from '../data/money.json';
import ranks from '../data/ranks.json';
import scores from '../data/scores.json';
import negatives from '../data/negatives.json';
import { HEDGE_WORDS } from '../numbers/hedges';
import { Lexicon } from '../text/lexicon';

const entries = <V>(record: Record<string, V>): [string, V][] => Object.entries(record);

export const vocabulary = {
  countNouns: Lexicon.of([...countNouns.vi, ...countNouns.en]),
  englishStop: new Set(countNouns.enStop),
  notNouns: new Set(countNouns.viNotNouns),
  countCues: Lexicon.of(countNouns.viCountCues),
  wholes: Lexicon.of(countNouns.wholes),
  wholeOfLeads: Lexicon.of(countNouns.wholeOfLeads),
  partsLeads: Lexicon.of(countNouns.partsLeads),
  ofThem: Lexicon.of(countNouns.ofThem),
  listJoiners: Lexicon.of(countNouns.listJoiners),
  partOf: Lexicon.of(numbers.partOf),
  scales: new Lexicon<number>(entries(numbers.scales)),
  englishNumberWords: new Map<string, number>(entries(numbers.enWords)),
  englishOrdinalWords: new Map<string, number>(entries(numbers.enOrdinalWords)),
  multipleBefore: Lexicon.of(numbers.multiples.before),
  multipleAfter: Lexicon.of(numbers.multiples.after),
  moneyAfter: new Lexicon<string>(entries(money.after)),
  moneyBefore: new Lexicon<string>(entries(money.before)),
  notCurrency: Lexicon.of(money.notAfter),
  impliedVnd: Lexicon.of(money.impliedVnd),
  hedges: Lexicon.of(HEDGE_WORDS),
  rankLeads: Lexicon.of(ranks.leads),
  top: Lexicon.of(ranks.top),
  changeVerbs: new Lexicon<number>(entries(ranks.changeVerbs)),
  rankSteps: Lexicon.of(ranks.steps),
  ordinalSuffixes: new Set(ranks.ordinalSuffixes),
  englishOrdinalNames: new Set(ranks.enOrdinalNames),
  englishRankLeads: Lexicon.of(ranks.enLeads),
  englishOutOf: Lexicon.of(ranks.enOutOf),
  outOf: Lexicon.of(ranks.viOutOf),
  englishRankAfter: Lexicon.of(ranks.enAfter),
  englishSuperlatives: Lexicon.of(ranks.enSuperlatives),
  pairLeads: Lexicon.of(ranks.pairLeads),
  scoreUnits: Lexicon.of(scores.units),
  scoreCues: Lexicon.of(scores.cues),
  indexNames: Lexicon.of(scores.indexNames),
  scoreVerbs: Lexicon.of(scores.valueVerbs),
  pointOf: Lexicon.of(scores.pointOf),
  labels: Lexicon.of(negatives.labels),
  weakLabels: Lexicon.of(negatives.weakLabels),
  notLabels: Lexicon.of(negatives.notLabels),
  periods: Lexicon.of(negatives.periods),
  contactLabels: negatives.contactLabels,
  dateLeads: Lexicon.of(negatives.dateLeads),
  months: new Lexicon<number>(negatives.months.map((m) => [m, monthNumber(m)] as [string, number])),
  structural: Lexicon.of(negatives.structural),
};

function monthNumber(name: string): number {
  const names = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  return names.indexOf(name.slice(0, 3)) + 1;
}
