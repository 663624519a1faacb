/** Reading a period key back into a Period, for the analyst's corrections and for imported tables. PURE. */
import { readPeriodKey } from '../attribution/period-key';
import { publicationPeriod } from '../attribution/periods';
import type { Period } from '../attribution/types';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/**
 * Every key attribution makes — `2023`, `2021-2025`, `2023-H1`, `2023-9M`, `2023-Q3`, `2023-08`, `to-2025`,
 * `to-2023-03`, `to-2023-03-15` — so a clip's own period can be edited and an exported table imported
 * again; undefined for anything else.
 */
export function periodFromKey(raw: string): Period | undefined {
  const key = readPeriodKey(raw);
  switch (key?.form) {
    case undefined:
      return undefined;
    case 'year':
      return { key: String(key.year), from: `${key.year}-01-01`, to: `${key.year}-12-31`, basis: 'year' };
    case 'range':
      return { key: `${key.from}-${key.to}`, from: `${key.from}-01-01`, to: `${key.to}-12-31`, basis: 'range' };
    case 'half': {
      const y = key.year;
      return { key: `${y}-H${key.half}`, from: `${y}-${key.half === 1 ? '01' : '07'}-01`, to: key.half === 1 ? `${y}-06-30` : `${y}-12-31`, basis: 'half' };
    }
    case 'quarter':
      return {
        key: `${key.year}-Q${key.quarter}`,
        from: `${key.year}-${pad(key.quarter * 3 - 2)}-01`,
        to: lastDay(key.year, key.quarter * 3),
        basis: 'quarter',
      };
    case 'month':
      return { key: `${key.year}-${pad(key.month)}`, from: `${key.year}-${pad(key.month)}-01`, to: lastDay(key.year, key.month), basis: 'month' };
    case 'months':
      return { key: `${key.year}-${key.months}M`, from: `${key.year}-01-01`, to: lastDay(key.year, key.months), basis: 'range' };
    case 'by-month':
      return publicationPeriod(`${key.year}-${pad(key.month)}`);
    case 'by-day':
      return publicationPeriod(`${key.year}-${pad(key.month)}-${pad(key.day)}`);
    case 'by-year':
      return { key: `to-${key.year}`, from: '1945-01-01', to: `${key.year}-12-31`, basis: 'cumulative' };
  }
}
