/**
 * Reaching into the world Soi's content script runs in (Chrome's isolated world), through the
 * DevTools protocol: tests use it to see inside the card, which lives in a closed shadow root.
 */
import type { Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/** Evaluates `expression` in the content script's world of `page`'s main frame. */
export async function evaluateInSoiWorld(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => contexts.push(event.context));
  try {
    await cdp.send('Runtime.enable');
    const world = contexts.find((context) => context.auxData?.type === 'isolated' && context.origin.startsWith('chrome-extension://'));
    if (!world) throw new Error(`Soi's content script world not found in ${page.url()}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(`In Soi's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Makes shadow roots Soi creates from now on open, so axe and locators can see the card. Whether
 * a root is open or closed changes who can script it, not what a reader or screen reader gets.
 */
export async function openSoiShadowRoots(page: Page): Promise<void> {
  await evaluateInSoiWorld(
    page,
    `(() => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: 'open' }); };
    })()`,
  );
}

/** Opens the card of the first mark from the keyboard (Alt+Shift+N) and waits until it is shown. */
export async function openFirstCard(page: Page): Promise<void> {
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Alt+Shift+KeyN');
  await page.locator('soi-card [role="dialog"]').waitFor({ state: 'visible', timeout: 10_000 });
}
