import { Gap } from '../text/tokens';
import { vocabulary } from './vocabulary';
import { wordAfter, wordBefore } from './triggers';
import { currencyAfter } from './money';
import { headNoun, isNum, isSym, keyAt, phraseAt, phraseBefore, scaled, token, valueAt, type FigureContext, type FigureRule } from './context';

/**
 * A number named by the word before it identifies rather than measures: `mức độ 4`, `năm 2025`,
 * `khóa 14`, `Tiêu chí 7`. Weak labels (`số 154`, `cấp 2`, `Dự án 06`) double as verbs or as nouns
 * before a count (`cấp 500 tài khoản`), so they only count when no head noun follows.
 */
export const label: FigureRule = {
  name: 'label',
  trigger: wordBefore([vocabulary.labels, vocabulary.weakLabels]),
  apply(ctx, i) {
    const strong = phraseBefore(ctx, vocabulary.labels, i);
    // `mức 1,5 triệu đồng`, `ở mức 200.000đ`: a currency after the number makes it an amount, not a level.
    if (strong) return isMoney(ctx, i) ? null : { to: i + 1 };
    const weak = phraseBefore(ctx, vocabulary.weakLabels, i);
    if (!weak) return null;
    const undone = phraseBefore(ctx, vocabulary.notLabels, i);
    if (undone && undone.from < weak.from + 1 && undone.to === weak.to) return null;
    const amount = scaled(ctx, i);
    const noun = amount ? headNoun(ctx, wholeAfterSlash(ctx, amount.to) ?? amount.to) : null;
    // `Tổ 12 khu phố 4`: a noun that names the next number continues an address, it is not counted.
    if (noun && !(isNum(ctx, noun.to) && token(ctx, noun.to)!.gap === Gap.Space && phraseBefore(ctx, vocabulary.weakLabels, noun.to))) return null;
    return { to: i + 1 };
  },
};

/** `cấp 1.406/1.665 thủ tục`: a part over a whole, then its noun — the label word was a verb. */
function wholeAfterSlash(ctx: FigureContext, i: number): number | null {
  if (!isSym(ctx, i, '/') || token(ctx, i)!.gap === Gap.Line || !isNum(ctx, i + 1) || token(ctx, i + 1)!.gap === Gap.Line) return null;
  return scaled(ctx, i + 1)?.to ?? null;
}

function isMoney(ctx: FigureContext, i: number): boolean {
  const amount = scaled(ctx, i);
  return amount !== null && currencyAfter(ctx, amount.to) !== null;
}

/**
 * A number before a period word is a length of time or an age, never an indicator:
 * `6 tháng đầu năm`, `2 năm liên tiếp`, `trên 15 tuổi`, `9tháng`.
 */
export const period: FigureRule = {
  name: 'period',
  trigger: wordAfter(vocabulary.periods),
  apply(ctx, i) {
    const next = token(ctx, i + 1);
    if (!next || next.type !== 'word' || next.gap === Gap.Line) return null;
    const word = phraseAt(ctx, vocabulary.periods, i + 1);
    return word ? { to: word.to } : null;
  },
};

/**
 * `cả 3 trụ cột`, `both 2 …`: "all N of them" enumerates the parts of something rather than
 * measuring it.
 */
export const structural: FigureRule = {
  name: 'structural',
  trigger: wordBefore([vocabulary.structural]),
  apply(ctx, i) {
    const value = valueAt(ctx, i);
    if (value === null || value > 10) return null;
    return phraseBefore(ctx, vocabulary.structural, i) ? { to: i + 1 } : null;
  },
};

/**
 * `lần thứ 3`, `Kỳ họp thứ 7`: an ordinal that the rank rule did not take (no ranking word before
 * `thứ`) names an occurrence or a session. Left alone it would read as a count of the next noun.
 */
export const ordinal: FigureRule = {
  name: 'ordinal',
  trigger: wordBefore([], ['thứ']),
  apply(ctx, i) {
    return keyAt(ctx, i - 1) === 'thứ' && token(ctx, i)!.gap !== Gap.Line ? { to: i + 1 } : null;
  },
};
