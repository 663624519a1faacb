import { Gap } from '../text/tokens';
import { vocabulary } from './vocabulary';
import { gluedAfter, wordBefore } from './triggers';
import { headNoun, isFirst, isNum, isSym, keyAt, phraseAt, phraseBefore, sameLine, span, token, valueAt, type FigureContext, type FigureRule } from './context';

const isWhole = (v: number | null): v is number => v !== null && Number.isInteger(v) && v >= 1 && v <= 10000;

/**
 * `/63` or `trên 63` after a rank: the number of places ranked. Returns the denominator, the token after
 * it, and whether it is written unmistakably: `/` or several words (`trong số 63`); a lone `trên` may
 * also mean "above".
 */
function denominator(ctx: FigureContext, i: number): { of: number; to: number; plain: boolean } | null {
  let at = i + 2;
  const slash = isSym(ctx, i + 1, '/') && token(ctx, i + 1)!.gap !== Gap.Line;
  if (!slash) {
    const words = phraseAt(ctx, vocabulary.outOf, i + 1);
    if (!words || token(ctx, i + 1)!.gap !== Gap.Space) return null;
    at = words.to;
  }
  if (!isNum(ctx, at) || token(ctx, at)!.gap === Gap.Line) return null;
  const of = valueAt(ctx, at);
  if (!isWhole(of)) return null;
  return { of, to: at + 1, plain: slash || at - i > 2 };
}

/**
 * A place on a ranking, Vietnamese: a rank word right before the number
 * (`xếp thứ 10/63`, `xếp thứ 10 trên 63`, `đứng thứ 11`, `vị trí số 1`, `lên vị trí 21`), or any
 * `thứ N/M` / `hạng N/M` (the denominator alone says it is a ranking). A bare `thứ N` without a ranking verb is an ordinal name
 * (`lần thứ 4`) and is left alone.
 */
export const rank: FigureRule = {
  name: 'rank',
  trigger: wordBefore([vocabulary.rankLeads], ['thứ', 'hạng']),
  apply(ctx, i) {
    const value = valueAt(ctx, i);
    if (!isWhole(value)) return null;
    const lead = phraseBefore(ctx, vocabulary.rankLeads, i);
    const previous = keyAt(ctx, i - 1);
    const bareThu = (previous === 'thứ' || previous === 'hạng') && token(ctx, i)!.gap === Gap.Space;
    const of = denominator(ctx, i);
    if (!lead && !(bareThu && of && isSym(ctx, i + 1, '/')) && !(bareThu && besideAnother(ctx, i, value))) return null;
    // `xếp hạng 2023`: the ranking's year, not a place.
    if (!of && value >= 1900 && value <= 2100) return { to: i + 1 };
    // A place past the end of the ranking (`xếp thứ 65/63`, `đứng thứ 65 trong số 63`) is kept as written, for the checks to flag;
    // only a ranked number that cannot be a ranking (a date or year after `/`) is dropped.
    if (of && of.of < value && (!lead || of.of > 10000 || !of.plain)) return null;
    // The figure reads from `thứ`/`số` when the page writes it (`thứ 11`, `vị trí số 1`).
    const from = previous === 'thứ' || previous === 'số' ? i - 1 : i;
    const to = of ? of.to : i + 1;
    return { to, figure: { kind: 'rank', value, ...(of ? { of: of.of } : {}), ...span(ctx, from, to) } };
  },
};

/**
 * `thứ N` set beside another place: in brackets after a period (`so với năm 2022 (thứ 16)`) or as the
 * start of a move (`từ thứ 16 lên thứ 10`). A weekday in brackets after a date (`15/5/2024 (thứ 2)`)
 * and an office-hours span (`từ thứ 2 đến thứ 6`) are not places.
 */
function besideAnother(ctx: FigureContext, i: number, value: number): boolean {
  const before = keyAt(ctx, i - 2);
  if (before === 'từ') return keyAt(ctx, i + 1) === 'lên' || keyAt(ctx, i + 1) === 'xuống';
  // `(hạng 1)` after a hospital or a town is its grade; only `(thứ N)` is a place.
  if (before !== '(' || keyAt(ctx, i - 1) !== 'thứ' || !(isSym(ctx, i + 1, ')') || isSym(ctx, i + 1, '/'))) return false;
  const afterDate = isNum(ctx, i - 3) && isSym(ctx, i - 4, '/-.');
  return !(value <= 8 && afterDate);
}

