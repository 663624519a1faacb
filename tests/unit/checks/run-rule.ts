/** Runs one rule over a sentence whose figures are given gold-style, and says what it found. */
import type { FigureContextLike } from '../../../utils/checks';
import { readPage } from '../../../utils/checks/page';
import type { Rule } from '../../../utils/checks/rule';
import type { FigureKind } from '../../../utils/extraction/types';
import { type FigureSpec, placeFigures } from './place-figures';

export function run(rule: Rule, text: string, specs: FigureSpec[], contexts?: (FigureContextLike | undefined)[]): { status: string; items: string[] }[] {
  const figures = placeFigures(text, specs);
  return rule.check(readPage({ text, figures, contexts })).map(({ status, items }) => ({ status, items }));
}

const make =
  (kind: FigureKind) =>
  (text: string, value: number, extra: Partial<FigureSpec> = {}): FigureSpec => ({ text, kind, value, ...extra });

export const count = (text: string, value: number, unit: string, extra: Partial<FigureSpec> = {}): FigureSpec => ({
  text,
  kind: 'count',
  value,
  unit,
  ...extra,
});
export const money = (text: string, value: number, unit = 'VND'): FigureSpec => ({ text, kind: 'money', value, unit });
export const percent = make('percent');
export const score = make('score');
export const rank = (text: string, value: number, of?: number): FigureSpec => ({ text, kind: 'rank', value, ...(of ? { of } : {}) });
export const rankChange = make('rank_change');
export const ratio = (text: string, value: number, of: number, unit: string): FigureSpec => ({ text, kind: 'ratio', value, of, unit });
