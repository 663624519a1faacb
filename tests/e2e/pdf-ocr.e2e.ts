/**
 * OCR of a scanned PDF in Soi's viewer, in Chromium: a page that is only a picture of our own
 * decision-shaped text (drawn in Chromium, screenshot, printed as the page's one image) is said to be
 * a scan; the reader's *Recognise text* reads it with the packaged Vietnamese model, and the figures
 * and references in it are marked. Nothing is fetched but the file and Soi's own files.
 */
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchSoi, type Soi } from './harness';

let soi: Soi;

const SCAN_URL = 'http://namdinh.gov.vn/van-ban/qd-ban-quet.pdf';
const TEXT = `<p style="font: 30px/1.5 serif; width: 760px; margin: 0; padding: 20px; background: #fff; color: #000">
  Căn cứ Quyết định số 1961/QĐ-UBND của Ủy ban nhân dân tỉnh. Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,65%.</p>`;

/** The text as a scanner gives it: pixels, printed as a PDF page that holds that image and nothing else. */
async function scannedPdf(): Promise<Buffer> {
  const maker = await soi.context.newPage();
  try {
    await maker.setViewportSize({ width: 800, height: 400 });
    await maker.setContent(`<html lang="vi"><body style="margin:0">${TEXT}</body></html>`);
    const png = await maker.locator('p').screenshot();
    await maker.setContent(`<html><body style="margin:0"><img style="width:700px" src="data:image/png;base64,${png.toString('base64')}"></body></html>`);
    return await maker.pdf({ format: 'A4', margin: { top: '2cm', left: '2cm', right: '2cm', bottom: '2cm' } });
  } finally {
    await maker.close();
  }
}

beforeAll(async () => {
  soi = await launchSoi();
  const scan = await scannedPdf();
  await soi.context.route(SCAN_URL, (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: scan }));
}, 60_000);
afterAll(async () => {
  await soi?.close();
});

test('a scanned page is read by OCR on request, and its figures and references are marked', async () => {
  const requests: string[] = [];
  const record = (request: Request) => {
    // Soi's own files come under its id or, for web-accessible ones, under a per-session id.
    if (!/^(?:chrome-extension|data|blob):/.test(request.url())) requests.push(request.url());
  };
  soi.context.on('request', record);
  const viewer = await soi.openExtensionPage(`pdf.html?file=${encodeURIComponent(SCAN_URL)}`);
  await soi.waitForReader(viewer, 30_000);
  await expect.poll(() => viewer.locator('#status').textContent()).toMatch(/bản quét/);
  expect(await viewer.evaluate(() => document.documentElement.dataset.soiFigures)).toBe('0');

  // Cancelled, it leaves the scan as it was, the action offered again.
  await viewer.getByRole('button', { name: 'Nhận dạng chữ (OCR)' }).click();
  await viewer.getByRole('button', { name: 'Dừng' }).click();
  await expect.poll(() => viewer.locator('#status').textContent()).toMatch(/bản quét/);
  expect(await viewer.evaluate(() => document.documentElement.dataset.soiOcr)).toBeUndefined();

  await viewer.getByRole('button', { name: 'Nhận dạng chữ (OCR)' }).click();
  await expect.poll(() => viewer.locator('#status').textContent()).toMatch(/nhận dạng chữ/i);
  await viewer.waitForFunction(() => document.documentElement.dataset.soiOcr !== 'running', undefined, { timeout: 240_000 });
  expect(await viewer.locator('#status').textContent()).toMatch(/OCR/);
  expect(await viewer.evaluate(() => document.documentElement.dataset.soiOcr)).toBe('done');
  await viewer.waitForFunction(
    () => Number(document.documentElement.dataset.soiFigures) > 0 && document.documentElement.dataset.soiState === 'done',
    undefined,
    { timeout: 30_000 },
  );
  const found = await viewer.evaluate(() => ({
    figures: Number(document.documentElement.dataset.soiFigures),
    references: Number(document.documentElement.dataset.soiReferences),
    layer: document.querySelector('.textLayer')?.textContent ?? '',
  }));
  expect(found.layer).toMatch(/98,65%/);
  expect(found.figures).toBeGreaterThan(0);
  expect(found.references).toBeGreaterThan(0);

  soi.context.off('request', record);
  expect(requests.filter((url) => url !== SCAN_URL)).toEqual([]);

  // The same file opened again shows the text recognised before, without recognising anything.
  const recogniser: string[] = [];
  const watchRecogniser = (request: Request) => {
    if (request.url().includes('/ocr/')) recogniser.push(request.url());
  };
  soi.context.on('request', watchRecogniser);
  await viewer.reload();
  await viewer.waitForFunction(() => document.documentElement.dataset.soiState === 'done', undefined, { timeout: 30_000 });
  const again = await viewer.evaluate(() => ({ ...document.documentElement.dataset }));
  expect(again).toMatchObject({ soiOcr: 'kept', soiPdf: 'ocr', soiFigures: String(found.figures), soiReferences: String(found.references) });
  expect(await viewer.locator('.textLayer').first().textContent()).toMatch(/98,65%/);
  expect(await viewer.locator('#status').textContent()).toMatch(/lần trước/);
  soi.context.off('request', watchRecogniser);
  expect(recogniser).toEqual([]);

  // Forgotten, the scan is a scan again.
  await viewer.getByRole('button', { name: 'Xóa chữ đã nhận dạng' }).click();
  await viewer.waitForFunction(() => document.documentElement.dataset.soiState === 'done' && document.documentElement.dataset.soiPdf === 'scan', undefined, {
    timeout: 30_000,
  });
  await expect.poll(() => viewer.locator('#status').textContent()).toMatch(/bản quét/);
  expect(await viewer.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ soiFigures: '0' });
  expect(await viewer.evaluate(() => document.documentElement.dataset.soiOcr)).toBeUndefined();
}, 300_000);
