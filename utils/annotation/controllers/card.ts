/**
 * Cards: a mark's card opens when the pointer rests on it (or the keyboard or a revealed clip
 * asks), and closes when the pointer leaves both, on Escape, or when the page scrolls under it.
 * The card's code is loaded on first use.
 */
import type { CardActions, CardUi, LoadCard } from '../card-ui';
import type { Mark } from '../marks';
import { watchHover } from '../pointer';
import type { ReaderCore } from './core';

export interface Cards {
  open(mark: Mark, takeFocus: boolean): Promise<void>;
  close(): void;
  /** The mark whose card is open. */
  shown(): Mark | undefined;
  /** The reader's own scrolling (to a mark) does not close the card for this long. */
  holdOpenWhileScrolling(ms: number): void;
}

export function initCards(
  core: ReaderCore,
  options: { load: LoadCard; actionsFor: (mark: Mark, close: () => void) => Omit<CardActions, 'close'> },
  signal: AbortSignal,
): Cards {
  const { doc, painter, annotator } = core;
  let card: Promise<CardUi> | undefined;
  let shown: Mark | undefined;
  let ownScrollUntil = 0;

  const close = () => {
    shown = undefined;
    painter.focus(undefined);
    void card?.then((c) => c.hide());
  };

  const open = async (mark: Mark, takeFocus: boolean) => {
    const ui = await (card ??= options.load(doc, core.host.cardParent()));
    if (!annotator.marks.has(mark) || signal.aborted) return;
    shown = mark;
    const anchor = painter.rangeOf(mark).getBoundingClientRect();
    ui.show({ item: mark.item, notes: mark.notes, language: core.language() }, { ...options.actionsFor(mark, close), close }, anchor, takeFocus);
  };

  const stopHover = watchHover(doc, painter, {
    overCard: (target) => Boolean(target && card && (target as Element).hasAttribute?.('data-soi-ui')),
    onEnter: (mark) => void open(mark, false),
    onLeave: () => {
      if (shown && shown !== core.focused) close();
    },
  });

  const onScroll = () => {
    if (shown && performance.now() > ownScrollUntil) close();
  };
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
  core.on('reset', close, signal);
  signal.addEventListener('abort', () => {
    stopHover();
    close();
    void card?.then((c) => c.dispose());
  });

  return {
    open,
    close,
    shown: () => shown,
    holdOpenWhileScrolling(ms) {
      ownScrollUntil = performance.now() + ms;
    },
  };
}
