/**
 * A rank change against the two ranks it moves between, when the page gives both:
 * `xếp thứ 10/63, tăng 6 bậc so với năm 2022 (thứ 16)`, `tăng 1 bậc sau 2 năm liên tiếp đứng thứ 11`,
 * `từ thứ 16 lên thứ 10`, `năm 2022 đứng thứ 16; năm 2023 đứng thứ 10, tăng 6 bậc`. Going up (`tăng`)
 * means a smaller rank number: 16 → 10 is +6. The earlier rank must be marked as earlier (`từ`,
 * `so với`, `sau`, `trước đó`, an earlier year); two ranks that merely share a sentence are left alone.
 */
import { explain, num } from './explain';
import { finding } from './finding';
import { type Page, figure, following, gap, lead, preceding, sentenceMates } from './page';
import { defineRule } from './rule';
import type { RuleFinding } from './types';
import { WORDS, containsWord, crossesClauseOrLine, dropTrailingWord, endsWithWord, norm, yearsIn } from './words';

const MAX_NOW_TO_CHANGE = 90;
const MAX_CHANGE_TO_BEFORE = 60;
const MAX_MOVE = 30;
/** `It had stood 11th in each of the two previous years, so the latest result is a move up one place`. */
const MAX_EARLIER_TO_CHANGE = 90;
const RANK_WORDS = ['vị trí thứ', 'vị trí số', 'vị trí', 'hạng thứ', 'hạng', 'thứ', 'số'];

function isRank(page: Page, i: number): boolean {
  const f = figure(page, i);
  return f.kind === 'rank' && !/^top\b/u.test(norm(f.text)) && !endsWithWord(lead(page, i, 10), ['top']);
}

/** The text before a rank without `thứ` / `vị trí` (the extractor may or may not include it). */
function leadWithoutRankWord(text: string): string {
  return dropTrailingWord(text, RANK_WORDS);
}

interface Move {
  before: number;
  after: number;
}

/** `từ thứ 16 lên thứ 10`, with the change written just before or after. */
function explicitMove(page: Page, ranks: number[], change: number): Move | undefined {
  for (let k = 0; k + 1 < ranks.length; k++) {
    const a = ranks[k] as number;
    const b = ranks[k + 1] as number;
    if (!endsWithWord(leadWithoutRankWord(lead(page, a, 30)), WORDS.rankFrom)) continue;
    const move = gap(page, a, b);
    if (move.length > MAX_MOVE || !endsWithWord(leadWithoutRankWord(move), WORDS.rankMove)) continue;
    const c = figure(page, change);
    const near = (c.end <= figure(page, a).start && gap(page, change, a).length <= 40) || (c.start >= figure(page, b).end && gap(page, b, change).length <= 40);
    if (near) return { before: a, after: b };
  }
  return undefined;
}

/**
 * `xếp thứ 10/63, tăng 6 bậc so với năm 2022 (thứ 16)`: the rank now, the change, then the earlier rank.
 * The rank's own score may stand between rank and change (`ranked 5th with 70.05 points, having
 * slipped two places from 2nd`) if no clause ends in between.
 */
function rankThenChange(page: Page, mates: number[], change: number): Move | undefined {
  const at = mates.indexOf(change);
  let k = at - 1;
  while (k >= 0 && !isRank(page, mates[k] as number) && figure(page, mates[k] as number).kind === 'score') k--;
  const now = mates[k];
  const earlier = mates[at + 1];
  if (now === undefined || earlier === undefined || !isRank(page, now) || !isRank(page, earlier)) return undefined;
  const toChange = gap(page, now, change);
  if (toChange.length > MAX_NOW_TO_CHANGE || (k < at - 1 && crossesClauseOrLine(toChange))) return undefined;
  const between = gap(page, change, earlier);
  if (between.length > MAX_CHANGE_TO_BEFORE || crossesClauseOrLine(between)) return undefined;
  if (!containsWord(between, WORDS.rankEarlier) && !namesEarlierYear(page, now, between)) return undefined;
  return { before: earlier, after: now };
}

/** `đứng thứ 8/63; … tăng 5 bậc (năm 2023 xếp thứ 15)`: the words before the other rank name a year before the rank now's. */
function namesEarlierYear(page: Page, now: number, between: string): boolean {
  const years = yearsIn(between);
  const current = yearsIn(lead(page, now, 160)).at(-1);
  return years.length === 1 && current !== undefined && (years[0] as number) < current;
}

