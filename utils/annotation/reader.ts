/**
 * The reader on one text host (a web page, or the text layer of Soi's PDF viewer): small
 * controllers over one shared core, each started with the reader's `AbortSignal` and each undone
 * when it aborts (refined-github's `init(signal)` shape).
 *
 * - reporting: `<html data-soi-*>`, the `soi:annotate` measure, the page report;
 * - cross-check: what the notebook holds about the page's figures;
 * - clipping: the card's buttons and clipping the selection;
 * - card: hover, open, close;
 * - reveal: bringing a mark or a clipped spot into view;
 * - keyboard: moving between marks.
 */
import { handle } from './messages';
import type { Analysis } from './analysis';
import type { LoadCard } from './card-ui';
import { initCards } from './controllers/card';
import { initClipping } from './controllers/clipping';
import { createCore, type Counts } from './controllers/core';
import { initCrossCheck } from './controllers/cross-check';
import { initKeyboard } from './controllers/keyboard';
import { initReporting } from './controllers/reporting';
import { initReveal } from './controllers/reveal';
import type { TextHost } from './text-host';

export { MEASURE } from './controllers/reporting';

export interface ReaderOptions {
  /** Extraction, attribution and checks: `inPage` slices, or a worker for big pages. */
  analysis: Analysis;
  /** Loads the card UI on first use. */
  loadCard: LoadCard;
}

export interface Reader {
  /** Reads the whole host again; resolves with the counts once marked. */
  annotatePage(): Promise<Counts>;
  stop(): void;
}

export function startReader(host: TextHost, options: ReaderOptions): Reader {
  const controller = new AbortController();
  const { signal } = controller;
  const core = createCore(host, options.analysis, signal);
  initReporting(core, signal);
  initCrossCheck(core, signal);
  const actionsFor = initClipping(core, signal);
  const cards = initCards(core, { load: options.loadCard, actionsFor }, signal);
  const reveal = initReveal(core, cards, signal);
  initKeyboard(core, cards, reveal, signal);
  // The toolbar button and shortcut on a page already read: read it again.
  const stopAnnotate = handle({ 'reader.annotate': async () => ({ ok: true, ...(await core.annotatePage()) }) });
  signal.addEventListener('abort', stopAnnotate);
  core.start();
  return {
    annotatePage: () => core.annotatePage(),
    stop: () => controller.abort(),
  };
}
