/**
 * Puts the card on the page: a host element marked `data-soi-ui` (never read as page text) holding
 * a closed shadow root, so the page's scripts and styles cannot reach into the card.
 */
import { render } from 'preact';
import { SOI_UI_ATTRIBUTE } from '../../utils/annotation/page-text';
import { Card } from './Card';
import { CARD_CSS } from './card-css';
import type { CardUi } from '../../utils/annotation/card-ui';
import type { Marked } from '../../utils/annotation/marks';
import { setLanguage } from '../../utils/i18n';

const GAP = 6;

/** Where the card goes: under the mark when it fits, else above it, always inside the viewport. */
export function placeCard(anchor: DOMRect, size: { width: number; height: number }, viewport: { width: number; height: number }) {
  const left = Math.max(8, Math.min(anchor.left, viewport.width - size.width - 8));
  const below = anchor.bottom + GAP;
  const top = below + size.height <= viewport.height - 8 ? below : Math.max(8, anchor.top - GAP - size.height);
  return { left, top };
}

/** The card UI, appended to `parent` (the text host's `cardParent()`) when first shown. */
export function mountCard(doc: Document, parent: Element = doc.documentElement): CardUi {
  const host = doc.createElement('soi-card');
  host.setAttribute(SOI_UI_ATTRIBUTE, '');
  host.setAttribute('style', 'position: fixed; z-index: 2147483647; top: 0; left: 0; display: none;');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const container = doc.createElement('div');
  shadow.append(style, container);
  let open = false;
  // A new item gets a fresh card (its own status line); the same item keeps its card.
  let shownItem: Marked | undefined;
  let generation = 0;
  let restoreFocus: HTMLElement | null = null;

  const hide = () => {
    if (!open) return;
    open = false;
    host.style.display = 'none';
    render(null, container);
    shownItem = undefined;
    restoreFocus?.focus?.({ preventScroll: true });
    restoreFocus = null;
  };

  return {
    show(view, actions, anchor, takeFocus) {
      if (!host.isConnected) parent.append(host);
      if (takeFocus && !open) restoreFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
      open = true;
      host.style.display = 'block';
      host.style.visibility = 'hidden';
      setLanguage(view.language);
      if (view.item !== shownItem) generation++;
      shownItem = view.item;
      render(
        <Card
          key={generation}
          item={view.item}
          notes={view.notes}
          actions={{
            ...actions,
            close: () => {
              hide();
              actions.close();
            },
          }}
          takeFocus={takeFocus}
        />,
        container,
      );
      const card = container.firstElementChild as HTMLElement | null;
      const size = card ? { width: card.offsetWidth, height: card.offsetHeight } : { width: 360, height: 200 };
      const view_ = doc.defaultView;
      const { left, top } = placeCard(anchor, size, { width: view_?.innerWidth ?? 1024, height: view_?.innerHeight ?? 768 });
      host.style.left = `${Math.round(left)}px`;
      host.style.top = `${Math.round(top)}px`;
      host.style.visibility = 'visible';
      if (takeFocus) card?.focus();
    },
    hide,
    isOpen: () => open,
    contains: (target) => target === host,
    dispose() {
      hide();
      host.remove();
    },
  };
}
