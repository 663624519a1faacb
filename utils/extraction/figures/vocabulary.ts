/** The word lists behind the figure rules, read once from ../data. */
import countNouns from '../data/count-nouns.json';
import numbers from '../data/numbers.json';
import negatives from '../data/negatives.json';
import ranks from '../data/ranks.json';
import compiled from '../data/lexicons.json';
import { ENGLISH_NUMBER_WORDS } from '../numbers/spelled';
import { Lexicon } from '../text/lexicon';
import { WORD_ID_SPAN } from '../text/word-ids';
import type { CompiledLexicons, LexiconName, LexiconValue } from './lexicon-phrases';

const lexicons = (compiled as CompiledLexicons).lexicons;

function lexicon<N extends LexiconName>(name: N): Lexicon<LexiconValue<N>> {
  return new Lexicon(lexicons[name], WORD_ID_SPAN);
}

const entries = <V>(record: Record<string, V>): [string, V][] => Object.entries(record);

export const vocabulary = {
  countNouns: lexicon('countNouns'),
  englishStop: new Set(countNouns.enStop),
  notNouns: new Set(countNouns.viNotNouns),
  countCues: lexicon('countCues'),
  wholes: lexicon('wholes'),
  wholeOfLeads: lexicon('wholeOfLeads'),
  partsLeads: lexicon('partsLeads'),
  ofThem: lexicon('ofThem'),
  listJoiners: lexicon('listJoiners'),
  partOf: lexicon('partOf'),
  scales: lexicon('scales'),
  englishNumberWords: ENGLISH_NUMBER_WORDS,
  englishOrdinalWords: new Map<string, number>(entries(numbers.enOrdinalWords)),
  multipleBefore: lexicon('multipleBefore'),
  multipleAfter: lexicon('multipleAfter'),
  moneyAfter: lexicon('moneyAfter'),
  moneyBefore: lexicon('moneyBefore'),
  notCurrency: lexicon('notCurrency'),
  impliedVnd: lexicon('impliedVnd'),
  hedges: lexicon('hedges'),
  rankLeads: lexicon('rankLeads'),
  top: lexicon('top'),
  changeVerbs: lexicon('changeVerbs'),
  rankSteps: lexicon('rankSteps'),
  ordinalSuffixes: new Set(ranks.ordinalSuffixes),
  englishOrdinalNames: new Set(ranks.enOrdinalNames),
  englishRankLeads: lexicon('englishRankLeads'),
  englishOutOf: lexicon('englishOutOf'),
  outOf: lexicon('outOf'),
  englishRankAfter: lexicon('englishRankAfter'),
  englishSuperlatives: lexicon('englishSuperlatives'),
  pairLeads: lexicon('pairLeads'),
  scoreUnits: lexicon('scoreUnits'),
  scoreCues: lexicon('scoreCues'),
  indexNames: lexicon('indexNames'),
  scoreVerbs: lexicon('scoreVerbs'),
  pointOf: lexicon('pointOf'),
  labels: lexicon('labels'),
  weakLabels: lexicon('weakLabels'),
  notLabels: lexicon('notLabels'),
  periods: lexicon('periods'),
  contactLabels: negatives.contactLabels,
  dateLeads: lexicon('dateLeads'),
  months: lexicon('months'),
  structural: lexicon('structural'),
};
