/**
 * Dates as written next to references: `15-10-2021`, `08/10/2021`, `27.9.2019`,
 * `6 tháng 4 năm 2023`, `December 22, 2024`, `22 December 2024`. Each reader is a sticky regex
 * with bounded repeats, tried at one position, so reading is constant time per position.
 */
export interface DateMatch {
  /** Just past the date as written. */
  end: number;
  /** ISO `YYYY-MM-DD`, absent when the page leaves out the year (`dated December 30`). */
  iso?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const NUMERIC = /(\d{1,2})[ \t]{0,2}([/.\-–])[ \t]{0,2}(\d{1,2})[ \t]{0,2}\2[ \t]{0,2}(\d{4})(?!\d)/y;
const WORDS = /(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})[\s,]{1,3}năm\s{1,3}(\d{4})(?!\d)/iuy;
const MONTH_FIRST = new RegExp(`${MONTH_NAME}[ \\t]{1,2}(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])(?:,?[ \\t]{1,2}(\\d{4})(?!\\d))?`, 'iuy');
const DAY_FIRST = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?[ \\t]{1,2}${MONTH_NAME},?[ \\t]{1,2}(\\d{4})(?!\\d)`, 'iuy');

export function dateAt(text: string, pos: number): DateMatch | null {
  NUMERIC.lastIndex = pos;
  let m = NUMERIC.exec(text);
  if (m) {
    let day = Number(m[1]);
    let month = Number(m[3]);
    // An English page's month/day order shows itself when the "month" cannot be one.
    if (month > 12 && day <= 12) [day, month] = [month, day];
    return withIso(pos + m[0].length, Number(m[4]), month, day);
  }
  WORDS.lastIndex = pos;
  m = WORDS.exec(text);
  if (m) return withIso(pos + m[0].length, Number(m[3]), Number(m[2]), Number(m[1]));
  MONTH_FIRST.lastIndex = pos;
  m = MONTH_FIRST.exec(text);
  if (m) {
    const month = monthOf(m[1]!);
    if (m[3] === undefined) return isValid(2000, month, Number(m[2])) ? { end: pos + m[0].length } : null;
    return withIso(pos + m[0].length, Number(m[3]), month, Number(m[2]));
  }
  DAY_FIRST.lastIndex = pos;
  m = DAY_FIRST.exec(text);
  if (m) return withIso(pos + m[0].length, Number(m[3]), monthOf(m[2]!), Number(m[1]));
  return null;
}

function monthOf(name: string): number {
  const prefix = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

function isValid(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

function withIso(end: number, year: number, month: number, day: number): DateMatch | null {
  if (!isValid(year, month, day)) return null;
  return { end, iso: `${year}-${pad(month)}-${pad(day)}` };
}
