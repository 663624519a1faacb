/**
 * A mark: one figure or reference found on the page, tied to the text-node stretches that show it.
 */
import type { FigureContext } from '../attribution/types';
import type { BackReference, Extraction, Figure, Reference } from '../extraction/types';
import { domPiecesOf, type DomPiece, type PageText } from './page-text';

export type Marked =
  | { type: 'figure'; figure: Figure }
  | { type: 'reference'; reference: Reference }
  /** A short mention; `cited` is the full reference it points to, when the page gave it. */
  | { type: 'backref'; backref: BackReference; cited?: Reference };

export type MarkStyle = 'figure' | 'reference' | 'backref';

/** What other parts of Soi said about a figure: its page checks and the notebook's cross-check. */
export interface MarkNotes {
  context?: FigureContext;
  check?: { status: 'ok' | 'warning'; explanations: string[] };
  crossCheck?: { matches: Source[]; contradictions: Source[]; held: boolean };
}

export interface Source {
  text: string;
  value: number;
  title: string;
  site: string;
  url: string;
  publishedAt?: string;
}

export interface Mark {
  id: number;
  item: Marked;
  /** The text-node stretches, in document order; several when the item crosses inline elements. */
  pieces: DomPiece[];
  notes: MarkNotes;
}

export function textOf(item: Marked): string {
  return item.type === 'figure' ? item.figure.text : item.type === 'reference' ? item.reference.text : item.backref.text;
}

/** How the page's ignore list names an item: its type and text. */
export function ignoreKeyOf(item: Marked): string {
  return `${item.type}:${textOf(item)}`;
}

export function styleOf(item: Marked): MarkStyle {
  return item.type;
}

/** Every item of an extraction, as marks to be, in text order. */
export function itemsOf(found: Extraction): { item: Marked; start: number; end: number }[] {
  const bySymbol = new Map(found.references.map((r) => [r.symbol, r] as const));
  const items: { item: Marked; start: number; end: number }[] = [
    ...found.figures.map((figure) => ({ item: { type: 'figure', figure } as Marked, start: figure.start, end: figure.end })),
    ...found.references.map((reference) => ({ item: { type: 'reference', reference } as Marked, start: reference.start, end: reference.end })),
    ...found.backrefs.map((backref) => {
      const cited = bySymbol.get(backref.symbol);
      const item: Marked = cited ? { type: 'backref', backref, cited } : { type: 'backref', backref };
      return { item, start: backref.start, end: backref.end };
    }),
  ];
  return items.sort((a, b) => a.start - b.start || a.end - b.end);
}

type Spanned = { start: number; end: number };

const inOrder = (list: readonly Spanned[]) => list.every((x, i) => i === 0 || (list[i - 1] as Spanned).start <= x.start);

/**
 * The same items as `itemsOf`, in the same order, made one at a time: extraction lists each kind
 * in text order already, so they are merged as they are taken rather than sorted all at once,
 * and a big page's tens of thousands of items never cost one long task.
 */
export function* itemsInOrder(found: Extraction): Generator<{ item: Marked; start: number; end: number }> {
  if (![found.figures, found.references, found.backrefs].every(inOrder)) {
    yield* itemsOf(found);
    return;
  }
  const bySymbol = new Map(found.references.map((r) => [r.symbol, r] as const));
  let f = 0;
  let r = 0;
  let b = 0;
  const before = (x: Spanned | undefined, y: Spanned | undefined) => !y || (x !== undefined && (x.start - y.start || x.end - y.end) <= 0);
  for (;;) {
    const figure = found.figures[f];
    const reference = found.references[r];
    const backref = found.backrefs[b];
    if (figure && before(figure, reference) && before(figure, backref)) {
      f++;
      yield { item: { type: 'figure', figure }, start: figure.start, end: figure.end };
    } else if (reference && before(reference, backref)) {
      r++;
      yield { item: { type: 'reference', reference }, start: reference.start, end: reference.end };
    } else if (backref) {
      b++;
      const cited = bySymbol.get(backref.symbol);
      yield { item: cited ? { type: 'backref', backref, cited } : { type: 'backref', backref }, start: backref.start, end: backref.end };
    } else return;
  }
}

let nextId = 1;

/**
 * Marks for the items that map onto the DOM; an item whose span no text node covers (which would
 * be a defect upstream) is left out rather than marked in the wrong place.
 */
export function marksFor(page: PageText, items: { item: Marked; start: number; end: number }[]): Mark[] {
  const marks: Mark[] = [];
  for (const { item, start, end } of items) {
    const pieces = domPiecesOf(page, start, end);
    if (pieces.length === 0) continue;
    marks.push({ id: nextId++, item, pieces, notes: {} });
  }
  return marks;
}

/** Figures and references (full and short) counted the way `<html data-soi-*>` reports them. */
export function countMarks(marks: Iterable<Mark>): { figures: number; references: number } {
  let figures = 0;
  let references = 0;
  for (const mark of marks) {
    if (mark.item.type === 'figure') figures++;
    else references++;
  }
  return { figures, references };
}

/** Whether all the text nodes a mark covers are still in the document with the text it marked. */
export function isIntact(mark: Mark): boolean {
  return mark.pieces.every((piece) => piece.node.isConnected && piece.to <= piece.node.data.length);
}
