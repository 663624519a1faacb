/** How a card says a figure's value and a document's date: plain numbers in the reader's language. */
import type { Figure } from '../../utils/extraction/types';
import { getLanguage, t } from '../../utils/i18n';

function locale(): string {
  return getLanguage() === 'vi' ? 'vi-VN' : 'en-US';
}

/**
 * One formatter per kind and language, made on first use: making one costs a hundred times more than
 * formatting with it, and the notebook's list and grid format hundreds of values per paint.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, make: (locale: string) => F): F {
  const key = `${kind}:${locale()}`;
  let made = formatters.get(key) as F | undefined;
  if (!made) formatters.set(key, (made = make(locale())));
  return made;
}

/** A number in full, with the reader's digit grouping (`1,9 triệu` → `1.900.000`). */
export function plainNumber(value: number): string {
  return formatter('number', (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 6 })).format(value);
}

/** The value of a figure as a reader would say it in full. */
export function figureValue(figure: Figure): string {
  const n = plainNumber(figure.value);
  switch (figure.kind) {
    case 'percent':
      return `${n} %`;
    case 'rank':
      return figure.of !== undefined ? t('card.rankOf', { value: n, of: plainNumber(figure.of) }) : n;
    case 'rank_change':
      return figure.value < 0 ? t('card.rankDown', { n: plainNumber(-figure.value) }) : t('card.rankUp', { n });
    case 'ratio':
      return figure.of !== undefined ? t('card.ratioOf', { value: n, of: plainNumber(figure.of), unit: figure.unit ?? '' }).trim() : n;
    case 'money':
      return figure.unit === 'USD' ? `${n} USD` : `${n} ${getLanguage() === 'vi' ? 'đồng' : 'VND'}`;
    case 'count':
      return figure.unit ? `${n} ${figure.unit}` : n;
    case 'score':
      return n;
  }
}

/** An ISO date (`2021-10-15`) as the reader writes dates (`15/10/2021`). */
export function plainDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return formatter('date', (locale) => new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })).format(date);
}
