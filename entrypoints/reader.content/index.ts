/**
 * Reads a page on the reading list and reports what it found on <html> (`data-soi-*`), so the
 * page, tests and outside checks can see that Soi ran. Marking and cards come with the annotator.
 */
import { readPageText } from '@/utils/annotation/page-text';
import { extract } from '@/utils/extraction';
import { matchPatterns } from '@/utils/reading-list';

export default defineContentScript({
  matches: matchPatterns(),
  runAt: 'document_idle',
  main() {
    const root = document.documentElement;
    root.dataset.soiState = 'reading';
    const { text } = readPageText(document.body);
    const found = extract(text);
    root.dataset.soiFigures = String(found.figures.length);
    root.dataset.soiReferences = String(found.references.length);
    root.dataset.soiState = 'done';
  },
});
