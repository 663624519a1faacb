/**
 * Time expressions in a page and the periods they stand for. Each rule is a named pattern over the
 * folded text (lower case, no diacritics), with the cases it must read in tests/unit/attribution.
 */
import type { Period } from './types';
import { SPELLED_NUMBERS, spelledNumber } from '../extraction/numbers/spelled';
import type { FoldedText } from '../extraction/text/fold';
import type { Span } from '../extraction/text/span';
import { Coverage, findAll } from './text';

export type PeriodWhat =
  | { type: 'year'; year: number }
  | { type: 'this-year' }
  /** `cả năm`, `the whole year`: the whole of the year in context (else the page's). */
  | { type: 'whole-year' }
  /** `năm trước`, `last year`, `the year before`: the year before the one in context (or the page's); `năm qua` early in a year too. */
  | { type: 'last-year' }
  | { type: 'range'; from: number; to: number }
  | { type: 'half'; half: 1 | 2; year?: number }
  | { type: 'months'; months: number; year?: number }
  | { type: 'quarter'; quarter: number; year?: number }
  | { type: 'month'; month: number; year?: number }
  /** `đến năm 2025`, `lũy kế tới hết năm 2024`, `tính đến hết tháng 3-2023`: a stock or a goal at a date. */
  | { type: 'until'; year: number; month?: number; day?: number; goal: boolean }
  /** `đến nay`, `hiện nay`: as of the day the page was written. */
  | { type: 'to-date' };

export type PeriodMention = Span & PeriodWhat;