/** When attribution names both ranks' indicators and they differ (`thứ 25 về DTI`, `thứ 18 về PCI`), they are not one ranking. */
function differentIndicators(page: Page, a: number, b: number): boolean {
  const x = namedIndicator(page, a);
  const y = namedIndicator(page, b);
  return x !== undefined && y !== undefined && x !== y;
}

/** An index the page names (`PCI`, `DTI`); `other:` ids are only the nearest noun (`So với`) and name no ranking. */
function namedIndicator(page: Page, i: number): string | undefined {
  const indicator = page.contexts?.[i]?.indicator;
  return indicator === undefined || indicator === 'unknown' || indicator.id.startsWith('other:') ? undefined : indicator.id;
}

const YEAR = /(?:năm|in)\s+((?:19|20)\d\d)(?!\d)/gu;

/** The year named in the clause just before a figure (`năm 2022 tỉnh đứng thứ 16`), if exactly one. */
function yearBefore(page: Page, i: number, reach = 40): number | undefined {
  const before = lead(page, i, reach);
  const clause = before.slice(before.lastIndexOf(';') + 1);
  const years = [...norm(clause).matchAll(YEAR)].map((m) => Number(m[1]));
  return years.length === 1 ? years[0] : undefined;
}

/** `năm 2022 đứng thứ 16; năm 2023 đứng thứ 10, tăng 6 bậc`: each rank with its own year, the change after the later one. */
function yearsApart(page: Page, mates: number[], change: number): Move | undefined {
  const at = mates.indexOf(change);
  const later = mates[at - 1];
  const earlier = mates[at - 2];
  if (later === undefined || earlier === undefined || !isRank(page, later) || !isRank(page, earlier)) return undefined;
  if (gap(page, later, change).length > 40 || gap(page, earlier, later).length > MAX_NOW_TO_CHANGE) return undefined;
  const y1 = yearBefore(page, earlier);
  const y2 = yearBefore(page, later);
  if (y1 === undefined || y2 === undefined || y1 >= y2) return undefined;
  return { before: earlier, after: later };
}

/** Words by which a sentence says it goes on about the ranking of the one before. */
const BACK_REFERENCES = ['chỉ số này', 'chỉ số trên', 'bộ chỉ số này', 'xếp hạng này', 'thứ hạng này', 'this index', 'the index', 'the ranking'];

/**
 * Whether the two ranks are of one ranking: attribution names the same index for both, the later
 * sentence names no index at all after the earlier named one (`Năm 2023 tỉnh xếp thứ 25 về chỉ số
 * DTI. Năm 2024 tỉnh vươn lên vị trí thứ 14, tăng 9 bậc`), or the later sentence points back.
 */
function sameRanking(page: Page, earlier: number, later: number): boolean {
  const x = page.contexts?.[earlier]?.indicator;
  const y = page.contexts?.[later]?.indicator;
  if (x !== undefined && y !== undefined && x !== 'unknown' && y !== 'unknown') return x.id === y.id;
  if (x !== undefined && x !== 'unknown' && !x.id.startsWith('other:') && y === 'unknown') return true;
  const sentence = page.sentences[page.sentenceOf[later] as number];
  return sentence !== undefined && containsWord(page.text.slice(sentence.start, figure(page, later).start), BACK_REFERENCES);
}

/**
 * The rank a move ends at, next to it: right before it (`xếp thứ 19/63, tăng 8 bậc`) or right after it
 * led by a word of arrival (`giảm bốn bậc, xuống vị trí thứ 19`).
 */
function rankNowAround(page: Page, mates: number[], at: number): number | undefined {
  const before = mates[at - 1];
  if (before !== undefined && isRank(page, before) && gap(page, before, mates[at] as number).length <= 40) return before;
  const after = mates[at + 1];
  if (after === undefined || !isRank(page, after)) return undefined;
  const between = gap(page, mates[at] as number, after);
  return between.length <= 30 && !crossesClauseOrLine(between) && endsWithWord(leadWithoutRankWord(between), WORDS.rankMove) ? after : undefined;
}

/**
 * `Năm 2022, chỉ số PAR Index của tỉnh đứng thứ 27/63. Năm 2023, chỉ số này xếp thứ 19/63, tăng 8
 * bậc` (or `… giảm bốn bậc, xuống vị trí thứ 19`): the earlier rank closes the sentence before, each
 * with its own year, and the later sentence is about the same ranking.
 */
