/**
 * A period key (`2023-H1`, `to-2023-03`, the notebook's and the grid's identity of a period) in
 * the reader's words: `6 tháng đầu năm 2023`, `đến tháng 3/2023`. The key stays what is stored,
 * compared and exported; this is only how it is shown. A key of no known form is shown as it is.
 */
import { t } from './index';

const FORMS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(\d{4})$/, (m) => m[1]!],
  [/^(\d{4})-(\d{4})$/, (m) => t('period.range', { from: m[1]!, to: m[2]! })],
  [/^(\d{4})-H([12])$/, (m) => t(m[2] === '1' ? 'period.half.1' : 'period.half.2', { year: m[1]! })],
  [/^(\d{4})-(\d{1,2})M$/, (m) => t('period.months', { months: Number(m[2]), year: m[1]! })],
  // Vietnamese reports write quarters in Roman numerals (`quý III/2025`), one message a quarter.
  [/^(\d{4})-Q([1-4])$/, (m) => t(`period.quarter.${m[2] as '1' | '2' | '3' | '4'}`, { year: m[1]! })],
  [/^(\d{4})-(\d{2})$/, (m) => t('period.month', { month: Number(m[2]), year: m[1]! })],
  [/^to-(\d{4})$/, (m) => t('period.by.year', { year: m[1]! })],
  [/^to-(\d{4})-(\d{2})$/, (m) => t('period.by.month', { month: Number(m[2]), year: m[1]! })],
  [/^to-(\d{4})-(\d{2})-(\d{2})$/, (m) => t('period.by.day', { day: Number(m[3]), month: Number(m[2]), year: m[1]! })],
];

export function periodName(key: string): string {
  for (const [pattern, name] of FORMS) {
    const m = pattern.exec(key);
    if (m) return name(m);
  }
  return key;
}
