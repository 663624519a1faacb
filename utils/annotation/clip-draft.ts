/**
 * What the card hands the notebook when the reader clips a mark: the item with its attribution,
 * the sentence around it, and W3C TextQuote / TextPosition selectors into the page text.
 */
import type { FigureContext } from '../attribution/types';
import type { ClipDraft } from '../messaging';
import type { Marked } from './marks';

/** Characters of context on each side of a quote: enough to tell repeated quotes apart. */
export const QUOTE_CONTEXT = 32;
const MAX_SENTENCE = 2_000;

const UNKNOWN: FigureContext = { indicator: 'unknown', subject: 'unknown', period: 'unknown' };

/** The sentence holding `text.slice(start, end)`: from the previous sentence end or line break to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < MAX_SENTENCE) {
    const ch = text[from - 1];
    if (ch === '\n' || ((ch === '.' || ch === '!' || ch === '?' || ch === ';') && /\s/.test(text[from] ?? ''))) break;
    from--;
  }
  let to = end;
  while (to < text.length && to - end < MAX_SENTENCE) {
    const ch = text[to];
    if (ch === '\n') break;
    if ((ch === '.' || ch === '!' || ch === '?' || ch === ';') && (to + 1 >= text.length || /\s/.test(text[to + 1] ?? ''))) {
      to++;
      break;
    }
    to++;
  }
  return text.slice(from, to).trim();
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
