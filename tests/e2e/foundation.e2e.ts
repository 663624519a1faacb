import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isOnReadingList } from '../../utils/reading-list';
import { launchSoi, type Soi } from './harness';

/** The parts of the built manifest this test reads. */
interface BuiltManifest {
  permissions?: string[];
  host_permissions?: string[];
  side_panel?: { default_path?: string };
  content_scripts?: { matches?: string[] }[];
}

let soi: Soi;

beforeAll(async () => {
  soi = await launchSoi();
});

afterAll(async () => {
  await soi?.close();
});

describe('Soi loaded in Chromium', () => {
  test('reads a sample article served under a *.gov.vn name', async () => {
    const sample = soi.site.samples.find((s) => s.host.endsWith('.gov.vn'))!;
    const page = await soi.openSample(sample.host, sample.path);
    expect(new URL(page.url()).host).toBe(sample.host);
    await expect(page.locator('h1').textContent()).resolves.toBe(sample.article.title);
    await expect(page.locator('.counter').textContent()).resolves.toMatch(/Lượt truy cập: [\d.]+/);
    expect(await page.evaluate(() => document.documentElement.dataset.soiState)).toBe('done');
    await page.close();
  });

  test('reads every sample on the reading list', async () => {
    const listed = soi.site.samples.filter((s) => isOnReadingList(s.host));
    expect(listed.length).toBeGreaterThanOrEqual(4);
    for (const sample of listed) {
      const page = await soi.openSample(sample.host, sample.path);
      const counts = await page.evaluate(() => ({
        figures: document.documentElement.dataset.soiFigures,
        references: document.documentElement.dataset.soiReferences,
      }));
      expect(counts.figures, sample.host).toMatch(/^\d+$/);
      expect(counts.references, sample.host).toMatch(/^\d+$/);
      await page.close();
    }
  });

  test('reads a fixture page that does not depend on the shared corpus', async () => {
    const page = await soi.openSample('sotttt.hoabinh.gov.vn', '/fixtures/bao-cao-chuyen-doi-so');
    await expect(page.locator('h1').textContent()).resolves.toContain('Hòa Bình');
    const found = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(found.soiState).toBe('done');
    // The fixture states a rank, a rank change, percentages, counts, money and two resolutions.
    expect(Number(found.soiFigures)).toBeGreaterThanOrEqual(6);
    expect(Number(found.soiReferences)).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  test('leaves pages off the reading list alone until asked', async () => {
    const national = soi.site.samples.find((s) => !isOnReadingList(s.host))!;
    const page = await soi.openSample(national.host, national.path, { waitForReader: false });
    await page.waitForLoadState('load');
    // Give a content script, had one been injected, the time to run.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => document.documentElement.dataset.soiState)).toBeUndefined();
    await page.close();
  });

  test('serves generated pages under any host name', async () => {
    const generated = soi.site.generated[0]!;
    const page = await soi.openSample('mau.soi.gov.vn', generated.path);
    expect(await page.title()).not.toBe('');
    await page.close();
  });

  test('renders the notebook in the side panel page', async () => {
    const page = await soi.openExtensionPage('sidepanel.html');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading.textContent()).resolves.toMatch(/\S/);
    await page.close();
  });

  test('renders the options page', async () => {
    const page = await soi.openExtensionPage('options.html');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/\S/);
    await page.close();
  });

  test('declares the side panel and the reading list in its manifest', async () => {
    const manifest = await soi.background.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { getManifest(): BuiltManifest } } }).chrome.runtime.getManifest(),
    );
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    expect(manifest.content_scripts?.[0]?.matches).toContain('*://*.gov.vn/*');
    // Only what the features use: a new permission must be added here on purpose, with its reason in the README.
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'declarativeNetRequestWithHostAccess',
      'scripting',
      'sidePanel',
      'storage',
    ]);
    // Host access only where the reader already runs: the PDF viewer fetches reading-list PDFs there.
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...(manifest.content_scripts?.[0]?.matches ?? [])].sort());
  });

  test('fetches nothing from the network for a page visit but the page itself', async () => {
    soi.site.requests.length = 0;
    const sample = soi.site.samples[0]!;
    const page = await soi.openSample(sample.host, sample.path);
    const elsewhere = soi.site.requests.filter((r) => r.host !== sample.host);
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});
