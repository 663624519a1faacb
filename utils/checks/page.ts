/**
 * A page as the checks see it: its text cut into sentences, and its figures in reading order with the
 * sentence each sits in. Rules only relate figures of one sentence: that is where a page makes a
 * relation between numbers clear.
 */
import type { Figure } from '../extraction/types';
import type { CheckInput, FigureContextLike } from './types';

export interface Span {
  start: number;
  end: number;
}

export interface Page {
  text: string;
  figures: readonly Figure[];
  contexts?: readonly (FigureContextLike | undefined)[];
  /** Figure indexes sorted by where they start. */
  order: number[];
  sentences: Span[];
  /** Sentence id of each figure (by figure index). */
  sentenceOf: number[];
  /** Figure indexes of each sentence, in reading order. */
  bySentence: number[][];
}

/**
 * A sentence ends at a line break, or at `.`, `!`, `?`, `…` followed by a space. Digits grouped
 * with dots (`177.427`) never end one because no space follows the dot.
 */
function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const endsHere = char === '\n' || ((char === '.' || char === '!' || char === '?' || char === '…') && /\s/.test(text[i + 1] ?? ' '));
    if (endsHere) {
      spans.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length || spans.length === 0) spans.push({ start, end: text.length });
  return spans;
}

function sentenceIndex(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid] as Span).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function readPage(input: CheckInput): Page {
  const { text, figures, contexts } = input;
  const sentences = sentenceSpans(text);
  const order = figures.map((_, i) => i).sort((a, b) => (figures[a] as Figure).start - (figures[b] as Figure).start || a - b);
  const sentenceOf = figures.map((figure) => sentenceIndex(sentences, figure.start));
  const bySentence: number[][] = sentences.map(() => []);
  for (const i of order) (bySentence[sentenceOf[i] as number] as number[]).push(i);
  return { text, figures, contexts, order, sentences, sentenceOf, bySentence };
}

export function figure(page: Page, i: number): Figure {
  return page.figures[i] as Figure;
}

/** The page text between two figures (empty when they touch or overlap). */
export function gap(page: Page, before: number, after: number): string {
  const a = figure(page, before);
  const b = figure(page, after);
  return a.end < b.start ? page.text.slice(a.end, b.start) : '';
}

/** Up to `max` characters before a figure, not reaching back past its sentence. */
export function lead(page: Page, i: number, max = 60): string {
  const f = figure(page, i);
  const sentence = page.sentences[page.sentenceOf[i] as number] as Span;
  return page.text.slice(Math.max(sentence.start, f.start - max), f.start);
}

/** Up to `max` characters after a figure, not running past its sentence. */
export function tail(page: Page, i: number, max = 60): string {
  const f = figure(page, i);
  const sentence = page.sentences[page.sentenceOf[i] as number] as Span;
  return page.text.slice(f.end, Math.min(sentence.end, f.end + max));
}

/** The figures of the same sentence, in reading order. */
export function sentenceMates(page: Page, i: number): number[] {
  return page.bySentence[page.sentenceOf[i] as number] as number[];
}

/** Whether two figures overlap in the text (an extractor may give `8.793/6.500 đảng viên` and `6.500 đảng viên`). */
export function overlaps(page: Page, a: number, b: number): boolean {
  const x = figure(page, a);
  const y = figure(page, b);
  return x.start < y.end && y.start < x.end;
}
