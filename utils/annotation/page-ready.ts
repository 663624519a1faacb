/**
 * When the reader's first pass starts. The content script runs at `document_start`, so the
 * analysis worker starts (and compiles) while the page is still loading; the page is read at the
 * moment Chrome's `document_idle` would have run the script: once the DOM is parsed, on the `load`
 * event or 200 ms after `DOMContentLoaded`, whichever comes first. Injected later (the toolbar
 * button, a site added at run time), the page is read at once.
 */

/** Chrome's document_idle: this long after DOMContentLoaded at the latest. */
export const IDLE_AFTER_DOM_MS = 200;

/** Once the DOM is parsed (`DOMContentLoaded`), or at once if it already is. */
export function domParsed(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((parsed) => doc.addEventListener('DOMContentLoaded', () => parsed(), { once: true }));
}

export function pageReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  const view = doc.defaultView;
  return new Promise((ready) => {
    doc.addEventListener(
      'DOMContentLoaded',
      () => {
        const timer = setTimeout(ready, IDLE_AFTER_DOM_MS);
        view?.addEventListener(
          'load',
          () => {
            clearTimeout(timer);
            ready();
          },
          { once: true },
        );
      },
      { once: true },
    );
  });
}
