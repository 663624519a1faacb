/**
 * Search in the viewer: over the document's text as Soi reads it, diacritics and case optional
 * (`dat 98` finds `đạt 98,65%`), each hit shown with a highlight on the text layer and scrolled to.
 */
import { fold } from '@/utils/extraction/text/fold';
import { domPiecesOf, type PageText } from '@/utils/annotation/text-host';

const HIGHLIGHT = 'soi-pdf-search';

export interface Search {
  /** Goes to the next (or previous) hit of `query`; returns the hit's number and the total. */
  find(query: string, backwards: boolean): { current: number; total: number };
}

export function createSearch(page: () => PageText, scrollTo: (range: Range) => void): Search {
  let folded: ReturnType<typeof fold> | undefined;
  let lastQuery = '';
  let hits: number[] = [];
  let at = -1;
  return {
    find(query, backwards) {
      const text = page();
      folded ??= fold(text.text);
      const needle = fold(query.trim()).folded;
      if (needle !== lastQuery) {
        lastQuery = needle;
        hits = [];
        at = -1;
        for (let k = needle ? folded.folded.indexOf(needle) : -1; k >= 0; k = folded.folded.indexOf(needle, k + 1)) hits.push(k);
      }
      CSS.highlights?.delete(HIGHLIGHT);
      if (!hits.length) return { current: 0, total: 0 };
      at = backwards ? (at - 1 + hits.length) % hits.length : (at + 1) % hits.length;
      const start = folded.toOriginal(hits[at]!);
      const end = folded.toOriginal(hits[at]! + needle.length);
      const pieces = domPiecesOf(text, start, end);
      const first = pieces[0];
      const last = pieces[pieces.length - 1];
      if (first && last) {
        const range = document.createRange();
        range.setStart(first.node, first.from);
        range.setEnd(last.node, last.to);
        CSS.highlights?.set(HIGHLIGHT, new Highlight(range));
        scrollTo(range);
      }
      return { current: at + 1, total: hits.length };
    },
  };
}
