/**
 * A period key (`2023-H1`, `to-2023-03`, the notebook's and the grid's identity of a period) in
 * the reader's words: `6 tháng đầu năm 2023`, `đến tháng 3/2023`. The key stays what is stored,
 * compared and exported; this is only how it is shown. A key of no known form is shown as it is.
 */
import { readPeriodKey } from '../attribution/period-key';
import { t } from './index';

export function periodName(raw: string): string {
  const key = readPeriodKey(raw);
  switch (key?.form) {
    case undefined:
      return raw;
    case 'year':
      return String(key.year);
    case 'range':
      return t('period.range', { from: key.from, to: key.to });
    case 'half':
      return t(key.half === 1 ? 'period.half.1' : 'period.half.2', { year: key.year });
    case 'months':
      return t('period.months', { months: key.months, year: key.year });
    case 'quarter':
      // Vietnamese reports write quarters in Roman numerals (`quý III/2025`), one message a quarter.
      return t(`period.quarter.${key.quarter}`, { year: key.year });
    case 'month':
      return t('period.month', { month: key.month, year: key.year });
    case 'by-year':
      return t('period.by.year', { year: key.year });
    case 'by-month':
      return t('period.by.month', { month: key.month, year: key.year });
    case 'by-day':
      return t('period.by.day', { day: key.day, month: key.month, year: key.year });
  }
}
