import type { Language } from '../text/language';

/**
 * Reads a numeral as written on the page.
 *
 * Vietnamese: `.` groups thousands and `,` is the decimal mark (`1.234.567`, `98,65`, `1.573,1`).
 * English: the other way round (`1,234.5`). When a numeral cannot be read in the page's notation
 * it is read in the other one, since both appear on either kind of page (`8.5%` on a Vietnamese
 * page is a decimal: a thousands group always has three digits). Returns null for what is not a
 * quantity: malformed groupings (`27.9.2019`, `1.1.1`) and numerals too long to be exact.
 */
export function readNumber(raw: string, language: Language = 'vi'): number | null {
  return readNumeral(raw, language)?.value ?? null;
}

/** A numeral's value and the digits written after its decimal mark (`9,0` → 9 with one decimal). */
export function readNumeral(raw: string, language: Language = 'vi'): { value: number; decimals: number } | null {
  if (raw.length > 24) return null;
  const first = language === 'en' ? readWith(raw, ',', '.') : readWith(raw, '.', ',');
  if (first !== null) return first;
  return language === 'en' ? readWith(raw, '.', ',') : readWith(raw, ',', '.');
}

/** Digits after the decimal mark, for rules that care how precisely a number is written. */
export function fractionDigits(raw: string, language: Language = 'vi'): number {
  const value = readNumber(raw, language);
  if (value === null || Number.isInteger(value)) return 0;
  const mark = Math.max(raw.lastIndexOf(','), raw.lastIndexOf('.'));
  return mark < 0 ? 0 : raw.length - mark - 1;
}

function readWith(raw: string, group: string, decimal: string): { value: number; decimals: number } | null {
  let integer = raw;
  let fraction = '';
  const mark = raw.indexOf(decimal);
  if (mark >= 0) {
    if (raw.indexOf(decimal, mark + 1) >= 0) return null;
    integer = raw.slice(0, mark);
    fraction = raw.slice(mark + 1);
    if (fraction.includes(group)) return null;
  }
  const groups = integer.split(group);
  if (groups.length > 1) {
    if (groups[0]!.length > 3 || groups[0]!.length === 0) return null;
    for (let g = 1; g < groups.length; g++) if (groups[g]!.length !== 3) return null;
  } else if (mark < 0 && integer.length > 1 && integer.includes(decimal)) {
    return null;
  }
  const digits = groups.join('');
  if (digits.length > 15) return null;
  const value = Number(fraction ? `${digits}.${fraction}` : digits);
  return Number.isFinite(value) ? { value, decimals: fraction.length } : null;
}

/** `value × scale` without binary noise: 8,2 triệu is 8 200 000, not 8 199 999.999999999. */
export function applyScale(value: number, scale: number): number {
  return scale === 1 ? value : Number((value * scale).toPrecision(15));
}
