/**
 * A part written in running prose, marked as taken from a whole the page has just counted, and that
 * whole: `An Giang harvested 4.1 million tonnes of rice. The winter-spring crop alone accounted for
 * 2.35 million tonnes`, `thu hút 1,46 tỷ USD vốn FDI. Riêng các dự án cấp mới … 958 triệu USD`, `… 118/131
 * xã đạt chuẩn. Trong số các xã đã đạt chuẩn, có 46 xã …`, `14 new FDI projects … Of the new projects,
 * 7 came from …`. The two are aligned by what they count — the same unit, and for `Of the <noun>` the
 * words that name the whole — not by the connecting words alone; the whole must be the one count of
 * its kind in the part's sentence before it or in the sentence before.
 */
import { denominatorInterval, type Interval } from '../extraction/numbers/written-figure';
import { hedgedRange } from './interval';
import { type Page, figure, lead, next, previous } from './page';
import { isAmount, sameUnit } from './units';
import { WORDS, containsWord, norm, startsWithWord, yearsIn } from './words';

export interface SubsetPart {
  part: number;
  whole: number;
  /** The whole's interval: a ratio's whole is its denominator (`118/131 xã`: 131 xã in all). */
  wholeRange: Interval;
  wholeValue: number;
}

/** How far before the part its clause may open with the word that marks it as taken from a whole. */
const MAX_OPENING = 120;

/** The words of the whole's name after `Of the` / `Trong số các`, without the words that only point. */
function namedWords(phrase: string): string[] {
  return norm(phrase)
    .trim()
    .replace(/^(?:các|những|the|all)\s+/u, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word && !WORDS.notNamingWords.includes(word));
}

/** What marks the figure as part of an earlier whole, and the words naming that whole when the page gives them. */
function marker(opening: string): { named: string[] } | undefined {
  const t = norm(opening).trimStart();
  // `Of the new projects, 7 came from …`, `Trong số các xã đã đạt chuẩn, có 46 xã …`.
  const ofWord = startsWithWord(t, WORDS.wholeOf);
  if (ofWord) {
    const rest = t.slice(ofWord.length);
    const comma = rest.indexOf(',');
    if (comma > 0 && !/\d/u.test(rest.slice(0, comma))) return { named: namedWords(rest.slice(0, comma)) };
    return undefined;
  }
  // `Riêng các dự án cấp mới …`, `Trong đó, …`, `Of these, …`.
  if (startsWithWord(t, WORDS.partOnly) || startsWithWord(t, WORDS.partsPartial)) return { named: [] };
  // `The winter-spring crop alone accounted for …`.
  if (containsWord(t, WORDS.partOnlyAfter)) return { named: [] };
  return undefined;
}

function isWholeCandidate(page: Page, part: number, w: number, named: string[]): boolean {
  const a = figure(page, part);
  const b = figure(page, w);
  if (!(isAmount(b) || b.kind === 'ratio') || !sameUnit(a, b)) return false;
  if (containsWord(lead(page, w, 25), [...WORDS.targetWords, ...WORDS.cumulativeTotal])) return false;
  // The words naming the whole are all in the whole's own clause (`14 new FDI projects`, `cooperatives
  // employed 3,460 members`), plural or not.
  const before = previous(page, w);
  const after = next(page, w);
  const own = page.sentences[page.sentenceOf[w] as number];
  const from = Math.max(b.start - 40, before === undefined ? (own?.start ?? 0) : figure(page, before).end);
  const to = Math.min(b.end + 40, after === undefined ? (own?.end ?? page.text.length) : figure(page, after).start);
  const described = norm(page.text.slice(from, to));
  return named.every((word) => described.includes(word));
}

/** A whole named by its words (`Of the new projects`) may be counted two sentences before; one only pointed at, in the sentence before. */
const NAMED_REACH = 2;

/** The figures of up to `reach` sentences before sentence `at`, within its paragraph. */
function sentencesBefore(page: Page, at: number, reach: number): number[] {
  const out: number[] = [];
  for (let s = at - 1; s >= Math.max(0, at - reach); s--) {
    const gapText = page.text.slice(page.sentences[s]?.end ?? 0, page.sentences[s + 1]?.start ?? 0);
    if (gapText.includes('\n')) break;
    out.push(...(page.bySentence[s] ?? []));
  }
  return out;
}

/** The part figure `a` is marked as taken from, and the one whole the page counted just before it. */
export function subsetPart(page: Page, a: number): SubsetPart | undefined {
  const f = figure(page, a);
  if (!isAmount(f)) return undefined;
  const at = page.sentenceOf[a] as number;
  const sentence = page.sentences[at];
  if (!sentence) return undefined;
  const earlierHere = (page.bySentence[at] ?? []).filter((j) => figure(page, j).end <= f.start);
  const clauseStart = earlierHere.length > 0 ? figure(page, earlierHere.at(-1) as number).end : sentence.start;
  const opening = page.text.slice(clauseStart, f.start).replace(/^[\s,;]+/u, '');
  if (opening.length > MAX_OPENING || /[;:()]/u.test(opening) || containsWord(opening, WORDS.changeBefore)) return undefined;
  const mark = marker(opening);
  if (!mark) return undefined;
  const fromBefore = earlierHere.length === 0 ? sentencesBefore(page, at, mark.named.length > 0 ? NAMED_REACH : 1) : [];
  const candidates = [...earlierHere, ...fromBefore].filter((w) => isWholeCandidate(page, a, w, mark.named));
  const w = candidates[0];
  if (candidates.length !== 1 || w === undefined) return undefined;
  // `Riêng năm 2023, …` after a figure of 2024 is another period, not a part of it.
  const wholeSentence = page.sentences[page.sentenceOf[w] as number];
  const wholeYears = new Set(yearsIn(wholeSentence ? page.text.slice(wholeSentence.start, wholeSentence.end) : ''));
  if (yearsIn(opening).some((year) => !wholeYears.has(year))) return undefined;
  const whole = figure(page, w);
  const wholeRange = whole.kind === 'ratio' ? denominatorInterval(whole) : hedgedRange(page, w);
  if (!wholeRange) return undefined;
  return { part: a, whole: w, wholeRange, wholeValue: whole.kind === 'ratio' ? (whole.of ?? whole.value) : whole.value };
}
