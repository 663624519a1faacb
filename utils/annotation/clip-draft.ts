/**
 * What the card hands the notebook when the reader clips a mark: the item with its attribution,
 * the sentence around it, and W3C TextQuote / TextPosition selectors into the page text.
 */
import type { FigureContext } from '../attribution/types';
import type { ClipDraft } from '../messaging';
import type { Marked } from './marks';
import { clauseAround } from '../extraction/text/sentences';

/** Characters of context on each side of a quote: enough to tell repeated quotes apart. */
export const QUOTE_CONTEXT = 32;

const UNKNOWN: FigureContext = { indicator: 'unknown', subject: 'unknown', period: 'unknown' };

/** The sentence holding `text.slice(start, end)`, up to a semicolon: the one splitter's clause around it. */
export function sentenceAround(text: string, start: number, end: number): string {
  const clause = clauseAround(text, start, end);
  return text.slice(clause.start, clause.end);
}

export interface PageFacts {
  url: string;
  title: string;
  site: string;
  publishedAt?: string;
  /** A PDF in Soi's viewer: its fingerprint, and the page of a text offset. */
  pdf?: { fingerprint: string; pageAt(offset: number): number };
}

/** A clip draft for an item found at `start..end` of the page text `text`. */
export function clipDraft(item: Marked, text: string, start: number, end: number, page: PageFacts, context?: FigureContext): ClipDraft {
  const selectors = {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
    position: { start, end },
  };
  const source = {
    attribution: context ?? UNKNOWN,
    sentence: sentenceAround(text, start, end),
    selectors,
    url: page.url,
    title: page.title.slice(0, 1_000),
    site: page.site,
    ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
    ...(page.pdf ? { pdf: { fingerprint: page.pdf.fingerprint, page: page.pdf.pageAt(start) } } : {}),
  };
  if (item.type === 'figure') {
    const f = item.figure;
    return {
      kind: 'figure',
      text: f.text,
      value: f.value,
      figureKind: f.kind,
      ...(f.unit !== undefined ? { unit: f.unit } : {}),
      ...(f.of !== undefined ? { of: f.of } : {}),
      ...(f.qualifier !== undefined ? { qualifier: f.qualifier } : {}),
      ...source,
    };
  }
  const r = item.type === 'reference' ? item.reference : (item.cited ?? item.backref);
  const full = item.type === 'reference' ? item.reference : item.cited;
  return {
    kind: 'reference',
    text: item.type === 'reference' ? item.reference.text : item.backref.text,
    symbol: r.symbol,
    ...(r.docType !== undefined ? { docType: r.docType } : {}),
    ...(full?.issuer !== undefined ? { issuer: full.issuer } : {}),
    ...(full?.date !== undefined ? { date: full.date } : {}),
    ...source,
  };
}
