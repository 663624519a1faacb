/**
 * The first-run page and the settings page doing what a reader asks: the welcome tab opens on
 * install, the reading list decides where Soi reads, the language follows the choice, tolerances
 * are stored as typed, and "delete all my data" leaves no notebook and no settings behind.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchSoi, type Soi } from './harness';
import { openFirstCard, openSoiShadowRoots } from './soi-world';

let soi: Soi;

beforeAll(async () => {
  soi = await launchSoi({ extensionDir: process.env.SOI_EXTENSION_DIR });
});

afterAll(async () => {
  await soi?.close();
});

interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
}
interface ChromeStorage {
  chrome: { storage: { local: StorageArea; session: StorageArea } };
}

/** Everything in the extension's storage.local, read in the background service worker. */
const stored = () => soi.background.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.get(null));
const inSession = () => soi.background.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.session.get(null));

async function options(): Promise<Page> {
  const page = await soi.openExtensionPage('options.html');
  await page.locator('ul.sites li').first().waitFor();
  return page;
}

describe('first run', () => {
  test('opens the first-run page once, when Soi is installed', async () => {
    const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
    const welcome = soi.context.pages().find(isWelcome) ?? (await soi.context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }));
    await welcome.getByRole('heading', { level: 1 }).waitFor();
    expect(
      await welcome
        .getByRole('listitem')
        .filter({ has: welcome.getByRole('heading', { level: 2 }) })
        .count(),
    ).toBe(3);
    expect(soi.context.pages().filter(isWelcome)).toHaveLength(1);
    // Chrome opens its side panel only from a click: the page's button must get it there.
    await welcome.getByRole('button', { name: 'Mở sổ tay' }).click();
    await welcome.waitForTimeout(500);
    expect(await welcome.getByText('Trình duyệt này không mở được thanh bên').count()).toBe(0);
    await welcome.close();
  });
});

describe('settings', () => {
  test('a site removed from the reading list is no longer read; typed back in, it is', async () => {
    const sample = soi.site.samples.find((s) => s.host.endsWith('.gov.vn'))!;
    const page = await options();
    const removeGov = page.getByRole('button', { name: 'Bỏ gov.vn khỏi danh sách đọc' });
    await removeGov.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Đã bỏ gov.vn' }).waitFor();
    const list = (await stored())['settings.readingList'] as { pattern: string }[];
    expect(list.map((site) => site.pattern)).not.toContain('*.gov.vn');

    const portal = await soi.openSample(sample.host, sample.path, { waitForReader: false });
    await portal.waitForLoadState('load');
    await portal.waitForTimeout(1000);
    expect(await portal.evaluate(() => document.documentElement.dataset.soiState)).toBeUndefined();
    await portal.close();

    const input = page.getByLabel('Thêm trang web');
    await input.fill('https://www.gov.vn/');
    await input.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Đã thêm gov.vn' }).waitFor();
    const again = await soi.openSample(sample.host, sample.path);
    expect(await again.evaluate(() => document.documentElement.dataset.soiState)).toBe('done');
    await again.close();
    await page.close();
  });

  test('says why a typed site cannot be added, and adds nothing', async () => {
    const page = await options();
    const before = (await stored())['settings.readingList'];
    const input = page.getByLabel('Thêm trang web');
    await input.fill('không phải tên miền');
    await input.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Không đọc được' }).waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await input.fill('baonamdinh.vn');
    await input.press('Enter');
    await page.getByRole('status').filter({ hasText: 'đã có trong danh sách đọc' }).waitFor();
    expect((await stored())['settings.readingList']).toEqual(before);
    await page.close();
  });

  test('keeps a tolerance typed with a Vietnamese decimal comma, refuses a negative one', async () => {
    const page = await options();
    const percent = page.getByLabel('Tỷ lệ phần trăm');
    await percent.fill('0,5');
    await expect.poll(async () => ((await stored())['settings.tolerances'] as Record<string, number> | undefined)?.percent).toBe(0.5);
    await percent.fill('-2');
    await page.getByRole('alert').filter({ hasText: 'không âm' }).waitFor();
    expect(((await stored())['settings.tolerances'] as Record<string, number>).percent).toBe(0.5);
    await page.close();
  });

  test('switches every Soi page to English and back', async () => {
    const page = await options();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { level: 1, name: 'Soi settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const welcome = await soi.openExtensionPage('welcome.html');
    await welcome.getByRole('heading', { level: 1, name: 'Soi is ready' }).waitFor();
    await page.getByRole('radio', { name: 'Tiếng Việt' }).check();
    await welcome.getByRole('heading', { level: 1, name: 'Soi đã sẵn sàng' }).waitFor();
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('vi');
    await welcome.close();
    await page.close();
  });

  test('deletes the notebook and every setting after confirmation, and only then', async () => {
    const sample = soi.site.samples[0]!;
    const article = await soi.openSample(sample.host, sample.path);
    await openSoiShadowRoots(article);
    await openFirstCard(article);
    await article.locator('soi-card').getByRole('button', { name: 'Lưu vào sổ tay' }).click();
    await article.locator('soi-card').getByRole('status').filter({ hasText: /\S/ }).waitFor();

    const page = await options();
    await page.getByRole('radio', { name: 'English' }).check();
    const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    await expect.poll(databases).toContain('soi-notebook');
    // The page Soi read left its check report in storage.session.
    await expect.poll(async () => Object.keys(await inSession()).length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await databases()).toContain('soi-notebook');
    expect((await stored())['settings.language']).toBe('en');

    await page.getByRole('button', { name: 'Delete all my data' }).click();
    await page.getByRole('button', { name: 'Delete for good' }).click();
    // Settings are gone, so the page is back in Vietnamese when it says so.
    await page.getByRole('status').filter({ hasText: 'Đã xóa toàn bộ dữ liệu' }).waitFor();
    expect(await databases()).not.toContain('soi-notebook');
    expect(await stored()).toEqual({});
    expect(await inSession()).toEqual({});
    await page.close();
    await article.close();

    // Soi goes on working: the next clip starts a new, empty notebook.
    const next = await soi.openSample(sample.host, sample.path);
    await openSoiShadowRoots(next);
    await openFirstCard(next);
    await next.locator('soi-card').getByRole('button', { name: 'Lưu vào sổ tay' }).click();
    await next.locator('soi-card').getByRole('status').filter({ hasText: 'Đã lưu vào sổ tay' }).waitFor();
    await next.close();
  });
});
