/**
 * Nothing leaves the machine: a full session — Soi reads two portal pages, the reader clips
 * figures from cards, compares them in the side panel and exports the notebook in every format —
 * while every request the browser makes (pages, extension pages, the background service worker)
 * is recorded. The only ones allowed are the pages the test itself opened (served by the local
 * sample site) and Soi's own packaged files.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchSoi, type Soi } from './harness';
import { openFirstCard, openSoiShadowRoots } from './soi-world';

interface Recorded {
  url: string;
  method: string;
  type: string;
  origin: 'page' | 'service worker';
}

let soi: Soi;
const recorded: Recorded[] = [];
const opened = new Set<string>();

const record = (request: Request) =>
  recorded.push({ url: request.url(), method: request.method(), type: request.resourceType(), origin: request.serviceWorker() ? 'service worker' : 'page' });

beforeAll(async () => {
  soi = await launchSoi({ extensionDir: process.env.SOI_EXTENSION_DIR });
  soi.context.on('request', record);
});

afterAll(async () => {
  await soi?.close();
});

const PACKAGED = new Set(['chrome-extension:', 'data:', 'blob:', 'about:']);

/** Hosts the browser itself calls (extension and component updates), whatever extensions it runs. */
const CHROMIUM_SERVICES = new Set(['update.googleapis.com', 'clients2.google.com', 'edgedl.me.gvt1.com']);

/** Why a request is not allowed, or undefined when it is: Soi's own files, or a page the test opened. */
function objection(request: Recorded): string | undefined {
  const url = new URL(request.url);
  if (PACKAGED.has(url.protocol)) return undefined;
  if (!opened.has(url.host)) return `to ${url.host}, a host the reader never opened`;
  if (request.method !== 'GET') return `${request.method} to the page's host`;
  if (request.type !== 'document' && url.pathname !== '/favicon.ico')
    return `${request.type} request to the page's host (the sample pages load nothing themselves)`;
  return undefined;
}

async function openPage(host: string, path: string): Promise<Page> {
  opened.add(host);
  return soi.openSample(host, path);
}

async function clipFirstFigure(page: Page): Promise<void> {
  await openSoiShadowRoots(page);
  await openFirstCard(page);
  const card = page.locator('soi-card');
  await card.getByRole('button', { name: 'Lưu vào sổ tay' }).click();
  await card.getByRole('status').filter({ hasText: /\S/ }).waitFor({ timeout: 10_000 });
}

describe('privacy', () => {
  test('a full session sends nothing anywhere but the pages the reader opened', async () => {
    // Annotate and clip: two portal pages on two hosts.
    const samples = soi.site.samples.slice(0, 2);
    expect(samples).toHaveLength(2);
    for (const sample of samples) {
      const page = await openPage(sample.host, sample.path);
      expect(Number(await page.evaluate(() => document.documentElement.dataset.soiFigures))).toBeGreaterThan(0);
      await clipFirstFigure(page);
      await page.close();
    }

    // Compare: the notebook's grid in the side panel.
    const panel = await soi.openExtensionPage('sidepanel.html');
    await panel.getByRole('heading', { level: 1 }).waitFor();
    await panel.getByRole('tab', { name: 'So sánh' }).click();
    await panel.waitForTimeout(500);

    // Export: every format the notebook offers is written to a file.
    const formats = ['CSV (mở bằng Excel)', 'Excel (XLSX)', 'Sao lưu toàn bộ (JSON)', 'Chú thích W3C (JSON-LD)'];
    const files: string[] = [];
    for (const format of formats) {
      const exportMenu = panel.getByRole('button', { name: 'Xuất dữ liệu' });
      if (await exportMenu.isVisible()) await exportMenu.click();
      const [download] = await Promise.all([panel.waitForEvent('download', { timeout: 15_000 }), panel.getByRole('button', { name: format }).click()]);
      files.push(download.suggestedFilename());
    }
    expect(files).toHaveLength(formats.length);
    await panel.close();

    // The other pages a reader sees: settings and the first-run page.
    for (const name of ['options.html', 'welcome.html']) {
      const page = await soi.openExtensionPage(name);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const outbound = recorded.filter((request) => !PACKAGED.has(new URL(request.url).protocol));
    console.log(
      `privacy: ${recorded.length} requests recorded (${recorded.length - outbound.length} to Soi's own files, ` +
        `${outbound.length} for the ${opened.size} pages the reader opened, ` +
        `${recorded.filter((r) => r.origin === 'service worker').length} from the service worker); ` +
        `${soi.site.requests.length} answered by the local site; exports: ${files.join(', ')}`,
    );
    const objections = recorded.flatMap((request) => {
      const reason = objection(request);
      return reason ? [`${request.method} ${request.url} (${request.origin}): ${reason}`] : [];
    });
    expect(objections).toEqual([]);
    // The local site logs every request that reached it, whatever the browser reported. Chromium
    // itself asks its update service about installed extensions; that is the browser, not Soi (a
    // request from Soi's pages or worker to that host would be in `recorded` above).
    const browserOwn = soi.site.requests.filter((request) => CHROMIUM_SERVICES.has(request.host));
    if (browserOwn.length > 0)
      console.log(`privacy: ${browserOwn.length} request(s) by Chromium itself: ${browserOwn.map((r) => `${r.method} ${r.host}`).join(', ')}`);
    const reachedElsewhere = soi.site.requests.filter(
      (request) => !CHROMIUM_SERVICES.has(request.host) && (!opened.has(request.host) || request.method !== 'GET'),
    );
    expect(reachedElsewhere).toEqual([]);
    expect(recorded.some((request) => CHROMIUM_SERVICES.has(new URL(request.url).host))).toBe(false);
    expect(recorded.length).toBeGreaterThan(0);
  });

  test('the recorder would have seen a request from the service worker, and objected to it', async () => {
    const before = recorded.length;
    await soi.background.evaluate(() => fetch('http://tracker.example/collect?clips=3', { method: 'POST', body: 'x' }).catch(() => undefined));
    await expect.poll(() => recorded.slice(before).find((request) => request.url.includes('tracker.example'))).toBeTruthy();
    const seen = recorded.slice(before).find((request) => request.url.includes('tracker.example'))!;
    expect(seen.origin).toBe('service worker');
    expect(objection(seen)).toMatch(/never opened/);
  });
});
