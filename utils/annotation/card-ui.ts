/**
 * The card as the reader sees it: what it is shown and what its buttons do. The reader owns this
 * interface and the card (`components/card`, loaded lazily) implements it, so the page-side code
 * never depends on the UI.
 */
import type { Language } from '../i18n';
import type { MarkNotes, Marked } from './marks';

export type ClipOutcome = { ok: true; duplicate: boolean } | { ok: false; error: string };

export interface CardActions {
  clip(): Promise<ClipOutcome>;
  copy(): Promise<boolean>;
  ignore(): void;
  close(): void;
}

export interface CardView {
  item: Marked;
  notes: MarkNotes;
  language: Language;
}

export interface CardUi {
  /** Shows the card beside `anchor` (the mark's box); `takeFocus` when opened from the keyboard. */
  show(view: CardView, actions: CardActions, anchor: DOMRect, takeFocus: boolean): void;
  hide(): void;
  isOpen(): boolean;
  /** Whether an event target is the card (events from inside a closed shadow root arrive retargeted to the host). */
  contains(target: EventTarget | null): boolean;
  dispose(): void;
}

/** Makes the card inside `parent` (the host's `cardParent()`), loading its code on first use. */
export type LoadCard = (doc: Document, parent: Element) => Promise<CardUi>;
