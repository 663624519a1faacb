/**
 * Keyboard: Alt+Shift+N / Alt+Shift+P move to the next / previous mark, bring it into view and
 * open its card with focus inside; Escape closes the card.
 */
import { stepTo, watchKeys } from '../keyboard';
import type { Mark } from '../marks';
import type { Cards } from './card';
import type { ReaderCore } from './core';
import type { Reveal } from './reveal';

export function initKeyboard(core: ReaderCore, cards: Cards, reveal: Reveal, signal: AbortSignal): void {
  const { painter, annotator } = core;
  const isAbove = (mark: Mark) => painter.rangeOf(mark).getBoundingClientRect().bottom < 0;
  const stop = watchKeys(
    core.doc,
    (step) => {
      const current = core.focused && annotator.marks.has(core.focused) ? core.focused : undefined;
      const target = stepTo(core.ordered(), current, step, isAbove);
      if (!target) return;
      core.focused = target;
      reveal.show(target);
      void cards.open(target, true);
    },
    () => {
      if (cards.shown()) cards.close();
    },
  );
  core.on('reset', () => (core.focused = undefined), signal);
  signal.addEventListener('abort', stop);
}