const Y = '((?:19|20)\\d{2})';
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
/** English month names, January first. */
export const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface Rule {
  name: string;
  pattern: RegExp;
  read(m: RegExpExecArray, before: string): PeriodWhat | undefined;
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

// A date (`ngày 02 tháng 7 năm 2021`) or a document's year (`17/NQ-CP năm 2020`) is not a period.
const DATE_BEFORE = /(?:ngay\s+\d{1,2}\s+)?thang\s+\d{1,2}\s*$|ngay\s*$|\d+\/[\p{L}\d.-]*[\p{L}\d-]\s*$/u;

const RULES: Rule[] = [
  {
    // Cumulative to a date: `lũy kế tới hết năm 2024`, `tính đến hết tháng 3-2023`, `đến ngày 30/6/2024`.
    name: 'cumulative',
    pattern: new RegExp(
      `(?:tinh luy ke|luy ke|tinh den|tinh toi|den het|toi het|den ngay|toi ngay|as of|by the end of)(?:\\s+(?:den|toi))?(?:\\s+het)?\\s+(?:(?:nam|year)\\s+${Y}|thang\\s+(\\d{1,2})\\s*[-/.]\\s*${Y}|(?:ngay\\s+)?(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*${Y}|${Y})`,
      'gu',
    ),
    read: (m) => {
      if (m[1]) return { type: 'until', year: Number(m[1]), goal: false };
      if (m[3]) return { type: 'until', year: Number(m[3]), month: num(m[2]), goal: false };
      if (m[6]) return { type: 'until', year: Number(m[6]), month: num(m[5]), day: num(m[4]), goal: false };
      return m[7] ? { type: 'until', year: Number(m[7]), goal: false } : undefined;
    },
  },
  {
    // A year to reach: `đến năm 2025`, `tới năm 2030`, `vào năm 2025`, `by 2025`.
    name: 'by-year',
    pattern: new RegExp(`(?:(?:den|toi|vao)\\s+(?:cuoi\\s+)?nam|by)\\s+${Y}(?![\\d/])`, 'gu'),
    read: (m) => ({ type: 'until', year: Number(m[1]), goal: true }),
  },
  {
    // As of writing: `đến nay`, `hiện nay`, `to date`.
    name: 'to-date',
    pattern: /(?<![\p{L}])(?:tinh den nay|den nay|toi nay|hien nay|den thoi diem nay|tinh toi thoi diem hien nay|so far|to date|now)(?![\p{L}])/gu,
    read: () => ({ type: 'to-date' }),
  },
  {
    // Year ranges: `giai đoạn 2021 – 2025`, `nhiệm kỳ 2020 - 2025`, `2019 - 2020`.
    name: 'range',
    pattern: new RegExp(`(?:(?:giai doan|thoi ky|nhiem ky|nam|period|between|from)\\s+)?(?<![\\d/-])${Y}\\s*(?:-|den|toi|to|and)\\s*${Y}(?![\\d/-])`, 'gu'),
    read: (m, before) => {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (DATE_BEFORE.test(before) || to <= from || to - from > 15) return undefined;
      return { type: 'range', from, to };
    },
  },
  {
    // Halves: `6 tháng đầu năm 2023`, `6 tháng cuối năm`, `first half of 2023`.
    name: 'half',
    pattern: new RegExp(`6\\s*thang\\s+(dau|cuoi)\\s+nam(?:\\s+(?:nam\\s+)?${Y})?|(first|second) half(?: of)?(?: the year)?(?:\\s+${Y})?`, 'gu'),
    read: (m) => ({
      type: 'half',
      half: m[1] === 'cuoi' || m[3] === 'second' ? 2 : 1,
      year: num(m[2] ?? m[4]),
    }),
  },
  {
    // Months from January: `9 tháng đầu năm 2025`, `9tháng`, `cộng dồn 2 tháng`, `first nine months of 2025`.
    name: 'months',
    pattern: new RegExp(
      `(?<![\\d/.,])(\\d{1,2})\\s*thang(?:\\s+dau)?(?:\\s+nam)?(?:\\s+${Y})?(?![\\p{L}\\d])|first (\\d{1,2}|two|three|four|five|seven|eight|nine|ten|eleven) months(?: of)?(?:\\s+${Y})?`,
      'gu',
    ),
    read: (m, before) => {
      const n = m[1] ? Number(m[1]) : m[3] ? (spelledNumber(m[3]) ?? Number(m[3])) : NaN;
      if (!(n >= 2 && n <= 11) || /ngay\s*$|\d\s*(?:-|den)\s*$/.test(before)) return undefined;
      const year = num(m[2] ?? m[4]);
      return n === 6 ? { type: 'half', half: 1, year } : { type: 'months', months: n, year };
    },
  },
  {
    // Quarters: `quý III/2025`, `quý 2 năm 2021`, `trong quý III`, `third quarter of 2025`, `Q3 2025`.
    name: 'quarter',
    pattern: new RegExp(
      `quy\\s+(iv|iii|ii|i|[1-4])(?![\\p{L}\\d])(?:\\s*(?:\\/|-|nam)\\s*${Y})?|(first|second|third|fourth) quarter(?: of)?(?:\\s+${Y})?|(?<![\\p{L}])q([1-4])[\\s/-]*${Y}`,
      'gu',
    ),
    read: (m) => {
      const quarter = m[1] ? (ROMAN[m[1]] ?? Number(m[1])) : m[3] ? ORDINAL[m[3]] : Number(m[5]);
      return quarter ? { type: 'quarter', quarter, year: num(m[2] ?? m[4] ?? m[6]) } : undefined;
    },
  },
  {
    // Months: `tháng 8/2021`, `tháng 3 năm 2023`, `trong tháng 02`, `August 2021`.
    name: 'month',
    pattern: new RegExp(
      `thang\\s+(\\d{1,2})(?:\\s*[-/]\\s*|\\s+nam\\s+)${Y}(?![\\d/])|thang\\s+(\\d{1,2})(?![\\d/\\p{L}]|\\s*[-/]\\s*\\d|\\s+nam\\s+\\d)|(${MONTHS_EN.join('|')})\\s+${Y}`,
      'gu',
    ),
    read: (m, before) => {
      if (/ngay\s+\d{1,2}\s*$|\d\s*$/.test(before)) return undefined;
      const month = m[1] ? Number(m[1]) : m[3] ? Number(m[3]) : MONTHS_EN.indexOf(m[4] ?? '') + 1;
      if (!(month >= 1 && month <= 12)) return undefined;
      return { type: 'month', month, year: num(m[2] ?? m[5]) };
    },
  },
  {
    // Years: `năm 2022`, `in 2024`, `PCI 2023`, `2020 rankings`, a heading `2023: …`.
    name: 'year',
    pattern: new RegExp(
      `(?:nam|in|of|for|year|pci|dti|papi|par index|sipas|pgi|ict index)\\s+${Y}(?![\\d/-])|(?<![\\d/.,-])${Y}\\s+(?:rankings?|results?)|^\\s*${Y}\\s*:`,
      'gmu',
    ),
    read: (m, before) => {
      if (DATE_BEFORE.test(before)) return undefined;
      return { type: 'year', year: Number(m[1] ?? m[2] ?? m[3]) };
    },
  },
  {
    // The current year named without a number: `năm nay`, `this year`.
    name: 'this-year',
    pattern: /(?<![\p{L}])(?:nam nay|this year)(?![\p{L}])/gu,
    read: () => ({ type: 'this-year' }),
  },
  {
    // The whole of the year spoken of: `cả năm`, `for the whole year`.
    name: 'whole-year',
    pattern: /(?<![\p{L}])(?:ca nam|the whole year|the full year)(?![\p{L}]|\s+\d)/gu,
    read: () => ({ type: 'whole-year' }),
  },
  {
    // The year before: `năm trước`, `năm ngoái`, `last year`, `the year before`, `the previous year`, `năm qua`.
    name: 'last-year',
    pattern: /(?<![\p{L}])(?:nam truoc|nam ngoai|nam qua|last year|the year before|the previous year|a year earlier)(?![\p{L}])/gu,
    read: () => ({ type: 'last-year' }),
  },
];

/**
 * The same span of time a year earlier: `cùng kỳ năm trước` of the first quarter of 2026 is the
 * first quarter of 2025.
 */
export function yearBefore(p: Period): Period {
  const back = (iso: string): string => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`.replace(/-02-29$/, '-02-28');
  return { ...p, key: p.key.replace(/\d{4}/g, (y) => String(Number(y) - 1)), from: back(p.from), to: back(p.to) };
}

/** Comparison bases (`so với cùng kỳ năm 2022`, `compared with 2020`) name a period a figure is not about. */
const COMPARISON =
  /(?:so voi|so cung ky|cung ky|compared (?:with|to)|year on year|than|up from|down from|on(?=\s+(?:19|20)\d{2}(?!\d)))(?:\s|$)[^,;.()]{0,40}/gu;

export function findComparisons(folded: string): Span[] {
  return findAll(COMPARISON, folded).map(({ start, end }) => ({ start, end }));
}

/**
 * A count of months spelled in words before `tháng` (`Sáu tháng đầu năm 2024`, `Chín tháng`), read
 * in the original text: folded, `sáu` (six) is `sau` (after). `năm` is left out, being also the year.
 */
const SPELLED_MONTH_COUNT = new RegExp(
  `(?<![\\p{L}])(${SPELLED_NUMBERS.filter((w) => w !== 'năm')
    .map((w) => w.replace(/\s+/gu, '\\s+'))
    .join('|')})(?=\\s+tháng(?![\\p{L}]))`,
  'giu',
);

/** The folded text the period rules read: `f.folded`, with month counts spelled in words written as digits in the same space. */
export function periodText(original: string, f: FoldedText): string {
  let out = f.folded;
  for (const m of original.matchAll(SPELLED_MONTH_COUNT)) {
    const n = spelledNumber(m[0].toLowerCase().replace(/\s+/gu, ' '));
    const start = f.toFolded(m.index);
    const end = f.toFolded(m.index + m[0].length);
    if (n === undefined || n > 12 || end - start < String(n).length) continue;
    out = out.slice(0, start) + String(n).padEnd(end - start, ' ') + out.slice(end);
  }
  return out;
}

/** Every time expression in the folded page text, longest first where two overlap, comparisons left out (or only those, with `inComparisons`). */
export function findPeriods(folded: string, inComparisons = false): PeriodMention[] {
  const comparisons = findComparisons(folded);
  const found: PeriodMention[] = [];
  for (const rule of RULES) {
    for (const hit of findAll(rule.pattern, folded)) {
      const what = rule.read(hit.match, folded.slice(Math.max(0, hit.start - 24), hit.start));
      if (what) found.push({ start: hit.start, end: hit.end, ...what });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Coverage(folded.length);
  const compared = new Coverage(folded.length, comparisons);
  const kept: PeriodMention[] = [];
  for (const m of found) {
    if (taken.hits(m) || compared.hits(m) !== inComparisons) continue;
    taken.add(m);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The year a mention names outright, if it does. */
export function yearOf(m: PeriodWhat): number | undefined {
  switch (m.type) {
    case 'year':
      return m.year;
    case 'range':
      return m.to;
    case 'until':
      return m.year;
    case 'half':
    case 'months':
    case 'quarter':
    case 'month':
      return m.year;
    default:
      return undefined;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (y: number, m: number): string => `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;

export function yearPeriod(year: number): Period {
  return { key: String(year), from: `${year}-01-01`, to: `${year}-12-31`, basis: 'year' };
}

/**
 * The period a mention stands for. `contextYear` fills in a half, quarter or month written without
 * its year (the year named earlier in the paragraph, else the publication year).
 */
export function periodOf(m: PeriodWhat, contextYear: number | undefined, publishedAt: string | undefined): Period | undefined {
  const pubYear = publishedAt ? Number(publishedAt.slice(0, 4)) : undefined;
  switch (m.type) {
    case 'year':
      return yearPeriod(m.year);
    case 'this-year':
      return pubYear ? yearPeriod(pubYear) : undefined;
    case 'whole-year': {
      const y = contextYear ?? pubYear;
      return y ? yearPeriod(y) : undefined;
    }
    case 'last-year': {
      const y = contextYear ?? pubYear;
      return y ? yearPeriod(y - 1) : undefined;
    }
    case 'range':
      return { key: `${m.from}-${m.to}`, from: `${m.from}-01-01`, to: `${m.to}-12-31`, basis: 'range' };
    case 'half': {
      const y = m.year ?? contextYear ?? pubYear;
      if (!y) return undefined;
      return m.half === 1
        ? { key: `${y}-H1`, from: `${y}-01-01`, to: `${y}-06-30`, basis: 'half' }
        : { key: `${y}-H2`, from: `${y}-07-01`, to: `${y}-12-31`, basis: 'half' };
    }
    case 'months': {
      const y = m.year ?? contextYear ?? pubYear;
      return y ? { key: `${y}-${m.months}M`, from: `${y}-01-01`, to: lastDay(y, m.months), basis: 'range' } : undefined;
    }
    case 'quarter': {
      const y = m.year ?? contextYear ?? pubYear;
      if (!y) return undefined;
      const first = (m.quarter - 1) * 3 + 1;
      return { key: `${y}-Q${m.quarter}`, from: `${y}-${pad(first)}-01`, to: lastDay(y, first + 2), basis: 'quarter' };
    }
    case 'month': {
      const y = m.year ?? contextYear ?? pubYear;
      return y ? { key: `${y}-${pad(m.month)}`, from: `${y}-${pad(m.month)}-01`, to: lastDay(y, m.month), basis: 'month' } : undefined;
    }
    case 'until': {
      const to = m.day && m.month ? `${m.year}-${pad(m.month)}-${pad(m.day)}` : m.month ? lastDay(m.year, m.month) : `${m.year}-12-31`;
      const key = m.day && m.month ? `to-${to}` : m.month ? `to-${m.year}-${pad(m.month)}` : `to-${m.year}`;
      return { key, from: to, to, basis: 'cumulative' };
    }
    case 'to-date':
      return publishedAt ? { ...publicationPeriod(publishedAt), basis: 'cumulative' } : undefined;
  }
}

/**
 * What a figure speaks for when the page says nothing: the state of things as of the day (or
 * month, or year) it was published — the same key as an explicit `đến nay`, so the two line up.
 */
export function publicationPeriod(publishedAt: string): Period {
  const [y, m, d] = publishedAt.split('-').map(Number);
  const key = `to-${publishedAt}`;
  if (y && m && d) return { key, from: publishedAt, to: publishedAt, basis: 'publication' };
  if (y && m) return { key, from: `${y}-${pad(m)}-01`, to: lastDay(y, m), basis: 'publication' };
  return { ...yearPeriod(y ?? 0), key, basis: 'publication' };
}

/**
 * A ranking's year is not its publication year: the DTI, PAR Index, SIPAS, PCI and PAPI for a
 * year are published in the spring or summer of the next (the DTI 2022 came out in 2023). A rank
 * quoted without a year on a page from 2023 is therefore the 2022 ranking.
 */
export function rankingPeriod(publishedAt: string): Period {
  return yearPeriod(Number(publishedAt.slice(0, 4)) - 1);
}

/** A goal set for a span of years is a goal to reach by its last year (`giai đoạn 2021-2025` → `to-2025`). */
export function goalPeriod(p: Period): Period {
  if (p.basis !== 'range' || !/^\d{4}-\d{4}$/.test(p.key)) return p;
  return { ...p, key: `to-${p.key.slice(5)}` };
}
