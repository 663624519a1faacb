/**
 * Soi's reader in a page: runs on the reading list by default and anywhere the reader turns it on
 * (toolbar button or shortcut). Marks figures and references, shows cards, and reports on
 * `<html data-soi-state="done" data-soi-figures data-soi-references>` when a pass finishes.
 */
import { browser } from 'wxt/browser';
import { BACKGROUND_TEXT_MAX, type Analysis } from '@/utils/annotation/analysis';
import type { CardUi } from '@/utils/annotation/card-ui';
import type { Extraction } from '@/utils/extraction/types';
import { send } from '@/utils/annotation/messages';
import { startReader, type Reader } from '@/utils/annotation/reader';
import { domParsed, pageReady } from '@/utils/annotation/page-ready';
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

/** The background's extraction of a short text; undefined when it cannot answer (the worker's is taken then). */
async function extractInBackground(text: string): Promise<Extraction | undefined> {
  const answer = await send('analysis.extract', { text });
  return answer.ok ? answer.found : undefined;
}

async function loadAnalysis(): Promise<Analysis> {
  // Only for pages that refuse the worker: the analysis on the page's own thread, in slices.
  if (!globalThis.soiAnalysis) await import(/* @vite-ignore */ browser.runtime.getURL('/reader-analysis.js'));
  if (!globalThis.soiAnalysis) throw new Error('Soi: the analysis script did not load');
  return globalThis.soiAnalysis;
}

export default defineContentScript({
  matches: matchPatterns(),
  // As early as the page starts loading, so the analysis gets ready meanwhile (the background
  // warmed, the worker started for a long page); the page itself is read when Chrome's
  // document_idle would have run the script (pageReady).
  runAt: 'document_start',
  async main(ctx) {
    // Injected again by the toolbar button on a page it already runs in: the first copy answers.
    if (globalThis.soiReaderLoaded) return;
    globalThis.soiReaderLoaded = true;
    const host = location.hostname;
    const startAnalysis = () => {
      // The background compiles extraction while the page loads, if it has not already.
      void send('analysis.warm', {});
      const started = workerAnalysis(browser.runtime.getURL('/reader-worker.js'), loadAnalysis, { quickExtract: extractInBackground, onDemand: true });
      // A long page is the worker's alone: it starts while the page finishes loading. A short one
      // is marked from the background's answer, and the worker starts for its notes.
      void domParsed(document).then(() => {
        if ((document.body?.textContent.length ?? 0) > BACKGROUND_TEXT_MAX) started.start();
      });
      return started;
    };
    let analysis: ReturnType<typeof workerAnalysis> | undefined;
    let reader: Reader | undefined;
    let ready = false;
    let on = false;
    const apply = (turnOn: boolean) => {
      on = turnOn;
      if (on) analysis ??= startAnalysis();
      if (on && ready && !reader) {
        reader = startReader(webPageHost(document, { isHidden: isHiddenInPage }), { analysis: analysis as Analysis, loadCard });
      }
      if (!on) {
        reader?.stop();
        reader = undefined;
        analysis?.dispose();
        analysis = undefined;
      }
    };
    // A page the script is injected into is on the reading list, or the reader asked for it: it is
    // almost always read, so the analysis starts before the stored choice for the site is known.
    analysis = startAnalysis();
    ctx.onInvalidated(watchSite(host, apply));
    ctx.onInvalidated(() => apply(false));
    apply(await siteIsOn(host));
    await pageReady(document);
    ready = true;
    apply(on);
  },
});
