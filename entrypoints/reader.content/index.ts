/**
 * Soi's reader in a page: runs on the reading list by default and anywhere the reader turns it on
 * (toolbar button or shortcut). Marks figures and references, shows cards, and reports on
 * `<html data-soi-state="done" data-soi-figures data-soi-references>` when a pass finishes.
 */
import { browser } from 'wxt/browser';
import type { Analysis } from '@/utils/annotation/analysis';
import type { CardUi } from '@/utils/annotation/card-ui';
import { startReader, type Reader } from '@/utils/annotation/reader';
import { siteIsOn, watchSite } from '@/utils/annotation/site-switch';
import { isHiddenInPage } from '@/utils/annotation/visibility';
import { webPageHost } from '@/utils/annotation/web-page';
import { workerAnalysis } from '@/utils/annotation/worker-analysis';
import { matchPatterns } from '@/utils/reading-list';
// Declared in the manifest with this script: the page is styled for marks before Soi reads it.
import '@/utils/annotation/highlights.css';

/** Set in this content-script world by the lazily loaded scripts: the card and the in-page analysis. */
declare global {
  var soiCard: { mountCard(doc: Document, parent: Element): CardUi } | undefined;
  var soiAnalysis: Analysis | undefined;
  var soiReaderLoaded: boolean | undefined;
}

async function loadCard(doc: Document, parent: Element): Promise<CardUi> {
  // The card UI (Preact and the card) is a separate file, fetched the first time a card opens.
  if (!globalThis.soiCard) await import(/* @vite-ignore */ browser.runtime.getURL('/reader-card.js'));
  if (!globalThis.soiCard) throw new Error('Soi: the card script did not load');
  return globalThis.soiCard.mountCard(doc, parent);
}

async function loadAnalysis(): Promise<Analysis> {
  // Only for pages that refuse the worker: the analysis on the page's own thread, in slices.
  if (!globalThis.soiAnalysis) await import(/* @vite-ignore */ browser.runtime.getURL('/reader-analysis.js'));
  if (!globalThis.soiAnalysis) throw new Error('Soi: the analysis script did not load');
  return globalThis.soiAnalysis;
}

export default defineContentScript({
  matches: matchPatterns(),
  runAt: 'document_idle',
  async main(ctx) {
    // Injected again by the toolbar button on a page it already runs in: the first copy answers.
    if (globalThis.soiReaderLoaded) return;
    globalThis.soiReaderLoaded = true;
    const host = location.hostname;
    let reader: Reader | undefined;
    const apply = (on: boolean) => {
      if (on && !reader) {
        const analysis = workerAnalysis(browser.runtime.getURL('/reader-worker.js'), loadAnalysis);
        reader = startReader(webPageHost(document, { isHidden: isHiddenInPage }), { analysis, loadCard });
        ctx.onInvalidated(() => analysis.dispose());
      }
      if (!on && reader) {
        reader.stop();
        reader = undefined;
      }
    };
    ctx.onInvalidated(watchSite(host, apply));
    ctx.onInvalidated(() => apply(false));
    apply(await siteIsOn(host));
  },
});
