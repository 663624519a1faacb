/**
 * UI strings. Vietnamese is the default, English complete; the reader can switch at run time,
 * which `browser.i18n` cannot, so the messages live here and the manifest's own strings in
 * `public/_locales`. Each area keeps its strings in `messages/<area>.ts`.
 */
import { common } from './messages/common';
import { annotation } from './messages/annotation';
import { checks } from './messages/checks';
import { shell } from './messages/shell';
import { options } from './messages/options';
import { welcome } from './messages/welcome';
import { notebook } from './messages/notebook';
import { pdf } from './messages/pdf';
import { safety } from './messages/safety';

const areas = [common, annotation, checks, shell, options, welcome, notebook, pdf, safety] as const;

export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

type Area = (typeof areas)[number];
type KeysOf<A> = A extends { vi: infer V } ? keyof V : never;
export type MessageKey = KeysOf<Area>;

const tables: Record<Language, Record<string, string>> = { vi: {}, en: {} };
for (const area of areas) {
  Object.assign(tables.vi, area.vi);
  Object.assign(tables.en, area.en);
}

let current: Language = 'vi';

export function setLanguage(language: Language): void {
  current = language;
}

export function getLanguage(): Language {
  return current;
}

/** The message for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  const template = tables[current][key] ?? tables.vi[key] ?? key;
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Every key with its text in each language, for the completeness test. */
export function messageTables(): Record<Language, Readonly<Record<string, string>>> {
  return tables;
}
