/**
 * What a percentage on the page is: a share of something named next to it (`(đạt 96,55%)`,
 * `chiếm 3,45%`), or something the checks must leave alone — a change (`tăng 14%`, `vượt 30%`) or a
 * share of a plan the page does not give (`đạt 11,5% dự toán`, `so với cùng kỳ`).
 */
import { type Page, figure, lead, tail } from './page';
import { WORDS, containsWord, crossesClauseOrLine, alternation, dropTrailingWord, endsWithWord, norm, startsWithWord, wordPattern } from './words';

import { HEDGE_WORDS } from '../extraction/numbers/hedges';

/** The text before a figure without a hedge written right before it (`đạt trên` → `đạt`). */
export function leadWithoutQualifier(text: string): string {
  return dropTrailingWord(text, HEDGE_WORDS);
}

/** `tăng 14%`, `giảm 3,86%`, `vượt 30%`, `gấp 20 lần`. */
export function isChange(page: Page, p: number): boolean {
  const f = figure(page, p);
  if (/^(?:tăng|giảm|up|down)\b/iu.test(norm(f.text))) return true;
  const before = leadWithoutQualifier(lead(page, p, 30));
  // `made up 45.8%`, `took up 30%`: a phrasal verb, not a change.
  return endsWithWord(before, WORDS.changeBefore) !== undefined && endsWithWord(before, WORDS.notAChange) === undefined;
}

/** `11,5% dự toán`, `90% kế hoạch`, `8,8% so với năm 2023`: the whole is a plan or another period. */
export function isOfSomethingElse(page: Page, p: number): boolean {
  const after = norm(tail(page, p, 40)).replace(/^[\s)]+/, '');
  return startsWithWord(after, WORDS.notAShareAfter) !== undefined || startsWithWord(after, WORDS.planOf) !== undefined;
}

/** `từ 90% trở lên`, `80% or more`: a bar the counted things clear, which describes them and is no share. */
export function isThreshold(page: Page, p: number): boolean {
  return startsWithWord(norm(tail(page, p, 20)), WORDS.thresholdAfter) !== undefined;
}

/** A percentage that could be the share of a count or ratio written beside it. */
export function couldBeShare(page: Page, p: number): boolean {
  return figure(page, p).kind === 'percent' && !isChange(page, p) && !isOfSomethingElse(page, p);
}

const VERBS = alternation(WORDS.shareVerbs);
/** `(` or `(đạt`: the share in brackets after the thing it measures. */
const IN_BRACKETS = new RegExp(`\\(\\s*(?:(?:${VERBS})\\s*)?(?:(?:tỷ lệ|tỉ lệ)\\s*)?$`, 'u');
/** `, chiếm` / `, đạt tỷ lệ` / `, bằng`: the share in a clause after it. */
const AFTER_COMMA = new RegExp(`[,–-]\\s*(?:(?:${VERBS})\\s*)(?:(?:tỷ lệ|tỉ lệ)\\s*)?(?:(?:là|đạt)\\s*)?$`, 'u');

/** Whether the text between a counted thing and a percentage ties them together. */
export function tiesShare(between: string, maxLabel = 60): boolean {
  if (between.length > maxLabel || crossesClauseOrLine(between)) return false;
  // `1 trong 8 địa phương tăng trưởng chưa như kỳ vọng (dưới 8%)`: the percentage is about the growth.
  // `set up`, `tăng cường` are verbs of their own, not a change.
  // `chiếm hơn 36%`: the hedge right before the percentage is no change.
  const phrases = WORDS.notAChange.reduce((t, phrase) => t.replace(wordPattern(phrase), ' '), norm(leadWithoutQualifier(between)));
  if (containsWord(phrases, WORDS.changeBefore)) return false;
  const t = norm(leadWithoutQualifier(between)).trimEnd();
  return IN_BRACKETS.test(t) || AFTER_COMMA.test(t) || endsWithShareClause(t);
}

/**
 * `…, which represents about 39%`, `…, a rate of nearly 38%`, `…, tức là đạt 92%`: the clause right
 * before a percentage is nothing but a verb of share (after `which`, `tức là`), so the percentage
 * is the share of what the clause before it counted.
 */
export function endsWithShareClause(between: string): boolean {
  const t = norm(leadWithoutQualifier(between)).trimEnd();
  const cut = Math.max(t.lastIndexOf(','), t.lastIndexOf('('));
  if (cut < 0) return false;
  const clause = t.slice(cut + 1).trim();
  const opener = startsWithWord(clause, WORDS.shareClauseOpeners);
  // `an employment rate of`, `a coverage rate of`: a word saying which rate does not change the share.
  const verb = (opener ? clause.slice(opener.length) : clause).trim().replace(/^an?\s+[\p{L}-]+\s+(rate|share)\s+of$/u, 'a $1 of');
  return WORDS.shareClauseVerbs.includes(verb);
}
