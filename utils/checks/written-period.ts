/**
 * The period a figure's sentence writes, for when attribution could not date the figure: the one year
 * (`Hai Duong's 2023 Provincial Competitiveness Index … 68.52 points`) and the one span of months
 * counted from the start of the year (`Sáu tháng đầu năm`, `6 tháng đầu năm`, `the first nine months`,
 * `in nine months`), read alike however the number of months is written, or else the one month named
 * (`By the end of October`, `đến hết tháng 10`). Two years, two spans or two months in the sentence and it names none.
 */
import { MONTHS_EN } from '../attribution/periods';
import { spelledNumber } from '../extraction/numbers/spelled';
import type { Page } from './page';
import { norm, yearsIn } from './words';

const MONTHS = /(?<![\p{L}\p{N}])(\d{1,2}|[\p{L}]+(?:\s+[\p{L}]+)?)\s+(?:tháng|months)(?![\p{L}\p{N}])/gu;

/** How many months a `N tháng` / `N months` names, digits or words (`sáu`, `nine`, `mười hai`). */
function monthCount(words: string): number | undefined {
  if (/^\d+$/u.test(words)) return Number(words);
  const parts = words.split(' ');
  return spelledNumber(words) ?? spelledNumber(parts[parts.length - 1] ?? '');
}

/** `tháng 10`, `October`: one month named (the date a running figure is counted to: `By the end of October`, `đến hết tháng 10`). */
const NAMED_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(?:tháng\\s+(\\d{1,2})|(${MONTHS_EN.join('|')}))(?![\\p{L}\\p{N}])`, 'gu');

function namedMonths(text: string): number[] {
  return [...new Set([...text.matchAll(NAMED_MONTH)].map((m) => (m[1] ? Number(m[1]) : MONTHS_EN.indexOf(m[2] ?? '') + 1)))];
}

export function writtenPeriod(page: Page, i: number): string | undefined {
  const span = page.sentences[page.sentenceOf[i] as number];
  if (!span) return undefined;
  const text = norm(page.text.slice(span.start, span.end));
  const years = yearsIn(text);
  const spans = [...new Set([...text.matchAll(MONTHS)].map((m) => monthCount(m[1] ?? '')).filter((n) => n !== undefined && n >= 1 && n <= 12))];
  if (years.length > 1 || spans.length > 1) return undefined;
  const named = namedMonths(text);
  if (spans.length === 0 && named.length > 1) return undefined;
  const months = spans.length === 1 ? `${spans[0]}M` : named.length === 1 ? `to-${named[0]}` : undefined;
  if (years.length === 1) return months ? `${years[0]}-${months}` : String(years[0]);
  return months;
}
