/**
 * A page as the checks see it: its text cut into sentences, and its figures in reading order with the
 * sentence each sits in. Rules only relate figures of one sentence: that is where a page makes a
 * relation between numbers clear.
 */
import { lines, sentences } from '../extraction/text/sentences';
import { spanIndexAt, type Span } from '../extraction/text/span';
import type { Figure } from '../extraction/types';
import type { CheckInput, FigureContextLike } from './types';
import { spelledMoves } from './spelled-moves';

export interface Page {
  text: string;
  /** The figures given, then the rank moves spelled in words (`giảm bốn bậc`) that the checks read as well. */
  figures: readonly Figure[];
  /** How many of `figures` were given: findings list only those. */
  given: number;
  contexts?: readonly (FigureContextLike | undefined)[];
  /** Indexes of the usable figures, sorted by where they start; the rules see no other. */
  order: number[];
  sentences: Span[];
  /** Sentence id of each figure (by figure index). */
  sentenceOf: number[];
  /** Figure indexes of each sentence, in reading order. */
  bySentence: number[][];
  /** Where each figure stands in its sentence's list. */
  posInSentence: number[];
}

/** The page's sentences from the one splitter: lines, then sentences within each line. */
function sentenceSpans(text: string): Span[] {
  const spans = lines(text).flatMap((line) => sentences(text, line));
  return spans.length > 0 ? spans : [{ start: 0, end: text.length }];
}

/** The sentence a figure starts in; a figure before the first sentence belongs to it. */
function sentenceIndex(spans: Span[], offset: number): number {
  return Math.max(0, spanIndexAt(spans, offset));
}

/** A figure the checks can reason about: finite numbers, and offsets inside the text it claims to come from. */
function usable(figure: Figure, text: string): boolean {
  const finite = Number.isFinite(figure.value) && (figure.of === undefined || Number.isFinite(figure.of));
  return finite && figure.start >= 0 && figure.start < figure.end && figure.end <= text.length;
}

export function readPage(input: CheckInput): Page {
  const { text, contexts } = input;
  const figures = [...input.figures, ...spelledMoves(text, input.figures)];
  const sentences = sentenceSpans(text);
  const order = figures
    .map((_, i) => i)
    .filter((i) => usable(figures[i] as Figure, text))
    .sort((a, b) => (figures[a] as Figure).start - (figures[b] as Figure).start || a - b);
  const sentenceOf = figures.map((figure) => sentenceIndex(sentences, figure.start));
  const bySentence: number[][] = sentences.map(() => []);
  const posInSentence: number[] = figures.map(() => 0);
  for (const i of order) {
    const list = bySentence[sentenceOf[i] as number] as number[];
    posInSentence[i] = list.length;
    list.push(i);
  }
  return { text, figures, given: input.figures.length, contexts, order, sentences, sentenceOf, bySentence, posInSentence };
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

/**
 * The figures of the same sentence after `i` (or before it, nearest first) that do not overlap it,
 * up to `maxChars` away. Relations are read between nearby figures only, which also keeps a page
 * that is one endless "sentence" (a table, a list) from costing more than a window per figure.
 */
/**
 * The figures of the sentence after `i`'s when that sentence goes on with `i`'s (`… 3.450 tỷ đồng.
 * Trong đó, …`): `opens` says whether its first words continue the relation.
 */
export function nextSentenceFigures(page: Page, i: number, opens: (start: string) => boolean): number[] {
  const at = page.sentenceOf[i] as number;
  const own = page.bySentence[at] as number[];
  if (own[own.length - 1] !== i) return [];
  const next = page.sentences[at + 1];
  const same = (a: Span | undefined, b: Span | undefined) => a !== undefined && b !== undefined && !page.text.slice(a.end, b.start).includes('\n');
  if (!next || !same(page.sentences[at], next) || !opens(page.text.slice(next.start, next.start + 40))) return [];
  return page.bySentence[at + 1] as number[];
}

export function following(page: Page, i: number, maxChars = 400): number[] {
  const mates = sentenceMates(page, i);
  const self = figure(page, i);
  const out: number[] = [];
  for (let k = (page.posInSentence[i] as number) + 1; k < mates.length; k++) {
    const j = mates[k] as number;
    const f = figure(page, j);
    if (f.start - self.end > maxChars) break;
    if (f.start >= self.end) out.push(j);
  }
  return out;
}

export function preceding(page: Page, i: number, maxChars = 400): number[] {
  const mates = sentenceMates(page, i);
  const self = figure(page, i);
  const out: number[] = [];
  for (let k = (page.posInSentence[i] as number) - 1; k >= 0; k--) {
    const j = mates[k] as number;
    const f = figure(page, j);
    if (self.start - f.start > maxChars + 2_000) break;
    if (f.end <= self.start && self.start - f.end <= maxChars) out.push(j);
  }
  return out;
}

/** The nearest figure after / before `i` in its sentence that does not overlap it. */
export function next(page: Page, i: number): number | undefined {
  const mates = sentenceMates(page, i);
  const self = figure(page, i);
  for (let k = (page.posInSentence[i] as number) + 1; k < mates.length; k++) {
    if (figure(page, mates[k] as number).start >= self.end) return mates[k];
  }
  return undefined;
}

export function previous(page: Page, i: number): number | undefined {
  const mates = sentenceMates(page, i);
  const self = figure(page, i);
  for (let k = (page.posInSentence[i] as number) - 1; k >= 0; k--) {
    if (figure(page, mates[k] as number).end <= self.start) return mates[k];
  }
  return undefined;
}

/** Whether two figures overlap in the text (an extractor may give `8.793/6.500 đảng viên` and `6.500 đảng viên`). */
export function overlaps(page: Page, a: number, b: number): boolean {
  const x = figure(page, a);
  const y = figure(page, b);
  return x.start < y.end && y.start < x.end;
}
