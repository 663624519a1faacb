/** Reading a period key back into a Period, for the analyst's corrections and for imported tables. PURE. */
import { publicationPeriod } from '../attribution/periods';
import type { Period } from '../attribution/types';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
const plausible = (year: number) => year >= 1945 && year <= 2100;

/**
 * Every key attribution makes — `2023`, `2021-2025`, `2023-H1`, `2023-9M`, `2023-Q3`, `2023-08`, `to-2025`,
 * `to-2023-03`, `to-2023-03-15` — so a clip's own period can be edited and an exported table imported
 * again; undefined for anything else.
 */
export function periodFromKey(raw: string): Period | undefined {
  const key = raw.trim().toUpperCase().replace(/\s+/g, '');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(key))) {
    const y = Number(m[1]);
    return plausible(y) ? { key: String(y), from: `${y}-01-01`, to: `${y}-12-31`, basis: 'year' } : undefined;
  }
  if ((m = /^(\d{4})[-–](\d{4})$/.exec(key))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return plausible(a) && plausible(b) && a < b ? { key: `${a}-${b}`, from: `${a}-01-01`, to: `${b}-12-31`, basis: 'range' } : undefined;
  }
  if ((m = /^(\d{4})-H([12])$/.exec(key))) {
    const [y, h] = [Number(m[1]), Number(m[2])];
    if (!plausible(y)) return undefined;
    return { key: `${y}-H${h}`, from: `${y}-${h === 1 ? '01' : '07'}-01`, to: h === 1 ? `${y}-06-30` : `${y}-12-31`, basis: 'half' };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(key))) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    if (!plausible(y)) return undefined;
    return { key: `${y}-Q${q}`, from: `${y}-${pad(q * 3 - 2)}-01`, to: lastDay(y, q * 3), basis: 'quarter' };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(key))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (!plausible(y) || mo < 1 || mo > 12) return undefined;
    return { key: `${y}-${pad(mo)}`, from: `${y}-${pad(mo)}-01`, to: lastDay(y, mo), basis: 'month' };
  }
  if ((m = /^(\d{4})-(\d{1,2})M$/.exec(key))) {
    const [y, months] = [Number(m[1]), Number(m[2])];
    if (!plausible(y) || months < 1 || months > 12) return undefined;
    return { key: `${y}-${months}M`, from: `${y}-01-01`, to: lastDay(y, months), basis: 'range' };
  }
  if ((m = /^TO-(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(key))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
    if (!plausible(y) || mo < 1 || mo > 12 || (d !== undefined && (d < 1 || `${y}-${pad(mo)}-${pad(d)}` > lastDay(y, mo)))) return undefined;
    return publicationPeriod(d === undefined ? `${y}-${pad(mo)}` : `${y}-${pad(mo)}-${pad(d)}`);
  }
  if ((m = /^TO-(\d{4})$/.exec(key))) {
    const y = Number(m[1]);
    return plausible(y) ? { key: `to-${y}`, from: '1945-01-01', to: `${y}-12-31`, basis: 'cumulative' } : undefined;
  }
  return undefined;
}
