/**
 * The whole analysis on a page's own thread, in slices: for pages that refuse the worker, loaded
 * lazily (`reader-analysis.js`, or the PDF viewer's chunk), never by the content script.
 */
import { extract } from '../extraction';
import type { Analysis } from './analysis';
import { extractInSlices } from './extract-in-slices';
import { noteExtraction } from './noting';

export const inPage: Analysis = {
  extract: (text, signal) => extractInSlices(text, extract, signal ? { signal } : {}),
  note: (text, found, page, signal) => noteExtraction(text, found, page, signal),
};
