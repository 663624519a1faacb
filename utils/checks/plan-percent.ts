/**
 * A value against its plan, when the page gives both: `thu ngân sách đạt 14.860 tỷ đồng, bằng 112,6%
 * dự toán (13.200 tỷ đồng)`, `giải ngân 2.316 tỷ đồng, đạt 52,5% kế hoạch vốn (4.410 tỷ đồng)`.
 * value / plan × 100 must round to the written percentage; after `vượt` (`vượt 15% dự toán (3.360 tỷ
 * đồng)`, `exceeding the plan by`) the percentage is what the value is above the plan: value / plan × 100 − 100.
 */
import { percentOf } from '../extraction/numbers/written-figure';
import { displayScale, explain, num, range } from './explain';
import { finding } from './finding';
import { hedgedRange, verdict } from './interval';
import { type Page, figure, gap, next, previous, tail } from './page';
import { leadWithoutQualifier } from './percent-context';
import { defineRule } from './rule';
import { type StatedRatio, baseNamed, statedRatio } from './stated-ratio';
import { isAmount, sameUnit } from './units';
import type { RuleFinding } from './types';
import { WORDS, crossesClause, endsWithWord, escapeRegExp, norm, startsWithWord } from './words';

const PLAN = baseNamed(WORDS.planOf);

/**
 * `of the capital plan assigned by the Prime Minister (`, `kế hoạch vốn được giao (`: a plan word after
 * a few words that say which plan, then who set it, then its amount in brackets.
 */
const PLAN_AT_LENGTH = new RegExp(
  `^\\s*(?:of\\s+)?(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${WORDS.planNouns.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])[^,;.!?()\\d]{0,60}\\(\\s*$`,
  'u',
);
const MAX_PLAN_GAP = 100;

/**
 * `of the year's target of`, `of the province's annual plan`: an English plan word after `of the` and
 * a word or two saying whose or which plan, then `of` or `at` before its amount.
 */
const PLAN_QUALIFIED = new RegExp(`^\\s*of\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){1,2}?(?:${WORDS.planNouns.map(escapeRegExp).join('|')})\\s+(?:of|at)\\s*$`, 'u');

