/**
 * The grammar of a period key (`2023`, `2021-2025`, `2023-H1`, `2023-9M`, `2023-Q3`, `2023-08`,
 * `to-2025`, `to-2023-03`, `to-2023-03-15`), the notebook's and the grid's identity of a period: read
 * in one place for turning a key back into a period and for naming it. PURE, no imports, so the card
 * can carry it.
 */
export type PeriodKey =
  | { form: 'year'; year: number }
  | { form: 'range'; from: number; to: number }
  | { form: 'half'; year: number; half: 1 | 2 }
  | { form: 'months'; year: number; months: number }
  | { form: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { form: 'month'; year: number; month: number }
  | { form: 'by-year'; year: number }
  | { form: 'by-month'; year: number; month: number }
  | { form: 'by-day'; year: number; month: number; day: number };

const plausible = (year: number) => year >= 1945 && year <= 2100;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function read(key: string): PeriodKey | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(key))) return { form: 'year', year: Number(m[1]) };
  if ((m = /^(\d{4})[-–](\d{4})$/.exec(key))) return { form: 'range', from: Number(m[1]), to: Number(m[2]) };
  if ((m = /^(\d{4})-H([12])$/.exec(key))) return { form: 'half', year: Number(m[1]), half: m[2] === '1' ? 1 : 2 };
  if ((m = /^(\d{4})-(\d{1,2})M$/.exec(key))) return { form: 'months', year: Number(m[1]), months: Number(m[2]) };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(key))) return { form: 'quarter', year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  if ((m = /^(\d{4})-(\d{2})$/.exec(key))) return { form: 'month', year: Number(m[1]), month: Number(m[2]) };
  if ((m = /^TO-(\d{4})$/.exec(key))) return { form: 'by-year', year: Number(m[1]) };
  if ((m = /^TO-(\d{4})-(\d{2})$/.exec(key))) return { form: 'by-month', year: Number(m[1]), month: Number(m[2]) };
  if ((m = /^TO-(\d{4})-(\d{2})-(\d{2})$/.exec(key))) return { form: 'by-day', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return undefined;
}

/** The key's parts, if it is a key of a plausible period (years 1945–2100, months and days that exist); case and spaces do not matter. */
export function readPeriodKey(raw: string): PeriodKey | undefined {
  const key = read(raw.trim().toUpperCase().replace(/\s+/g, ''));
  if (!key) return undefined;
  const years = key.form === 'range' ? [key.from, key.to] : [key.year];
  if (!years.every(plausible) || (key.form === 'range' && key.from >= key.to)) return undefined;
  if (key.form === 'months' && (key.months < 1 || key.months > 12)) return undefined;
  if ((key.form === 'month' || key.form === 'by-month' || key.form === 'by-day') && (key.month < 1 || key.month > 12)) return undefined;
  if (key.form === 'by-day' && (key.day < 1 || key.day > daysIn(key.year, key.month))) return undefined;
  return key;
}