/** `Top 30`, `top 10`: a place at most N, kept as a rank of N. */
export const top: FigureRule = {
  name: 'top',
  trigger: wordBefore([vocabulary.top]),
  apply(ctx, i) {
    const value = valueAt(ctx, i);
    if (!isWhole(value)) return null;
    const lead = phraseBefore(ctx, vocabulary.top, i);
    if (!lead) return null;
    return { to: i + 1, figure: { kind: 'rank', value, ...span(ctx, lead.from, i + 1) } };
  },
};

/**
 * English ordinals: `ranked 10th out of 63`, `ranking 7th`, `5th in the PAPI index`, `the 5th highest`. An ordinal with
 * no ranking word close before or after it is a name (`the 4th Industrial Revolution`) and is no figure.
 */
export const englishRank: FigureRule = {
  name: 'english-rank',
  trigger: gluedAfter,
  apply(ctx, i) {
    const suffix = token(ctx, i + 1);
    if (!suffix || suffix.type !== 'word' || suffix.gap !== Gap.None || !vocabulary.ordinalSuffixes.has(keyAt(ctx, i + 1)!)) return null;
    const value = valueAt(ctx, i);
    if (!isWhole(value)) return { to: i + 2 };
    let to = i + 2;
    let of: number | undefined;
    const outOf = phraseAt(ctx, vocabulary.englishOutOf, to);
    if (outOf && isNum(ctx, outOf.to)) {
      const total = valueAt(ctx, outOf.to);
      // Kept even when the place exceeds the total (`70th out of 63`): the checks flag it.
      if (isWhole(total)) {
        of = total;
        to = outOf.to + 1;
      }
    }
    let led = false;
    for (let back = i; back > i - 4 && !isFirst(ctx, back) && !led; back--) led = phraseBefore(ctx, vocabulary.englishRankLeads, back) !== null;
    led ||= phraseAt(ctx, vocabulary.englishSuperlatives, i + 2) !== null && token(ctx, i + 2)!.gap === Gap.Space;
    for (let ahead = i + 2; ahead < i + 7 && !led; ahead++)
      led = phraseAt(ctx, vocabulary.englishRankAfter, ahead) !== null && token(ctx, ahead)!.gap !== Gap.Line;
    led ||= endOfMove(ctx, i) || besideMove(ctx, i);
    if (!led && of === undefined) return { to: i + 2 };
    return { to, figure: { kind: 'rank', value, ...(of !== undefined ? { of } : {}), ...span(ctx, i, to) } };
  },
};

const isOrdinal = (ctx: FigureContext, i: number): boolean =>
  isNum(ctx, i) && token(ctx, i + 1)?.gap === Gap.None && vocabulary.ordinalSuffixes.has(keyAt(ctx, i + 1)!);

/**
 * An ordinal at either end of a move: `from 27th to 20th` (both ends ordinals), or `from 9th` right after a
 * move's step word (`down five places from 9th`). A lone `from 3rd` elsewhere, or a span of named
 * ordinals (`from 1st to 3rd quarter`), is no place.
 */
function endOfMove(ctx: FigureContext, i: number): boolean {
  const before = keyAt(ctx, i - 1);
  if (before === 'from') {
    if (keyAt(ctx, i + 2) === 'to' && isOrdinal(ctx, i + 3)) return !vocabulary.englishOrdinalNames.has(keyAt(ctx, i + 5) ?? '');
    for (let back = i - 2; back >= i - 4 && token(ctx, back) !== undefined; back--) if (phraseAt(ctx, vocabulary.rankSteps, back)?.to === i - 1) return true;
    return false;
  }
  return before === 'to' && keyAt(ctx, i - 4) === 'from' && isOrdinal(ctx, i - 3) && !vocabulary.englishOrdinalNames.has(keyAt(ctx, i + 2) ?? '');
}

/** How far back, in tokens, a move may stand before the place it went to or came from. */
const MOVE_REACH = 14;

