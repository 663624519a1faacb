import type { Extraction, Figure, Reference } from './types';
import { paragraphs } from './text/paragraphs';
import { languageOf } from './text/language';
import { findFigures, type Span } from './figures/find-figures';
import { contactStretches } from './figures/contact-lines';
import { findReferences, type FoundReference } from './references/find-references';
import { dateFromHeadings, dateFromLaterCitations, dateFromSentenceLeads } from './references/page-dates';
import { findBackrefs } from './references/backrefs';

/**
 * Every indicator figure, document reference and back-reference in a page's text.
 *
 * Figures and references are found a paragraph at a time (a paragraph ends at a blank line), so a
 * page's items are the union of its paragraphs' items. Then two page-wide passes: dates that reach
 * a reference from a sentence lead, a legal heading or a later full citation, and back-references to documents cited
 * anywhere on the page. Never throws: on a failure inside one paragraph that paragraph yields
 * nothing and the rest of the page is still read.
 */
export function extract(text: string): Extraction {
  const figures: Figure[] = [];
  const found: FoundReference[] = [];
  for (const { start, end } of paragraphs(text)) {
    try {
      const references = findReferences(text, start, end);
      const blocked: Span[] = [...references, ...contactStretches(text, start, end)];
      append(found, references);
      append(figures, findFigures(text, start, end, languageOf(text, start, end), blocked));
    } catch {
      // A bug must not cost the reader the rest of the page; the paragraph is skipped.
    }
  }
  let backrefs: Extraction['backrefs'] = [];
  try {
    dateFromSentenceLeads(text, found);
    dateFromHeadings(text, found);
    dateFromLaterCitations(found);
    backrefs = findBackrefs(text, found);
  } catch {
    // Same reasoning: page-wide passes only add to what was already found.
  }
  const references: Reference[] = found.map(({ heading: _heading, number: _number, ...reference }) => reference);
  return { figures, references, backrefs };
}

/** `push(...items)` spreads onto the call stack, which overflows on a paragraph of ~70 000 figures. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
