/**
 * What a figure is the value of, as the page names it right before it: the words between the figure
 * and the nearest clause break or figure before it, less the words that only date it, place it in the
 * page's own province, hedge it or join it to its name (`Năm 2024, tổng thu từ khách du lịch của tỉnh đạt
 * 11.412 tỷ đồng` → `tổng thu từ khách du lịch`). Two figures whose labels hold the same words are
 * named alike; a word more on one side (`xuất khẩu hàng dệt may`) names a part or another thing.
 */
import { type Page, figure, next, previous } from './page';
import { WORDS, alternation, norm, wordPattern } from './words';

const NOISE = new Set([...WORDS.labelNoise, ...WORDS.labelGeneric.filter((w) => !w.includes(' '))]);
const GENERIC_PHRASES = WORDS.labelGeneric.filter((w) => w.includes(' '));

/** The words of a stretch of text that name something, in order. */
function namingWords(text: string): string[] {
  let t = norm(text);
  for (const phrase of GENERIC_PHRASES) t = t.replace(wordPattern(phrase), ' ');
  return t.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !/\d/u.test(w) && !NOISE.has(w));
}

/**
 * The words naming figure `i`, sorted, each once: those before it in its clause, after any reporting verb
 * (`leaders said the 2023 export figure of`), or when nothing but noise stands before it, those after it
 * up to the clause's end (`With VND 5,318.6 billion disbursed by the end of November`). Empty when it has none.
 */
export function label(page: Page, i: number): string[] {
  const f = figure(page, i);
  const before = previous(page, i);
  const span = page.sentences[page.sentenceOf[i] as number];
  const from = Math.max(span?.start ?? 0, before === undefined ? 0 : figure(page, before).end);
  const clause = page.text.slice(from, f.start);
  const own = clause.slice(Math.max(...[',', ';', ':', '(', ')'].map((c) => clause.lastIndexOf(c))) + 1);
  const reported = REPORTING.exec(norm(own));
  let words = namingWords(reported ? norm(own).slice(reported.index + reported[0].length) : own);
  if (words.length === 0) {
    const after = next(page, i);
    const rest = page.text.slice(f.end, after === undefined ? (span?.end ?? f.end) : figure(page, after).start);
    words = namingWords(rest.slice(0, rest.search(/[,;:()]|\.\s|\.$|$/u)));
  }
  return [...new Set(words)].sort();
}

/** `said`, `cho biết`: what follows is the statement reported, named afresh; the last one counts. */
const REPORTING = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(WORDS.reportingVerbs)})(?![\\p{L}\\p{N}])(?!.*(?<![\\p{L}\\p{N}])(?:${alternation(WORDS.reportingVerbs)})(?![\\p{L}\\p{N}]))`,
  'u',
);

/** Both labels name something, in the same words. */
export function sameLabel(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((w, k) => w === b[k]);
}