function sentenceBefore(page: Page, change: number): Move | undefined {
  const mates = sentenceMates(page, change);
  const at = mates.indexOf(change);
  const later = rankNowAround(page, mates, at);
  if (later === undefined) return undefined;
  if (mates.some((j) => j !== later && isRank(page, j))) return undefined;
  const sentence = page.sentenceOf[later] as number;
  const before = page.bySentence[sentence - 1];
  const earlier = before?.[before.length - 1];
  if (!before || earlier === undefined || !isRank(page, earlier) || before.filter((j) => isRank(page, j)).length !== 1) return undefined;
  if (page.text.slice(page.sentences[sentence - 1]?.end ?? 0, page.sentences[sentence]?.start ?? 0).includes('\n')) return undefined;
  const y1 = yearBefore(page, earlier, 160);
  const y2 = yearBefore(page, later, 160);
  if (y1 === undefined || y2 === undefined || y1 >= y2 || !sameRanking(page, earlier, later)) return undefined;
  return { before: earlier, after: later };
}

/**
 * `Năm 2023 xếp thứ 30/63. So với năm 2022, khi tỉnh đứng thứ 47/63, thứ hạng đã tăng 17 bậc`: the
 * earlier rank, marked as earlier, right before the change; the rank now just before it, in the same
 * sentence or closing the one before.
 */
function earlierThenChange(page: Page, mates: number[], change: number): Move | undefined {
  const at = mates.indexOf(change);
  const earlier = mates[at - 1];
  if (earlier === undefined || !isRank(page, earlier) || page.sentenceOf[earlier] !== page.sentenceOf[change]) return undefined;
  const toChange = gap(page, earlier, change);
  if (toChange.length > MAX_EARLIER_TO_CHANGE || crossesClauseOrLine(toChange)) return undefined;
  const own = sentenceMates(page, earlier);
  const k = own.indexOf(earlier);
  const sentenceStart = page.sentences[page.sentenceOf[earlier] as number]?.start ?? 0;
  const label = page.text.slice(k > 0 ? figure(page, own[k - 1] as number).end : sentenceStart, figure(page, earlier).start);
  if (label.length > 60 || !containsWord(label, WORDS.rankEarlier)) return undefined;
  let later: number | undefined;
  if (k > 0) later = own[k - 1];
  else {
    const sentence = page.sentenceOf[earlier] as number;
    const before = page.bySentence[sentence - 1] ?? [];
    if (before.filter((j) => isRank(page, j)).length !== 1) return undefined;
    if (page.text.slice(page.sentences[sentence - 1]?.end ?? 0, sentenceStart).includes('\n')) return undefined;
    later = before.findLast((j) => isRank(page, j));
  }
  if (later === undefined || !isRank(page, later)) return undefined;
  const y1 = yearBefore(page, earlier, 60);
  const y2 = yearBefore(page, later, 160);
  if (y1 !== undefined && y2 !== undefined && y1 >= y2) return undefined;
  return { before: earlier, after: later };
}

/** `so với năm trước`, `a year earlier`: the move is over one year. */
const YEAR_BEFORE = ['năm trước', 'năm ngoái', 'cùng kỳ', 'previous year', 'the year before', 'a year earlier', 'last year'];

/**
 * The year the rank a move ends at is dated to: the one year its sentence writes before the move
 * (`In the 2024 PAR Index the province came 12th`, `ranked 21st in the 2024 SIPAS, down …`), else attribution's period.
 */
function yearOfLater(page: Page, i: number, change: number): number | undefined {
  const span = page.sentences[page.sentenceOf[i] as number];
  const end = page.sentenceOf[change] === page.sentenceOf[i] ? figure(page, change).start : (span?.end ?? 0);
  const years = yearsIn(page.text.slice(span?.start ?? 0, end));
  if (years.length === 1) return years[0];
  const period = page.contexts?.[i]?.period;
  return period && period !== 'unknown' && period.basis !== 'publication' && /^\d{4}/u.test(period.key) ? Number(period.key.slice(0, 4)) : undefined;
}

/**
 * `xếp thứ 14/63, tăng 9 bậc so với năm trước. Năm 2023, tỉnh đứng ở vị trí thứ 27`, `placed 9th of
 * 63. That was a climb of eleven places from its 2023 position, when it stood 24th`: the rank now
 * right before the move (or the one rank of the sentence before, the move's sentence naming none
 * before it), the earlier rank after the move — later in its sentence or the only rank of the next —
 * dated to the year the move is counted from.
 */
