/**
 * Words for full-text search. Analysts type without diacritics as often as with them
 * (`nam dinh` for `Nam Định`), so both the index and the query are folded the same way.
 */
import type { Clip } from './types';

/** Lower case, diacritics removed, `đ` read as `d`. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** The distinct folded words of a text, in order of first appearance. */
export function wordsIn(text: string): string[] {
  return [...new Set(fold(text).match(/[a-z0-9]+/g) ?? [])];
}

type Searchable = Pick<Clip, 'text' | 'sentence' | 'title' | 'site' | 'note' | 'tags' | 'attribution'> &
  Partial<{ symbol: string; docType: string; issuer: string }>;

/** What a search for a clip could mean: its words, where it was found, what it is about, the analyst's notes. */
export function clipWords(clip: Searchable): string[] {
  const { indicator, subject, period } = clip.attribution;
  const parts = [
    clip.text,
    clip.sentence,
    clip.title,
    clip.site,
    clip.note,
    ...clip.tags,
    indicator === 'unknown' ? '' : `${indicator.id} ${indicator.name}`,
    subject === 'unknown' ? '' : subject.name,
    period === 'unknown' ? '' : period.key,
    clip.symbol ?? '',
    clip.docType ?? '',
    clip.issuer ?? '',
  ];
  return wordsIn(parts.join(' '));
}

/** The host name an analyst would call the site: lower case, without `www.`. */
export function siteOf(url: string, fallback = ''): string {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // Not a web address (an imported table): the caller's name for the source stands.
  }
  return (host || fallback).toLowerCase().replace(/^www\./, '');
}
