/**
 * Moving between marks from the keyboard: Alt+Shift+N goes to the next mark, Alt+Shift+P to the
 * previous one; the mark is scrolled into view and its card opens with focus inside it.
 * Keys typed into the page's own fields are left alone.
 */
import type { Mark } from './marks';

export type Step = 'next' | 'previous';

/** Which step a key press asks for, if any. `code` is used because Alt changes `key` on some layouts. */
export function stepFor(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): Step | undefined {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return undefined;
  if (event.code === 'KeyN') return 'next';
  if (event.code === 'KeyP') return 'previous';
  return undefined;
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || typeof element.closest !== 'function') return false;
  return element.isContentEditable || element.closest('input,textarea,select,[contenteditable]:not([contenteditable="false"])') !== null;
}

/** Marks in reading order. */
export function inDocumentOrder(marks: Iterable<Mark>): Mark[] {
  return [...marks].sort((a, b) => {
    const x = a.pieces[0];
    const y = b.pieces[0];
    if (!x || !y) return 0;
    if (x.node === y.node) return x.from - y.from;
    return x.node.compareDocumentPosition(y.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * The mark a step lands on. From no current mark, `next` starts at the first mark at or below the
 * top of the viewport (`isAbove` tells which marks are above it), `previous` at the last one above it.
 */
export function stepTo(ordered: readonly Mark[], current: Mark | undefined, step: Step, isAbove: (mark: Mark) => boolean): Mark | undefined {
  if (ordered.length === 0) return undefined;
  const at = current ? ordered.indexOf(current) : -1;
  if (at >= 0) {
    const next = step === 'next' ? at + 1 : at - 1;
    return ordered[(next + ordered.length) % ordered.length];
  }
  // Reading order is top to bottom, so the first mark not above the viewport is found by bisection.
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAbove(ordered[mid] as Mark)) lo = mid + 1;
    else hi = mid;
  }
  if (step === 'next') return ordered[lo % ordered.length];
  return ordered[(lo - 1 + ordered.length) % ordered.length];
}

export function watchKeys(doc: Document, onStep: (step: Step) => void, onEscape: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      onEscape();
      return;
    }
    const step = stepFor(event);
    if (!step || isTyping(event.composedPath()[0] ?? event.target)) return;
    event.preventDefault();
    event.stopPropagation();
    onStep(step);
  };
  doc.addEventListener('keydown', onKey, { capture: true });
  return () => doc.removeEventListener('keydown', onKey, { capture: true });
}
