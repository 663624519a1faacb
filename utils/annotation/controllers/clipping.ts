/**
 * Clipping: what a card's buttons do with its mark (clip to the notebook, copy with its source,
 * ignore on this page), and the figures of the reader's selection clipped at once (Alt+Shift+C).
 * A clip carries TextQuote / TextPosition selectors into the host's whole text.
 */
import type { ClipDraft } from '../../messaging';
import { handle, send } from '../messages';
import type { CardActions } from '../card-ui';
import { clipDraft, sentenceAround } from '../clip-draft';
import { ignoreKeyOf, textOf, type Mark } from '../marks';
import { ignoreOn } from '../site-switch';
import { offsetOf, type PageText } from '../text-host';
import type { ReaderCore } from './core';

/** Where a mark sits in the host's whole text (the text the notebook re-anchors against). */
export function positionOf(page: PageText, mark: Mark): { start: number; end: number } | undefined {
  const first = mark.pieces[0];
  const last = mark.pieces[mark.pieces.length - 1];
  if (!first || !last) return undefined;
  const start = offsetOf(page, first.node, first.from);
  const end = offsetOf(page, last.node, last.to);
  return start === undefined || end === undefined || end < start ? undefined : { start, end };
}

/** Most drafts one selection clips. */
const MAX_SELECTION = 500;

export function initClipping(core: ReaderCore, signal: AbortSignal): (mark: Mark, closeCard: () => void) => Omit<CardActions, 'close'> {
  const { host } = core;
  // Read again in slices: on a big page a whole read in one go is a long task for a click.
  const locate = async (mark: Mark) => {
    const page = await host.read(host.root(), signal);
    return { page, at: positionOf(page, mark) };
  };

  const stop = handle({
    'reader.clipSelection': async () => {
      const selection = core.doc.getSelection();
      if (!selection || selection.rangeCount === 0) return { ok: true, drafts: [] };
      const range = selection.getRangeAt(0);
      const chosen = core.ordered().filter((mark) => mark.pieces.some((piece) => range.intersectsNode(piece.node)));
      const page = await host.read(host.root(), signal);
      const facts = host.facts();
      const drafts: ClipDraft[] = [];
      for (const mark of chosen.slice(0, MAX_SELECTION)) {
        const at = positionOf(page, mark);
        if (at) drafts.push(clipDraft(mark.item, page.text, at.start, at.end, facts, mark.notes.context));
      }
      return { ok: true, drafts };
    },
  });
  signal.addEventListener('abort', stop);

  return (mark, closeCard) => ({
    async clip() {
      const { page, at } = await locate(mark);
      if (!at) return { ok: false, error: 'the figure is no longer on the page' };
      const answer = await send('clip.save', clipDraft(mark.item, page.text, at.start, at.end, host.facts(), mark.notes.context));
      if (!answer.ok) return { ok: false, error: answer.error };
      // The card says from now on that the notebook holds this figure; only the card, which the page cannot read.
      const cross = mark.notes.crossCheck;
      mark.notes.crossCheck = { matches: cross?.matches ?? [], contradictions: cross?.contradictions ?? [], held: true };
      return { ok: true, duplicate: answer.duplicate };
    },
    async copy() {
      const { page, at } = await locate(mark);
      const facts = host.facts();
      const sentence = at ? sentenceAround(page.text, at.start, at.end) : textOf(mark.item);
      try {
        await navigator.clipboard.writeText(`${sentence}\n— ${facts.title}, ${facts.url}`);
        return true;
      } catch {
        return false;
      }
    },
    ignore() {
      const key = ignoreKeyOf(mark.item);
      core.ignored.add(key);
      void ignoreOn(host.facts().url, key);
      core.remove([mark]);
      closeCard();
    },
  });
}
