/**
 * Spells a finding's arithmetic out in both UI languages, numbers written each language's way.
 * The wording lives with the other UI strings (`utils/i18n/messages/checks.ts`).
 */
import { checks } from '../i18n/messages/checks';
import type { Explanation } from './types';

type Key = keyof (typeof checks)['vi'];
type Language = keyof typeof checks;

/** A number to print, with the decimals to show; `signed` adds `+` to positive values. */
export interface Num {
  n: number;
  decimals?: number;
  signed?: boolean;
}

export type Value = string | Num | readonly Num[];

export function num(n: number, decimals?: number, signed?: boolean): Num {
  return { n, decimals, signed };
}

const SEPARATORS: Record<Language, { group: string; decimal: string; join: string; list: string }> = {
  vi: { group: '.', decimal: ',', join: ' + ', list: ', ' },
  en: { group: ',', decimal: '.', join: ' + ', list: ', ' },
};

export function formatNumber({ n, decimals, signed }: Num, language: Language): string {
  const { group, decimal } = SEPARATORS[language];
  const places = decimals ?? (Number.isInteger(n) ? 0 : 2);
  const [whole = '0', fraction] = Math.abs(n).toFixed(places).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = n < 0 ? '−' : signed && n > 0 ? '+' : '';
  return sign + grouped + (fraction ? decimal + fraction : '');
}

function render(value: Value, language: Language): string {
  if (typeof value === 'string') return value;
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