/**
 * `moved up four places to 22nd …, from 28th`, `slipping three places from ninth`: an ordinal right
 * after `to` or `from`, in the clause of a move (a change verb, a number, a step word) stated before
 * it, is one end of that move. Without the move, `to 3rd` / `from 9th` may be anything.
 */
function besideMove(ctx: FigureContext, i: number): boolean {
  const before = keyAt(ctx, i - 1);
  if ((before !== 'to' && before !== 'from') || token(ctx, i - 1)!.gap === Gap.Line) return false;
  for (let k = i - 2; k >= i - MOVE_REACH && token(ctx, k) !== undefined; k--) {
    if (isSym(ctx, k, '.;!?') || token(ctx, k + 1)!.gap === Gap.Line) return false;
    const step = phraseAt(ctx, vocabulary.rankSteps, k);
    if (!step || isFirst(ctx, k)) continue;
    const amount = k - 1;
    const spelled = vocabulary.englishNumberWords.has(keyAt(ctx, amount)!);
    if ((isNum(ctx, amount) || spelled) && phraseBefore(ctx, vocabulary.changeVerbs, amount)) return true;
  }
  return false;
}

/** `ranked first`, `came third nationwide`, `from ninth` after a move: a place spelled out, a figure only right after a ranking verb or at a move's end. */
export const spelledEnglishRank: FigureRule = {
  name: 'spelled-english-rank',
  languages: ['en'],
  trigger: wordBefore([vocabulary.englishRankLeads], ['to', 'from']),
  apply(ctx, i) {
    const value = ctx.language === 'en' ? vocabulary.englishOrdinalWords.get(keyAt(ctx, i)!) : undefined;
    if (value === undefined || token(ctx, i)!.gap !== Gap.Space || !(phraseBefore(ctx, vocabulary.englishRankLeads, i) || besideMove(ctx, i))) return null;
    const outOf = phraseAt(ctx, vocabulary.englishOutOf, i + 1);
    const total = outOf && isNum(ctx, outOf.to) ? valueAt(ctx, outOf.to) : null;
    if (isWhole(total)) return { to: outOf!.to + 1, figure: { kind: 'rank', value, of: total, ...span(ctx, i, outOf!.to + 1) } };
    return { to: i + 1, figure: { kind: 'rank', value, ...span(ctx, i, i + 1) } };
  },
};

const PAIR_REACH = 10;

/**
 * `Thứ hạng năm 2024 là 12/63`: a pair with no counted noun or unit after it, shortly after a ranking
 * word in the same sentence, is a place. The whole must be more than 12 and at most 1000, so a day and month (`12/10`) or a month and
 * year never qualify.
 */
export const rankedPair: FigureRule = {
  name: 'ranked-pair',
  trigger: gluedAfter,
  apply(ctx, i) {
    const value = valueAt(ctx, i);
    if (!isWhole(value) || !isSym(ctx, i + 1, '/') || token(ctx, i + 1)!.gap !== Gap.None || token(ctx, i + 2)?.gap !== Gap.None) return null;
    const of = isNum(ctx, i + 2) ? valueAt(ctx, i + 2) : null;
    if (!isWhole(of) || of <= 12 || of > 1000 || of < value) return null;
    // `số 12/63`, `Điều 12/63`: a number that a label names.
    if (phraseBefore(ctx, vocabulary.labels, i) || phraseBefore(ctx, vocabulary.weakLabels, i)) return null;
    const after = token(ctx, i + 3);
    if (
      after &&
      after.gap !== Gap.Line &&
      (after.type === 'num' || isSym(ctx, i + 3, '/%') || headNoun(ctx, i + 3) || phraseAt(ctx, vocabulary.scoreUnits, i + 3))
    )
      return null;
    let led = false;
    for (let back = i; back > i - PAIR_REACH && !isFirst(ctx, back) && !led; back--) {
      if (!sameLine(ctx, back) || isSym(ctx, back - 1, '.;!?')) break;
      led = phraseBefore(ctx, vocabulary.pairLeads, back) !== null;
    }
    return led ? { to: i + 3, figure: { kind: 'rank', value, of, ...span(ctx, i, i + 3) } } : null;
  },
};