function earlierDatedAfter(page: Page, change: number): Move | undefined {
  const mates = sentenceMates(page, change);
  const at = mates.indexOf(change);
  const sentence = page.sentenceOf[change] as number;
  const paragraph = (a: number, b: number) => !page.text.slice(page.sentences[a]?.end ?? 0, page.sentences[b]?.start ?? 0).includes('\n');
  const previousRanks = (page.bySentence[sentence - 1] ?? []).filter((j) => isRank(page, j));
  const later =
    rankNowAround(page, mates, at) ??
    (mates.slice(0, at).some((j) => isRank(page, j)) || previousRanks.length !== 1 || !paragraph(sentence - 1, sentence) ? undefined : previousRanks[0]);
  if (later === undefined) return undefined;
  const own = mates.slice(at + 1).filter((j) => isRank(page, j) && j !== later);
  const nextRanks = paragraph(sentence, sentence + 1) ? (page.bySentence[sentence + 1] ?? []) : [];
  const candidates = own.length > 0 ? own : nextRanks.filter((j) => isRank(page, j));
  const earlier = candidates[0];
  if (earlier === undefined || candidates.length !== 1) return undefined;
  if (own.length === 0 && nextRanks.some((j) => figure(page, j).kind === 'rank_change')) return undefined;
  const laterYear = yearOfLater(page, later, change);
  const stated = own.length > 0 ? yearsIn(gap(page, change, earlier)) : [];
  const earlierYear = stated.length === 1 ? stated[0] : own.length === 0 ? yearBefore(page, earlier, 160) : undefined;
  if (laterYear === undefined || earlierYear === undefined || earlierYear >= laterYear) return undefined;
  const clause = page.text.slice(figure(page, change).end, own.length > 0 ? figure(page, earlier).start : (page.sentences[sentence]?.end ?? 0));
  if (containsWord(clause, YEAR_BEFORE) && earlierYear !== laterYear - 1) return undefined;
  const x = namedIndicator(page, earlier);
  if (own.length === 0 && x !== undefined && x !== namedIndicator(page, later)) return undefined;
  return { before: earlier, after: later };
}

const MAX_CHANGE_TO_ENDS = 120;

/**
 * `moved up four places to 22nd in the 2023 PAPI, from 28th in 2022`, `tăng 3 bậc, lên thứ 12 (từ thứ
 * 15)`: the change first, then its two ends, one led by a word of arrival (`to`, `lên`), the other by
 * a word of departure (`from`, `từ`), in either order, in the change's sentence. Each end must be the
 * only one of its sort there, or the move is not clear.
 */
function changeThenEnds(page: Page, change: number): Move | undefined {
  const after = following(page, change, MAX_CHANGE_TO_ENDS).filter((j) => isRank(page, j));
  const led = (words: readonly string[]) => after.filter((j) => endsWithWord(leadWithoutRankWord(lead(page, j, 30)), words) !== undefined);
  const arrivals = led(WORDS.rankMove);
  const departures = led(WORDS.rankFrom).filter((j) => !arrivals.includes(j));
  if (arrivals.length !== 1 || departures.length !== 1) return undefined;
  const last = Math.max(arrivals[0] as number, departures[0] as number, change);
  const span = page.text.slice(figure(page, change).end, figure(page, last).start);
  if (crossesClauseOrLine(span)) return undefined;
  return { before: departures[0] as number, after: arrivals[0] as number };
}

function check(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const d of page.order) {
    const change = figure(page, d);
    if (change.kind !== 'rank_change') continue;
    // The change and the ranks it moves between sit within a couple of clauses of each other.
    const mates = [...preceding(page, d, 200).reverse(), d, ...following(page, d, 200)];
    const ranks = mates.filter((j) => isRank(page, j));
    const move =
      explicitMove(page, ranks, d) ??
      rankThenChange(page, mates, d) ??
      yearsApart(page, mates, d) ??
      sentenceBefore(page, d) ??
      earlierThenChange(page, mates, d) ??
      changeThenEnds(page, d) ??
      earlierDatedAfter(page, d);
    if (!move) continue;
    const before = figure(page, move.before);
    const after = figure(page, move.after);
    if (before.of !== undefined && after.of !== undefined && before.of !== after.of) continue;
    if (differentIndicators(page, move.before, move.after)) continue;
    const delta = before.value - after.value;
    const ok = delta === change.value;
    const values = { before: num(before.value), after: num(after.value), delta: num(delta, 0, true), written: change.text };
    findings.push(
      finding(
        page,
        ok ? 'ok' : 'warning',
        [move.before, move.after, d],
        explain(ok ? 'checks.explain.rank-change.ok' : 'checks.explain.rank-change.mismatch', values),
      ),
    );
  }
  return findings;
}

export const rankChange = defineRule({ id: 'rank-change', check });
