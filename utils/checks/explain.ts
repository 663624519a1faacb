/**
 * Spells a finding's arithmetic out in both UI languages, numbers written each language's way.
 * The wording lives with the other UI strings (`utils/i18n/messages/checks.ts`).
 */
import { checks } from '../i18n/messages/checks';
import type { Explanation } from './types';

type Key = keyof (typeof checks)['vi'];
type Language = keyof typeof checks;

/** A number to print, with the decimals to show; `signed` adds `+` to positive values; `scale` writes it in `tỷ`/`triệu`/`nghìn`. */
export interface Num {
  n: number;
  decimals?: number;
  signed?: boolean;
  scale?: Scale;
}

export type Scale = 1e3 | 1e6 | 1e9;

const SCALE_WORDS: Record<Language, Record<Scale, string>> = {
  vi: { 1e3: 'nghìn', 1e6: 'triệu', 1e9: 'tỷ' },
  en: { 1e3: 'thousand', 1e6: 'million', 1e9: 'billion' },
};

/**
 * Large round amounts read better in the page's own scale: `800 tỷ + 500 tỷ = 1.300 tỷ` rather than
 * twelve digits, `0,35 triệu + 1,55 triệu = 1,9 triệu`. The largest scale that keeps every amount
 * within three decimals and the smallest at 0,01 of the scale or more.
 */
export function displayScale(values: readonly number[]): Scale | undefined {
  const smallest = Math.min(...values.map(Math.abs).filter((v) => v > 0));
  for (const scale of [1e9, 1e6] as const) {
    if (smallest >= scale / 100 && values.every((v) => Math.abs(v / scale - Number((v / scale).toFixed(3))) < 1e-9)) return scale;
  }
  return undefined;
}

/** An interval of values compared: `1,245–1,255 triệu`, `≥ 79,5`, `≤ 5,5`. */
export interface Range {
  lo: number;
  hi: number;
  scale?: Scale;
  /** Decimals to print, the bounds rounded outwards so the printed range still holds the computed one. */
  decimals?: number;
}

export type Value = string | Num | readonly Num[] | Range;

export function range(interval: { lo: number; hi: number }, scale?: Scale, decimals?: number): Range {
  return { lo: interval.lo, hi: interval.hi, scale, decimals };
}

export function num(n: number, decimals?: number, signed?: boolean, scale?: Scale): Num {
  return { n, decimals, signed, scale };
}

const SEPARATORS: Record<Language, { group: string; decimal: string; join: string; list: string }> = {
  vi: { group: '.', decimal: ',', join: ' + ', list: ', ' },
  en: { group: ',', decimal: '.', join: ' + ', list: ', ' },
};

export function formatNumber({ n: raw, decimals, signed, scale }: Num, language: Language): string {
  const { group, decimal } = SEPARATORS[language];
  const n = scale ? raw / scale : raw;
  const places = decimals ?? (Number.isInteger(n) ? 0 : Math.min(scale ? 6 : 4, String(Number(n.toFixed(6))).split('.')[1]?.length ?? 0));
  const [whole = '0', fraction] = Math.abs(n).toFixed(places).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = n < 0 ? '−' : signed && n > 0 ? '+' : '';
  return sign + grouped + (fraction ? decimal + fraction : '') + (scale ? ` ${SCALE_WORDS[language][scale]}` : '');
}

function renderRange({ lo: exactLo, hi: exactHi, scale, decimals }: Range, language: Language): string {
  const step = decimals === undefined ? 0 : 10 ** decimals;
  const lo = step ? Math.floor(exactLo * step) / step : exactLo;
  const hi = step ? Math.ceil(exactHi * step) / step : exactHi;
  const bound = (n: number) => formatNumber({ n, scale, decimals }, language);
  if (!Number.isFinite(hi)) return `≥ ${bound(lo)}`;
  if (!Number.isFinite(lo)) return `≤ ${bound(hi)}`;
  if (lo === hi) return bound(lo);
  // The scale word once, after the upper bound: `1,245–1,255 triệu`.
  return `${formatNumber({ n: scale ? lo / scale : lo, decimals }, language)}–${bound(hi)}`;
}

function render(value: Value, language: Language): string {
  if (typeof value === 'string') return value;
  if ('lo' in value) return renderRange(value, language);
  if ('n' in value) return formatNumber(value as Num, language);
  return (value as readonly Num[]).map((v) => formatNumber(v, language)).join(SEPARATORS[language].join);
}

function fill(template: string, values: Record<string, Value>, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : render(value, language);
  });
}

export function explain(key: Key, values: Record<string, Value>): Explanation {
  return { vi: fill(checks.vi[key], values, 'vi'), en: fill(checks.en[key], values, 'en') };
}
