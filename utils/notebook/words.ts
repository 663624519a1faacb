/**
 * Words for full-text search. Analysts type without diacritics as often as with them
 * (`nam dinh` for `Nam Định`), so both the index and the query are folded the same way.
 */
import { foldedWords } from '../extraction/text/fold';
import type { Clip } from './types';

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
  return foldedWords(parts.join(' '));
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
