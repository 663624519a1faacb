/**
 * Consistency checks in Chromium: on a page whose figures contradict each other, the reader shows the
 * warning on the figures involved (the `soi-warning` highlight, or `data-soi-check="warning"` on
 * `<mark>` wrappers where the Highlight API is missing), leaves consistent figures unflagged, and
 * hands the findings with their arithmetic to the background for the Checks tab.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchSoi, type Soi } from './harness';

const HOST = 'kiemtra.namdinh.gov.vn';
const PATH = '/cai-cach-hanh-chinh-2023';
const FIXTURE = readFileSync(join(__dirname, '../fixtures/checks/contradiction.html'), 'utf8');
/** The same article many times over: more findings than one part of the page report carries. */
const LONG_PATH = '/cai-cach-hanh-chinh-nhieu-ky';
const COPIES = 400;
const LONG = FIXTURE.replace(/<article>([\s\S]*)<\/article>/, (_, article: string) => `<article>${article.repeat(COPIES)}</article>`);

let soi: Soi;

beforeAll(async () => {
  soi = await launchSoi();
  await soi.context.route(`http://${HOST}/**`, (route) =>
    [PATH, LONG_PATH].includes(new URL(route.request().url()).pathname)
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: new URL(route.request().url()).pathname === PATH ? FIXTURE : LONG })
      : route.fulfill({ status: 404, body: 'not found' }),
  );
});

afterAll(async () => {
  await soi?.close();
});

/** The page text under each warning, from whichever way the reader paints. */
function warnedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const registry = (globalThis as { CSS?: { highlights?: Map<string, Iterable<AbstractRange>> } }).CSS?.highlights;
    for (const painted of registry?.get('soi-warning') ?? []) {
      // The reader paints static ranges; a live one over the same points reads their text.
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      texts.push(range.toString());
    }
    for (const mark of document.querySelectorAll('mark[data-soi-check="warning"]')) texts.push(mark.textContent ?? '');
    return texts;
  });
}

/** The part of `chrome.*` the background test reads. */
interface SessionStorage {
  chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
}

interface StoredFinding {
  rule: string;
  status: 'ok' | 'warning';
  items: string[];
  explanation: string;
}

describe('consistency checks on a page', () => {
  test('the figures of each contradiction carry a warning; consistent ones do not', async () => {
    const page = await soi.openSample(HOST, PATH);
    await page.waitForFunction(
      () => {
        const registry = (globalThis as { CSS?: { highlights?: Map<string, { size: number }> } }).CSS?.highlights;
        return (registry?.get('soi-warning')?.size ?? 0) + document.querySelectorAll('mark[data-soi-check="warning"]').length >= 6;
      },
      undefined,
      { timeout: 20_000, polling: 250 },
    );
    const warned = await warnedTexts(page);
    // 32.500 + 19.100 = 51.600 > 50.000; 16 − 10 = 6 places, the page says 4.
    for (const text of ['50.000 hồ sơ', '32.500 hồ sơ', '19.100 hồ sơ', 'thứ 10/63', 'tăng 4 bậc', 'thứ 16/63']) {
      expect(
        warned.some((w) => w.includes(text)),
        text,
      ).toBe(true);
    }
    // 128.034 + 49.393 = 177.427 and 431.172 / 596.049 = 72,34 % add up: no warning there.
    for (const text of ['177.427', '128.034', '49.393', '72,34%', '431.172']) {
      expect(
        warned.some((w) => w.includes(text)),
        text,
      ).toBe(false);
    }
    await page.close();
  });

  test('the background keeps the findings with their arithmetic for the Checks tab', async () => {
    const page = await soi.openSample(HOST, PATH);
    const findings = await soi.background.evaluate(async (path) => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const stored = (await (globalThis as unknown as SessionStorage).chrome.storage.session.get(null)) as Record<
          string,
          { url?: string; findings?: unknown[] }
        >;
        const report = Object.values(stored).find((value) => typeof value?.url === 'string' && value.url.endsWith(path) && (value.findings?.length ?? 0) > 0);
        if (report || Date.now() > deadline) return report?.findings ?? [];
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }, PATH);
    const byRule = (rule: string, status: string) => (findings as StoredFinding[]).find((f) => f.rule === rule && f.status === status);
    expect(byRule('parts-total', 'warning')?.explanation).toContain('32.500 + 19.100 = 51.600');
    expect(byRule('rank-change', 'warning')?.explanation).toContain('16 − 10 = +6 bậc');
    expect(byRule('parts-total', 'ok')?.explanation).toContain('128.034 + 49.393 = 177.427 ✓');
    expect(byRule('ratio-percent', 'ok')?.items).toContain('72,34%');
    await page.close();
  });

  test('a long page’s findings reach the Checks tab whole, though sent in parts', async () => {
    const page = await soi.openSample(HOST, LONG_PATH, { timeout: 120_000 });
    const report = await soi.background.evaluate(async (path) => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const stored = (await (globalThis as unknown as SessionStorage).chrome.storage.session.get(null)) as Record<
          string,
          { url?: string; findings?: StoredFinding[]; parts?: number; joined?: number }
        >;
        const report = Object.values(stored).find((value) => typeof value?.url === 'string' && value.url.endsWith(path) && value.joined === value.parts);
        if (report || Date.now() > deadline) return report;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }, LONG_PATH);
    expect(report?.parts).toBeGreaterThan(1);
    const count = (rule: string, status: string) => report?.findings?.filter((f) => f.rule === rule && f.status === status).length;
    // More than one part carries (250 findings): the later parts were joined to the first.
    expect(report?.findings?.length).toBeGreaterThan(250);
    // Each copy's contradictions at least (checks may also relate figures across neighbouring copies).
    expect(count('parts-total', 'warning')).toBeGreaterThanOrEqual(COPIES);
    expect(count('rank-change', 'warning')).toBeGreaterThanOrEqual(COPIES);
    await page.close();
  }, 180_000);
});
