/**
 * Finds the mark under the pointer. Highlights are not elements, so there is no event target to
 * ask: the caret position under the pointer names a text node and offset, the painter's index
 * names the mark there, and the mark's own boxes confirm the pointer is really over its text
 * (a caret position snaps to the nearest character even over a margin).
 */
import type { Mark } from './marks';
import type { Painter } from './painter';

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** Slack around a mark's boxes, in CSS pixels, so the pointer need not be pixel-exact. */
const SLACK = 2;

function inside(rects: DOMRectList, x: number, y: number): boolean {
  for (const r of rects) {
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return true;
  }
  return false;
}

export function markAtPoint(doc: Document, painter: Painter, x: number, y: number): Mark | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return undefined;
  const mark = painter.markAt(caret.node, caret.offset);
  if (!mark) return undefined;
  return inside(painter.rangeOf(mark).getClientRects(), x, y) ? mark : undefined;
}

export interface HoverOptions {
  /** How long the pointer rests on a mark before its card opens. */
  openDelayMs?: number;
  /** How long after the pointer leaves a mark (and its card) the card closes. */
  closeDelayMs?: number;
  /** Least time between two hit-tests while the pointer moves. */
  throttleMs?: number;
  /** Whether the pointer is over Soi's own card (which keeps it open). */
  overCard: (target: EventTarget | null) => boolean;
  onEnter: (mark: Mark) => void;
  onLeave: () => void;
}

/** Hover: opens a card when the pointer rests on a mark, closes it when the pointer has left both. */
export function watchHover(doc: Document, painter: Painter, options: HoverOptions): () => void {
  const openDelay = options.openDelayMs ?? 180;
  const closeDelay = options.closeDelayMs ?? 350;
  const throttle = options.throttleMs ?? 60;
  let last = 0;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let current: Mark | undefined;

  const test = (x: number, y: number, target: EventTarget | null) => {
    last = performance.now();
    if (options.overCard(target)) {
      clearTimeout(closeTimer);
      return;
    }
    const mark = markAtPoint(doc, painter, x, y);
    if (mark === current) {
      if (mark) clearTimeout(closeTimer);
      return;
    }
    current = mark;
    clearTimeout(openTimer);
    if (mark) {
      clearTimeout(closeTimer);
      openTimer = setTimeout(() => options.onEnter(mark), openDelay);
    } else {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(options.onLeave, closeDelay);
    }
  };

  const onMove = (event: MouseEvent) => {
    const { clientX: x, clientY: y, target } = event;
    clearTimeout(trailing);
    const wait = throttle - (performance.now() - last);
    if (wait <= 0) test(x, y, target);
    else trailing = setTimeout(() => test(x, y, target), wait);
  };

  doc.addEventListener('mousemove', onMove, { passive: true, capture: true });
  return () => {
    doc.removeEventListener('mousemove', onMove, { capture: true });
    clearTimeout(trailing);
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };
}
