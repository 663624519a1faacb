/**
 * A share cannot be above 100 %: `chiếm 120%`, `tỷ lệ hồ sơ đúng hạn đạt 104%`. Growth (`tăng 120%`),
 * plans (`đạt 120% kế hoạch`, `tỷ lệ giải ngân đạt 105%`) and comparisons (`so với cùng kỳ`) can be, and are left alone.
 */
import { explain } from './explain';
import { finding } from './finding';
import { type Page, figure, previous, tail } from './page';
import { hedgedRange } from './interval';
import { isChange, isOfSomethingElse, leadWithoutQualifier } from './percent-context';
import { defineRule } from './rule';
import type { RuleFinding } from './types';
import { WORDS, containsWord, endsWithWord, escapeRegExp, norm, startsWithWord, withoutYears } from './words';
import countNouns from '../extraction/data/count-nouns.json';

const MAX_LEAD = 120;

/** The text before a figure back to the previous figure or the clause start. */
function clauseLead(page: Page, p: number): string {
  const f = figure(page, p);
  const before = previous(page, p);
  const sentenceStart = page.sentences[page.sentenceOf[p] as number]?.start ?? 0;
  const from = Math.max(sentenceStart, f.start - MAX_LEAD, before === undefined ? 0 : Math.min(figure(page, before).end, f.start));
  const text = page.text.slice(from, f.start);
  return text.slice(text.lastIndexOf(';') + 1);
}

/** `chiếm 3,45%`, or `tỷ lệ … đạt 98%` where the rate is of a share, not of a plan or a growth. */
function isShare(page: Page, p: number): boolean {
  const before = leadWithoutQualifier(clauseLead(page, p));
  if (endsWithWord(before, WORDS.shareOnly)) return true;
  const t = norm(before);
  const verb = endsWithWord(t, WORDS.shareLeadVerbs);
  if (!verb) return false;
  for (const word of WORDS.shareLead) {
    const at = t.lastIndexOf(word);
    if (at < 0) continue;
    const measured = t.slice(at + word.length, t.length - verb.length);
    return !containsWord(measured, WORDS.notAShareLead);
  }
  return false;
}

const COUNTED = [...countNouns.vi, ...countNouns.en, ...WORDS.populations]
  .map((w) => escapeRegExp(norm(w)))
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * `98,4% số trường học`, `100% xã`, `91.3% of rural households`, `103.1% of the population`: a percentage of counted things or people —
 * the noun right after it, after `số` or `of (the)` and at most two words describing it.
 */
const OF_COUNTED_THINGS = new RegExp(`^\\s*(?:số\\s+|of\\s+(?:the\\s+|all\\s+)?(?:[\\p{L}-]+\\s+){0,2}?)?(?:${COUNTED})(?![\\p{L}\\p{N}])`, 'u');

/** …unless the clause goes on to another period or a plan: `bằng 112% số doanh nghiệp năm trước`. */
function isOfCountedThings(page: Page, p: number): boolean {
  const after = norm(tail(page, p, 80));
  const clause = after.slice(0, after.search(/[,;:(]|$/u));
  return OF_COUNTED_THINGS.test(after) && !containsWord(clause, WORDS.notAShareAfter);
}

/**
 * `Of the dossiers that fell due, 112.6% were settled on time`, `Trong số các hộ được vay vốn, 104,5% đã trả
 * nợ`: a percentage opening the clause after the whole it is taken from is a share of those things. A year
 * may date the whole; any other number there is a whole of its own.
 */

function isOfWholeNamedBefore(page: Page, p: number): boolean {
  const clause = norm(clauseLead(page, p)).replace(/,\s*$/u, '');
  if (clause.length === norm(clauseLead(page, p)).length) return false;
  const whole = clause.slice(clause.lastIndexOf(',') + 1).trim();
  const word = startsWithWord(whole, WORDS.wholeOf);
  return word !== undefined && whole.length > word.length && !/\d/u.test(withoutYears(whole)) && !containsWord(whole, WORDS.targetWords);
}

function check(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const p of page.order) {
    const percent = figure(page, p);
    if (percent.kind !== 'percent' || hedgedRange(page, p).lo <= 100) continue;
    if (isChange(page, p) || isOfSomethingElse(page, p) || !(isShare(page, p) || isOfCountedThings(page, p) || isOfWholeNamedBefore(page, p))) continue;
    findings.push(finding(page, 'warning', [p], explain('checks.explain.share-over-100', { written: percent.text })));
  }
  return findings;
}

export const shareOver100 = defineRule({ id: 'share-over-100', check });
