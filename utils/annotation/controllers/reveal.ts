/**
 * Reveal: brings a spot into view and shows it as the reader's current place, for the keyboard
 * and for the notebook opening a clip at its source (the clip's selectors are anchored again in
 * the host's text, so a page that changed a little still finds its spot).
 */
import { anchor } from '../../anchoring/anchor';
import { handle } from '../messages';
import type { Placed } from '../painter';
import { domPiecesOf } from '../text-host';
import type { Cards } from './card';
import type { ReaderCore } from './core';

export interface Reveal {
  /** Scrolls `target` into view, unless it is there already, and paints it as the current place. */
  show(target: Placed): void;
}

export function initReveal(core: ReaderCore, cards: Cards, signal: AbortSignal): Reveal {
  const { doc, painter, annotator, host } = core;

  const scrollTo = (target: Placed) => {
    const view = doc.defaultView;
    if (!view) return;
    cards.holdOpenWhileScrolling(500);
    const range = painter.rangeOf(target);
    let rect = range.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= view.innerHeight) return;
    target.pieces[0]?.node.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    rect = range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > view.innerHeight) view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: 'instant' });
  };

  const show = (target: Placed) => {
    scrollTo(target);
    painter.focus(target);
  };

  const stop = handle({
    'reader.reveal': async ({ selectors }) => {
      await core.firstPass().catch(() => undefined);
      const page = await host.read(host.root(), signal);
      const spot = anchor(page.text, selectors);
      if (spot.start === undefined || spot.end === undefined) return { ok: true, anchored: spot.status };
      const pieces = domPiecesOf(page, spot.start, spot.end);
      if (pieces.length === 0) return { ok: true, anchored: 'missing' };
      const covering = [...annotator.marks].find((mark) =>
        mark.pieces.some((piece) => pieces.some((p) => p.node === piece.node && p.from < piece.to && piece.from < p.to)),
      );
      core.focused = covering;
      show(covering ?? { pieces });
      // Answer once the card is up, so the side panel can tell the reader it is there.
      if (covering) await cards.open(covering, false);
      return { ok: true, anchored: spot.status };
    },
  });
  signal.addEventListener('abort', stop);
  return { show };
}