/** `kế hoạch năm`, `of the year's plan`: the plan the percentage is of, named with a word or two saying whose. */
const PLAN_NAMED = new RegExp(`^\\s*(?:of\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?)?(${WORDS.planNouns.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');

const MAX_LEAD = 40;
const MAX_PLAN_LABEL = 80;

/**
 * `Kế hoạch vốn năm 2025 là 5.026 tỷ đồng. … giải ngân đạt 3.187 tỷ đồng, bằng 63,4% kế hoạch`: the
 * plan given before, in this sentence or the one before, its clause opening with the very plan word
 * the percentage names — and only one such amount.
 */
function planGivenBefore(page: Page, p: number): StatedRatio | undefined {
  const amount = previous(page, p);
  if (figure(page, p).kind !== 'percent' || amount === undefined || page.sentenceOf[amount] !== page.sentenceOf[p]) return undefined;
  const a = figure(page, amount);
  const lead = gap(page, amount, p);
  if (!isAmount(a) || lead.length > MAX_LEAD || crossesClause(lead)) return undefined;
  const named = startsWithWord(tail(page, p, 30), WORDS.planOf);
  if (named === undefined || /^[^,;.]*\d/u.test(norm(tail(page, p, 60)))) return undefined;
  const sentence = page.sentenceOf[p] as number;
  const candidates = [...(page.bySentence[sentence - 1] ?? []), ...(page.bySentence[sentence] ?? [])].filter((j) => figure(page, j).end <= a.start);
  const plans = candidates.filter((j, k) => {
    const f = figure(page, j);
    if (!isAmount(f) || !sameUnit(a, f)) return false;
    const from = k > 0 ? figure(page, candidates[k - 1] as number).end : (page.sentences[page.sentenceOf[j] as number]?.start ?? 0);
    const label = page.text.slice(Math.max(from, f.start - MAX_PLAN_LABEL), f.start);
    return startsWithWord(label.slice(Math.max(label.lastIndexOf(','), label.lastIndexOf(';')) + 1), [named]) !== undefined;
  });
  return plans.length === 1 ? { amount, percent: p, base: plans[0] as number, lead } : undefined;
}

/** The amounts of a sentence, in reading order. */
function amountsOf(page: Page, sentence: number): number[] {
  return (page.bySentence[sentence] ?? []).filter((j) => isAmount(figure(page, j)));
}

/** Two sentences of one paragraph (no line break between them). */
function sameParagraph(page: Page, a: number, b: number): boolean {
  const first = page.sentences[Math.min(a, b)];
  const second = page.sentences[Math.max(a, b)];
  return first !== undefined && second !== undefined && !page.text.slice(first.end, second.start).includes('\n');
}

/**
 * `… đạt 7.930 tỷ đồng, tăng 18,6%. Con số này bằng 64,2% dự toán (15.100 tỷ đồng)`, `That equals 64.2%
 * of the estimate …`: a percentage that opens its sentence with a word pointing back and a plan verb
 * is the share of the one amount the sentence before gave.
 */
function pointedBack(page: Page, p: number): { amount: number; lead: string } | undefined {
  const sentence = page.sentenceOf[p] as number;
  if (page.bySentence[sentence]?.[0] !== p || !sameParagraph(page, sentence - 1, sentence)) return undefined;
  const lead = page.text.slice(page.sentences[sentence]?.start ?? 0, figure(page, p).start);
  const opener = startsWithWord(norm(lead), WORDS.pointsBack);
  const verb = opener && norm(lead).slice(opener.length).trim();
  if (verb === undefined || /[,;:()]/u.test(verb) || verb.split(' ').length > 3 || !endsWithWord(verb, WORDS.planVerbs)) return undefined;
  const before = amountsOf(page, sentence - 1);
  return before.length === 1 ? { amount: before[0] as number, lead: ` ${verb} ` } : undefined;
}

/** A plan given after a value that lies in the sentence before: the same words as `statedRatio`'s base. */
function planAfterPointer(page: Page, p: number): StatedRatio | undefined {
  const value = pointedBack(page, p);
  const base = next(page, p);
  if (!value || base === undefined || !sameUnit(figure(page, value.amount), figure(page, base))) return undefined;
  const between = norm(gap(page, p, base));
  const named = PLAN.test(between) || PLAN_QUALIFIED.test(between) || (between.length <= MAX_PLAN_GAP && PLAN_AT_LENGTH.test(between));
  return named ? { amount: value.amount, percent: p, base, lead: value.lead } : undefined;
}

/**
 * `đạt 4.215 tỷ đồng, bằng 78,5% kế hoạch năm. Kế hoạch vốn sau điều chỉnh là 5.870 tỷ đồng`, `or 78.5%
 * of the year's plan. The plan, as adjusted in July, stands at VND 5,870 billion`: the plan named with no
 * amount, its amount the first of the next sentence, which opens with that plan word.
 */
function planGivenAfter(page: Page, p: number): StatedRatio | undefined {
  const amount = previous(page, p);
  if (figure(page, p).kind !== 'percent' || amount === undefined) return undefined;
  const a = figure(page, amount);
  const lead = gap(page, amount, p);
  if (!isAmount(a) || lead.length > MAX_LEAD || crossesClause(lead)) return undefined;
  const named = PLAN_NAMED.exec(norm(tail(page, p, 40)))?.[1];
  const sentence = page.sentenceOf[p] as number;
  if (named === undefined || page.bySentence[sentence]?.at(-1) !== p || !sameParagraph(page, sentence, sentence + 1)) return undefined;
  const plan = page.bySentence[sentence + 1]?.[0];
  if (plan === undefined || !isAmount(figure(page, plan)) || !sameUnit(a, figure(page, plan))) return undefined;
  const opening = norm(page.text.slice(page.sentences[sentence + 1]?.start ?? 0, figure(page, plan).start)).replace(/^(?:the|this)\s+/u, '');
  // `Kế hoạch vốn … là`, `The plan … stands at`: the plan itself is stated, not a part of it (`also includes … for roads`).
  if (startsWithWord(opening, [named]) === undefined || !endsWithWord(opening.replace(/\s*(?:vnd|usd)\s*$/u, ''), WORDS.planIs)) return undefined;
  return { amount, percent: p, base: plan, lead };
}

function check(page: Page): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const p of page.order) {
    const stated =
      statedRatio(page, p, PLAN) ??
      statedRatio(page, p, PLAN_QUALIFIED) ??
      statedRatio(page, p, PLAN_AT_LENGTH, MAX_PLAN_GAP) ??
      planGivenBefore(page, p) ??
      planGivenAfter(page, p) ??
      planAfterPointer(page, p);
    const verb = stated && leadWithoutQualifier(stated.lead);
    if (!stated || !verb) continue;
    const exceeded = endsWithWord(verb, WORDS.planExceeded) !== undefined;
    if (!exceeded && !endsWithWord(verb, WORDS.planVerbs)) continue;
    const share = percentOf(hedgedRange(page, stated.amount), hedgedRange(page, stated.base));
    if (!share) continue;
    const computed = exceeded ? { lo: share.lo - 100, hi: share.hi - 100 } : share;
    const value = figure(page, stated.amount).value;
    const plan = figure(page, stated.base).value;
    const status = verdict(computed, (value / plan) * 100 - (exceeded ? 100 : 0), hedgedRange(page, p));
    if (!status) continue;
    const ok = status === 'ok';
    const percent = figure(page, p);
    const scale = displayScale([value, plan]);
    const values = {
      value: num(value, undefined, false, scale),
      plan: num(plan, undefined, false, scale),
      computed: num((value / plan) * 100 - (exceeded ? 100 : 0), 2),
      written: percent.text,
      range: range(computed, undefined, 2),
    };
    findings.push(
      finding(
        page,
        status,
        [stated.amount, p, stated.base],
        explain(
          exceeded
            ? ok
              ? 'checks.explain.plan-percent.exceeded-ok'
              : 'checks.explain.plan-percent.exceeded-mismatch'
            : ok
              ? 'checks.explain.plan-percent.ok'
              : 'checks.explain.plan-percent.mismatch',
          values,
        ),
      ),
    );
  }
  return findings;
}

export const planPercent = defineRule({ id: 'plan-percent', check });
