/**
 * End-to-end harness: the built Soi extension in Debian's Chromium, on the offline sample site.
 *
 *   import { launchSoi, type Soi } from './harness';
 *   let soi: Soi;
 *   beforeAll(async () => { soi = await launchSoi(); });
 *   afterAll(() => soi?.close());
 *   test('…', async () => {
 *     const page = await soi.openSample('namdinh.gov.vn', '/tin-tuc/…');  // on the reading list: waits for data-soi-state="done"
 *     const panel = await soi.openExtensionPage('sidepanel.html');
 *   });
 *
 * - The extension is loaded from `.output/chrome-mv3`: build first (`npm run test:e2e` does).
 * - Every host name resolves to the local sample site (`MAP * 127.0.0.1:PORT`), so URLs are plain
 *   `http://baonamdinh.vn/…` without a port and nothing reaches the network. What is served:
 *   `soi.site.samples` (corpus articles), `/fixtures/<name>` (tests/fixtures/pages), generated pages
 *   (scripts/sample-site/pages), and `soi.site.requests` records every request the site answered.
 * - Each launch gets a fresh profile and its own copy of the extension in a temporary folder,
 *   removed by `close()`: a `wxt build` running meanwhile cannot pull files from under the browser.
 * - SOI_E2E_HEADED=1 shows the browser when there is a display; SOI_CHROMIUM names another binary.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { REPO_ROOT } from '../../scripts/sample-site/content';
import { isOnReadingList } from '../../utils/reading-list';
import { startSampleSite, type SampleSite } from '../../scripts/sample-site/server';

export const CHROMIUM = process.env.SOI_CHROMIUM ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(REPO_ROOT, '.output/chrome-mv3');

export interface LaunchOptions {
  /** Folder of the unpacked extension; `.output/chrome-mv3` by default. */
  extensionDir?: string;
  /** Headless unless SOI_E2E_HEADED=1 and a display exists. */
  headless?: boolean;
  /** Extra Chromium switches. */
  args?: string[];
  /** Let Playwright close the browser and exit on Ctrl-C (default); false when the caller cleans up itself. */
  handleSignals?: boolean;
}

export interface OpenOptions {
  /** Wait until Soi's reader marks `<html data-soi-state="done">`; by default only on the reading list. */
  waitForReader?: boolean;
  timeout?: number;
}

export interface Soi {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (for `evaluate` on `chrome.*` in the background). */
  background: Worker;
  site: SampleSite;
  /** `http://host` as the browser reaches it. */
  baseUrl(host: string): string;
  /** Opens `http://host/path` in a new tab; on a reading-list host, waits for Soi's reader to finish. */
  openSample(host: string, path?: string, options?: OpenOptions): Promise<Page>;
  /** Opens `chrome-extension://ID/<name>` (e.g. `sidepanel.html`, `options.html`) in a new tab. */
  openExtensionPage(name: string): Promise<Page>;
  /** Resolves when `<html data-soi-state="done">`; rejects with the last state seen on timeout. */
  waitForReader(page: Page, timeout?: number): Promise<void>;
  close(): Promise<void>;
}

/** Chromium switches that work as root in a container with no network. */
export function chromiumArgs(extensionDir: string, sitePort: number): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=MAP * 127.0.0.1:${sitePort}, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const existing = context.serviceWorkers().find(isOurs);
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
  } catch (error) {
    // Chromium skips an unpacked extension it cannot load without saying why on the command line.
    throw new Error(
      'Soi did not start in Chromium: its service worker never appeared. Load .output/chrome-mv3 by hand at chrome://extensions to see the manifest error.',
      { cause: error },
    );
  }
}

export async function launchSoi(options: LaunchOptions = {}): Promise<Soi> {
  const extensionDir = resolve(options.extensionDir ?? EXTENSION_DIR);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\`.`);
  }
  const site = await startSampleSite();
  const workDir = await mkdtemp(join(tmpdir(), 'soi-e2e-'));
  const profile = join(workDir, 'profile');
  const extension = join(workDir, 'extension');
  await cp(extensionDir, extension, { recursive: true });
  const headed = process.env.SOI_E2E_HEADED === '1' && Boolean(process.env.DISPLAY);
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: options.headless ?? !headed,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...chromiumArgs(extension, site.port), ...(options.args ?? [])],
      viewport: { width: 1280, height: 900 },
      handleSIGINT: options.handleSignals ?? true,
      handleSIGTERM: options.handleSignals ?? true,
      handleSIGHUP: options.handleSignals ?? true,
      locale: 'vi-VN',
    });
    const background = await extensionWorker(context);
    const extensionId = new URL(background.url()).host;
    const ctx = context;

    const waitForReader = async (page: Page, timeout = 15_000) => {
      try {
        await page.waitForFunction(() => document.documentElement.dataset.soiState === 'done', undefined, { timeout });
      } catch (error) {
        const state = await page.evaluate(() => document.documentElement.dataset.soiState).catch(() => undefined);
        throw new Error(`Soi's reader did not finish on ${page.url()} (data-soi-state=${state ?? 'absent'})`, { cause: error });
      }
    };

    return {
      context: ctx,
      extensionId,
      background,
      site,
      baseUrl: (host) => site.url(host, '').replace(/\/$/, ''),
      async openSample(host, path = '/', open = {}) {
        const page = await ctx.newPage();
        await page.goto(site.url(host, path), { timeout: open.timeout ?? 30_000 });
        if (open.waitForReader ?? isOnReadingList(host)) await waitForReader(page, open.timeout);
        return page;
      },
      async openExtensionPage(name) {
        const page = await ctx.newPage();
        await page.goto(`chrome-extension://${extensionId}/${name.replace(/^\//, '')}`);
        return page;
      },
      waitForReader,
      async close() {
        await ctx.close().catch(() => undefined);
        await site.close();
        await rm(workDir, { recursive: true, force: true, maxRetries: 5 });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await site.close();
    await rm(workDir, { recursive: true, force: true, maxRetries: 5 });
    throw error;
  }
}
