/**
 * Soi's PDF viewer in Chromium, on PDFs printed here from our own decision- and plan-shaped pages
 * (Chromium's `page.pdf()`), served as a provincial portal would serve them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { REPO_ROOT } from '../../scripts/sample-site/content';
import { launchSoi, type Soi } from './harness';

let soi: Soi;
let work: string;

const DECISION = `
  <style>body { font: 13pt/1.5 serif; margin: 0 } p { text-align: justify; margin: 0 0 8pt } h1, h2 { text-align: center; font-size: 14pt }</style>
  <h1>QUYẾT ĐỊNH</h1>
  <h2>Về việc phê duyệt Kế hoạch chuyển đổi số tỉnh năm 2024</h2>
  <p>Căn cứ Quyết định số 1961/QĐ-UBND ngày 15/10/2021 của Ủy ban nhân dân tỉnh về chuyển đổi số và Nghị quyết số 09-NQ/TU ngày 15-10-2021 của Tỉnh ủy về phát triển kinh tế số đến năm 2025;</p>
  <p>Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,65%; tỉnh xếp thứ 10/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI), tăng 5 bậc so với năm 2022. Tổng vốn bố trí cho chuyển đổi số là 710 tỷ đồng, phục vụ 177.427 hồ sơ trực tuyến.</p>
  <p style="break-before: page">Điều 1. Phê duyệt Kế hoạch với mục tiêu đến năm 2025 có 80% dịch vụ công trực tuyến toàn trình.</p>
  <p>Điều 2. Quyết định này có hiệu lực kể từ ngày ký.</p>
  <p>Nơi nhận:<br>- Như Điều 2;<br>- UBND 10 huyện, thành phố;<br>- Lưu: VT, 3 bản.</p>`;

const FILE_URL = 'http://namdinh.gov.vn/van-ban/qd-1961-2024.pdf';

/** Prints our HTML to PDF in Chromium, with a running header and page numbers as offices print them. */
async function printPdf(html: string, running = true): Promise<Buffer> {
  const maker = await soi.context.newPage();
  try {
    await maker.setContent(`<html lang="vi"><body>${html}</body></html>`);
    return await maker.pdf({
      format: 'A4',
      margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2cm' },
      displayHeaderFooter: running,
      headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">UBND TỈNH NAM ĐỊNH – Kế hoạch chuyển đổi số 2024</div>',
      footerTemplate: '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
    });
  } finally {
    await maker.close();
  }
}

async function cli(script: 'extract' | 'check', file: string): Promise<Record<string, unknown[]>> {
  const { stdout } = await promisify(execFile)('npx', ['tsx', `scripts/${script}.ts`, file], { cwd: REPO_ROOT });
  return JSON.parse(stdout) as Record<string, unknown[]>;
}

/** The live ranges of a highlight (the painter hands it static ranges). */
const RANGES = `(name) => [...(CSS.highlights.get(name) ?? [])].map((s) => {
  const range = document.createRange();
  range.setStart(s.startContainer, s.startOffset);
  range.setEnd(s.endContainer, s.endOffset);
  return range;
})`;

async function openViewer(url: string): Promise<Page> {
  const page = await soi.openExtensionPage(`pdf.html?file=${encodeURIComponent(url)}`);
  await soi.waitForReader(page, 30_000);
  return page;
}

let pdf: Buffer;

beforeAll(async () => {
  soi = await launchSoi();
  work = await mkdtemp(join(tmpdir(), 'soi-pdf-'));
  pdf = await printPdf(DECISION);
  await soi.context.route(FILE_URL, (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: pdf }));
}, 60_000);
afterAll(async () => {
  await soi?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

test('the viewer marks what the command line finds in the same file', async () => {
  const file = join(work, 'qd.pdf');
  await writeFile(file, pdf);
  const found = await cli('extract', file);
  expect((found.figures as { text: string }[]).map((f) => f.text)).toEqual(expect.arrayContaining(['98,65%', 'thứ 10/63', '710 tỷ đồng', '80%']));
  // The recipients' list and the page numbers are no figures.
  expect((found.figures as { text: string }[]).map((f) => f.text)).not.toContain('3 bản');
  expect((found.references as { symbol: string }[]).map((r) => r.symbol)).toEqual(expect.arrayContaining(['1961/QĐ-UBND', '09-NQ/TU']));

  const viewer = await soi.context.newPage();
  const workers: string[] = [];
  viewer.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  // Nothing leaves the machine: the viewer asks for the file, everything else is Soi's own.
  const requests: string[] = [];
  viewer.on('request', (request) => {
    if (!/^(?:chrome-extension|data|blob):/.test(request.url())) requests.push(request.url());
  });
  await viewer.goto(`chrome-extension://${soi.extensionId}/pdf.html?file=${encodeURIComponent(FILE_URL)}`);
  await soi.waitForReader(viewer, 30_000);
  // The analysis ran in Soi's worker, not on the viewer's thread.
  expect(workers).toContain('/reader-worker.js');
  const html = await viewer.evaluate(() => ({ ...document.documentElement.dataset }));
  expect(html).toMatchObject({ soiState: 'done', soiPdf: 'text' });
  expect(Number(html.soiFigures)).toBe(found.figures!.length);
  expect(Number(html.soiReferences)).toBe(found.references!.length + found.backrefs!.length);
  // The marks lie on the text layer, over the words the command line found.
  const marked = await viewer.evaluate(`(${RANGES})('soi-figure').map((range) => range.toString())`);
  expect(marked).toEqual(expect.arrayContaining(['98,65%', '710 tỷ đồng']));
  expect(requests).toEqual([FILE_URL]);
  await viewer.close();
}, 120_000);

test('npm run check reads a PDF as the viewer does: the contradiction it finds is the one the viewer underlines', async () => {
  const reportUrl = 'http://namdinh.gov.vn/van-ban/bao-cao-ho-so.pdf';
  const report = await printPdf(`<p>Năm 2023, toàn tỉnh tiếp nhận 1.200 hồ sơ, trong đó 500 hồ sơ trực tuyến và 600 hồ sơ trực tiếp.
    Tỷ lệ hồ sơ trực tuyến đạt 45%, tỷ lệ hồ sơ trực tiếp đạt 65%.</p>`);
  await soi.context.route(reportUrl, (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: report }));
  const file = join(work, 'report.pdf');
  await writeFile(file, report);
  const { findings } = (await cli('check', file)) as { findings: { rule: string; status: string; items: string[] }[] };
  expect(findings).toContainEqual(expect.objectContaining({ rule: 'shares-sum', status: 'warning', items: ['45%', '65%'] }));
  const viewer = await openViewer(reportUrl);
  await expect.poll(() => viewer.evaluate(`(${RANGES})('soi-warning').map((range) => range.toString()).sort()`)).toEqual(['45%', '65%']);
  await viewer.close();
}, 120_000);

/** The card lives in a closed shadow root: opened for the test (before the card's first use), as the web-page tests do. */
async function openCardRoots(viewer: Page): Promise<void> {
  await viewer.evaluate(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      return attach.call(this, { ...init, mode: 'open' });
    };
  });
}

/** Scrolls the figure mark reading `text` into view and hovers it, as a reader does to open its card. */
async function hoverFigure(viewer: Page, text: string): Promise<void> {
  const at = (await viewer.evaluate(`(() => {
    const range = (${RANGES})('soi-figure').find((r) => r.toString() === ${JSON.stringify(text)});
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  })()`)) as { x: number; y: number };
  await viewer.mouse.move(at.x, at.y);
}

test('a clip keeps the page it came from, and open at source returns there', async () => {
  const viewer = await openViewer(FILE_URL);
  await openCardRoots(viewer);
  // Page 2's first figure: the 80% target of Điều 1.
  await hoverFigure(viewer, '80%');
  const card = viewer.locator('soi-card');
  await card.getByRole('button', { name: 'Lưu vào sổ tay' }).click({ timeout: 10_000 });
  await card.getByRole('status').filter({ hasText: 'Đã lưu vào sổ tay' }).waitFor({ timeout: 10_000 });

  const panel = await soi.openExtensionPage('sidepanel.html');
  await panel.locator('.nb-clip').first().waitFor({ timeout: 10_000 });
  const clip = await soi.background.evaluate(async () => {
    const request = indexedDB.open('soi-notebook');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<unknown[]>((resolve) => {
      const all = db.transaction('clips').objectStore('clips').getAll();
      all.onsuccess = () => resolve(all.result);
    });
    db.close();
    return rows[0] as { url: string; text: string; pdf?: { page: number; fingerprint: string }; selectors: unknown };
  });
  expect(clip).toMatchObject({ url: FILE_URL, text: '80%', pdf: { page: 2, fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) } });

  // Back at the top of the file, then open at source: the viewer shows page 2 and the clipped spot.
  await viewer.close();
  await panel.getByRole('button', { name: 'Mở nguồn tại chỗ đã lưu' }).click();
  await panel.getByRole('status').filter({ hasText: 'Đã mở trang nguồn, đúng chỗ đã lưu.' }).waitFor({ timeout: 30_000 });
  const reopened = soi.context.pages().find((page) => page.url().includes('pdf.html'))!;
  expect(new URL(reopened.url()).hash).toContain('page=2');
  const focused = await reopened.evaluate(`(() => {
    const range = (${RANGES})('soi-focus')[0];
    if (!range) return undefined;
    const page = range.startContainer.parentElement.closest('.page').dataset.pageNumber;
    const rect = range.getBoundingClientRect();
    return { text: range.toString(), page, inView: rect.top >= 0 && rect.bottom <= innerHeight };
  })()`);
  expect(focused).toEqual({ text: '80%', page: '2', inView: true });
  expect(await reopened.locator('#status').textContent()).not.toMatch(/đã thay đổi/);
  await reopened.close();

  // The office publishes another version at the same address: open at source says the file changed.
  const changed = await printPdf(DECISION.replace('98,65%', '97,20%'));
  await soi.context.unroute(FILE_URL);
  await soi.context.route(FILE_URL, (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: changed }));
  try {
    const opened = soi.context.waitForEvent('page', { predicate: (page) => page.url().includes('pdf.html'), timeout: 15_000 });
    await panel.getByRole('button', { name: 'Mở nguồn tại chỗ đã lưu' }).click();
    const again = await opened;
    await expect.poll(() => again.locator('#status').textContent(), { timeout: 30_000 }).toMatch(/^Tệp PDF đã thay đổi kể từ khi trích/);
    await again.close();
  } finally {
    await soi.context.unroute(FILE_URL);
    await soi.context.route(FILE_URL, (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: pdf }));
  }
}, 120_000);

test('a figure the notebook holds from another source gets the cross-check in its card, as on a web page', async () => {
  const reportUrl = 'http://namdinh.gov.vn/van-ban/bao-cao-dti-2023.pdf';
  const report = await printPdf(`<p>Năm 2023, tỉnh Nam Định xếp thứ 10/63 về Chỉ số chuyển đổi số cấp tỉnh (DTI).</p>
    <p>Năm 2023, tỷ lệ hồ sơ của tỉnh Nam Định được giải quyết đúng hạn đạt 98,65%.</p>`);
  await soi.context.route(reportUrl, (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: report }));
  // Another source in the notebook: an official table that gives the same rate and another rank.
  const panel = await soi.openExtensionPage('sidepanel.html');
  const table = ['Chỉ số;Tỉnh;Kỳ;Giá trị;Loại', 'DTI;Nam Định;2023;12;rank', 'dossiers-on-time;Nam Định;2023;98,65%;'].join('\r\n');
  await panel
    .getByLabel('Nhập bảng số liệu chính thức (CSV)…')
    .setInputFiles({ name: 'bang-chinh-thuc.csv', mimeType: 'text/csv', buffer: Buffer.from(table) });
  await panel.getByText('Đã nhập 2 số liệu.').waitFor({ timeout: 20_000 });
  await panel.close();

  const viewer = await openViewer(reportUrl);
  await openCardRoots(viewer);
  const card = viewer.locator('soi-card');
  // The notebook is asked once the marks are painted: the card is opened again until its answer is in.
  const openCard = async (text: string, says: RegExp) => {
    await expect
      .poll(
        async () => {
          await viewer.mouse.move(0, 0);
          await hoverFigure(viewer, text);
          return card.getByText(says).count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
  };
  await openCard('thứ 10/63', /^Khác với: bang-chinh-thuc\.csv \(12\)$/);
  expect(await card.getByText(/^Khớp với:/).count()).toBe(0);
  await openCard('98,65%', /^Khớp với: bang-chinh-thuc\.csv$/);
  expect(await card.getByText(/^Khác với:/).count()).toBe(0);
  // As on web pages, only the card says so: no mark, highlight or attribute tells the page's scripts.
  expect(await viewer.evaluate(() => [...CSS.highlights.keys()].filter((name) => /match|contradiction|cross/.test(name)))).toEqual([]);
  await viewer.close();
}, 120_000);

test('a scan with no text layer is said to be one', async () => {
  const scanUrl = 'http://namdinh.gov.vn/van-ban/ban-quet.pdf';
  // A page that is one picture, as a scanner makes it: no text for Soi to read.
  const scan = await printPdf(
    '<svg width="600" height="300" xmlns="http://www.w3.org/2000/svg"><rect width="600" height="300" fill="#eee"/><circle cx="150" cy="150" r="90" fill="#999"/></svg>',
    false,
  );
  await soi.context.route(scanUrl, (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: scan }));
  const viewer = await openViewer(scanUrl);
  await expect.poll(() => viewer.locator('#status').textContent()).toMatch(/bản quét/);
  expect(await viewer.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ soiPdf: 'scan', soiFigures: '0' });
}, 60_000);

test('the original file downloads unchanged', async () => {
  const viewer = await openViewer(FILE_URL);
  const [download] = await Promise.all([viewer.waitForEvent('download'), viewer.locator('#download').click()]);
  const saved = join(work, 'download.pdf');
  await download.saveAs(saved);
  const { readFile } = await import('node:fs/promises');
  expect(Buffer.compare(await readFile(saved), pdf)).toBe(0);
  expect(download.suggestedFilename()).toBe('qd-1961-2024.pdf');
}, 60_000);

test('Mở bằng Soi on a link to a PDF opens it in the viewer beside the page, and the viewer marks it', async () => {
  // Chromium's own context menu cannot be clicked from a test: the test asks the background whether
  // the item is registered, then hands the background's listener the click Chromium would send.
  type Menus = {
    chrome: {
      contextMenus: { update(id: string, change: object): Promise<void>; onClicked: { dispatch(info: object, tab: unknown): void } };
      tabs: { query(filter: object): Promise<{ id: number; index: number; openerTabId?: number; url?: string }[]> };
    };
  };
  const registered = await soi.background.evaluate(async () => {
    const { contextMenus } = (globalThis as unknown as Menus).chrome;
    const exists = (id: string) =>
      contextMenus.update(id, {}).then(
        () => true,
        () => false,
      );
    return { pdf: await exists('soi-open-pdf'), unknown: await exists('soi-no-such-menu') };
  });
  expect(registered).toEqual({ pdf: true, unknown: false });

  // A portal's page with the link (on the reading list, so Soi's host access lets the background see the tab's address).
  const links = await soi.openSample('namdinh.gov.vn', '/', { waitForReader: false });
  const opened = soi.context.waitForEvent('page', { predicate: (page) => page.url().includes('/pdf.html'), timeout: 15_000 });
  await soi.background.evaluate(
    async ({ link, pageUrl }) => {
      const { chrome } = globalThis as unknown as Menus;
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'soi-open-pdf', linkUrl: link, pageUrl, editable: false }, tab);
    },
    { link: FILE_URL, pageUrl: links.url() },
  );
  const viewer = await opened;
  expect(viewer.url()).toBe(`chrome-extension://${soi.extensionId}/pdf.html?file=${encodeURIComponent(FILE_URL)}`);
  const tabs = await soi.background.evaluate(
    async ({ pageUrl }) => {
      const { chrome } = globalThis as unknown as Menus;
      const [page] = await chrome.tabs.query({ url: pageUrl });
      const viewers = await chrome.tabs.query({ url: `${location.origin}/pdf.html*` });
      return { page, opened: viewers.filter((tab) => tab.openerTabId === page?.id) };
    },
    { pageUrl: links.url() },
  );
  // One new tab, right after the link's page and opened by it; the page with the link stays.
  expect(tabs.opened).toEqual([expect.objectContaining({ index: tabs.page!.index + 1 })]);
  await soi.waitForReader(viewer, 30_000);
  expect(Number(await viewer.evaluate(() => document.documentElement.dataset.soiFigures))).toBeGreaterThanOrEqual(4);
  await Promise.all([viewer.close(), links.close()]);
}, 60_000);

test('a PDF on a reading-list site opens in Soi by itself, legacy font and all', async () => {
  // Served by the sample site (scripts/sample-site/pages/pdf-legacy-font.ts) as application/pdf, typed in .VnTime.
  const page = await soi.context.newPage();
  await page.goto('http://namdinh.gov.vn/van-ban/bao-cao-tcvn3.pdf').catch(() => undefined);
  await page.waitForURL(/pdf\.html\?file=/, { timeout: 15_000 });
  await soi.waitForReader(page, 30_000);
  expect(await page.evaluate(() => ({ ...document.documentElement.dataset }))).toMatchObject({ soiPdf: 'text', soiFigures: '4', soiReferences: '1' });
  const marked = await page.evaluate(`(${RANGES})('soi-figure').map((range) => range.toString())`);
  // The text layer shows the font's own code points; the marks fall on them.
  expect(marked).toEqual(expect.arrayContaining(['98,65%', '710 tû ®ång']));
}, 60_000);

test('with the switch in Settings off, a reading-list PDF is left to the browser; on again, Soi opens it', async () => {
  const legacy = 'http://namdinh.gov.vn/van-ban/bao-cao-tcvn3.pdf';
  type Dnr = { chrome: { declarativeNetRequest: { getDynamicRules(): Promise<{ condition: { requestDomains?: string[] } }[]> } } };
  const rules = () =>
    soi.background.evaluate(async () =>
      (await (globalThis as unknown as Dnr).chrome.declarativeNetRequest.getDynamicRules()).map((rule) => rule.condition.requestDomains ?? []),
    );
  const options = await soi.openExtensionPage('options.html');
  const auto = options.getByRole('checkbox', { name: 'Tự mở tệp PDF trên các trang trong danh sách đọc bằng trình xem của Soi' });
  await expect.poll(() => auto.isChecked()).toBe(true);
  await auto.uncheck();
  await expect.poll(rules).toEqual([]);
  // The browser gets the file itself: no tab turns into Soi's viewer.
  const page = await soi.context.newPage();
  const response = await page.goto(legacy).catch(() => undefined);
  expect(response ? response.headers()['content-type'] : 'application/pdf').toBe('application/pdf');
  expect(page.url()).not.toContain('pdf.html');
  await page.close();

  await auto.check();
  await expect.poll(rules).toEqual([expect.arrayContaining(['gov.vn'])]);
  const again = await soi.context.newPage();
  await again.goto(legacy).catch(() => undefined);
  await again.waitForURL(/pdf\.html\?file=/, { timeout: 15_000 });
  await Promise.all([again.close(), options.close()]);
}, 60_000);

test('zoom keeps the marks on their words, search finds words without their accents, pages can be turned', async () => {
  const viewer = await openViewer(FILE_URL);
  // Zoomed in, page 2 may be too far below for its marks to be painted: page 1's are compared.
  const figures = (page: number) =>
    viewer.evaluate(
      `(${RANGES})('soi-figure').filter((range) => range.startContainer.parentElement.closest('.page').dataset.pageNumber === '${page}').map((range) => range.toString())`,
    );
  const before = await figures(1);
  expect(before).toEqual(expect.arrayContaining(['98,65%', '710 tỷ đồng']));
  await viewer.getByRole('button', { name: 'Phóng to' }).click();
  await viewer.getByRole('button', { name: 'Phóng to' }).click();
  expect(await figures(1)).toEqual(before);
  await viewer.getByRole('searchbox').fill('dich vu cong');
  await viewer.getByRole('searchbox').press('Enter');
  await expect.poll(() => viewer.locator('#search-result').textContent()).toBe('1/1');
  expect(await viewer.evaluate(`(${RANGES})('soi-pdf-search').map((range) => range.toString())`)).toEqual(['dịch vụ công']);
  await viewer.getByRole('button', { name: 'Trang sau' }).click();
  await expect.poll(() => viewer.locator('#page').inputValue()).toBe('2');
  // Text is selected with the mouse as in any viewer: dragged across a line, its words are the selection.
  const line = (await viewer.evaluate(`(() => {
    const spans = [...document.querySelectorAll('.page[data-page-number="2"] .textLayer span')];
    const top = (span) => Math.round(span.getBoundingClientRect().top);
    const lineOf = (span) => spans.filter((other) => Math.abs(top(other) - top(span)) < 3);
    const words = lineOf(spans.find((span) => lineOf(span).map((s) => s.textContent).join('').startsWith('Điều 2')));
    words[0].scrollIntoView({ block: 'center' });
    const start = words[0].getBoundingClientRect();
    const last = words.at(-1).getBoundingClientRect();
    return { x1: start.left + 1, x2: last.right - 1, y: start.top + start.height / 2 };
  })()`)) as { x1: number; x2: number; y: number };
  await viewer.mouse.move(line.x1, line.y);
  await viewer.mouse.down();
  await viewer.mouse.move(line.x2, line.y, { steps: 5 });
  await viewer.mouse.up();
  expect(await viewer.evaluate(() => getSelection()?.toString().replace(/\s+/g, ' ').trim())).toMatch(/^Điều 2\. Quyết định này có hiệu lực kể từ ngày ký\.?$/);
}, 60_000);

test('a long file paints the marks of the pages near the view, and every mark is counted and reached', async () => {
  const longUrl = 'http://namdinh.gov.vn/van-ban/bao-cao-12-trang.pdf';
  const pages = Array.from(
    { length: 12 },
    (_, k) => `<p style="break-after: page">Trang ${k + 1}: năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn của huyện thứ ${k + 1} đạt ${50 + k},5%.</p>`,
  );
  const long = await printPdf(pages.join(''));
  await soi.context.route(longUrl, (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: long }));
  const file = join(work, 'long.pdf');
  await writeFile(file, long);
  const found = await cli('extract', file);
  const viewer = await openViewer(longUrl);
  // Counted: every mark of the file, painted or not.
  expect(Number(await viewer.evaluate(() => document.documentElement.dataset.soiFigures))).toBe(found.figures!.length);
  const painted = () =>
    viewer.evaluate(
      `(${RANGES})('soi-figure').map((range) => ({ text: range.toString(), page: Number(range.startContainer.parentElement.closest('.page').dataset.pageNumber) }))`,
    ) as Promise<{ text: string; page: number }[]>;
  const atTop = await painted();
  expect(atTop).toContainEqual({ text: '50,5%', page: 1 });
  // The last pages are far below: their marks are not registered with the browser yet.
  expect(atTop.filter((mark) => mark.page >= 10)).toEqual([]);

  // From the top, the previous mark is the file's last: the keyboard goes there, and its page's marks are painted.
  await viewer.keyboard.press('Alt+Shift+P');
  await expect
    .poll(() =>
      viewer.evaluate(`(() => {
        const range = (${RANGES})('soi-focus')[0];
        const rect = range?.getBoundingClientRect();
        return range && { text: range.toString(), inView: rect.top >= 0 && rect.bottom <= innerHeight };
      })()`),
    )
    .toEqual({ text: '61,5%', inView: true });
  await expect.poll(painted).toContainEqual({ text: '61,5%', page: 12 });
  expect((await painted()).filter((mark) => mark.page === 1)).toEqual([]);
  await viewer.close();
}, 120_000);

/**
 * A background tab, as Chromium runs one: `document.visibilityState` is `hidden` and animation frames
 * do not come until the tab is shown. Headless Chromium shows every tab, so the page is told so
 * itself; `window.soiShowTab()` brings it to the front (the frames it asked for then come).
 */
const BACKGROUND_TAB = () => {
  let hidden = true;
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => hidden });
  const frame = window.requestAnimationFrame.bind(window);
  const asked: FrameRequestCallback[] = [];
  window.requestAnimationFrame = (callback) => (hidden ? asked.push(callback) + 1_000_000 : frame(callback));
  Object.assign(window, {
    soiShowTab() {
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      for (const callback of asked.splice(0)) frame(callback);
    },
  });
};

test('a PDF opened in a background tab is read there, with no frames, and shows its pages and marks once brought to the front', async () => {
  const file = join(work, 'qd-background.pdf');
  await writeFile(file, pdf);
  const found = await cli('extract', file);
  const viewer = await soi.context.newPage();
  await viewer.addInitScript(BACKGROUND_TAB);
  await viewer.goto(`chrome-extension://${soi.extensionId}/pdf.html?file=${encodeURIComponent(FILE_URL)}`);
  const html = () =>
    viewer.evaluate(() => ({ visibility: document.visibilityState, ...document.documentElement.dataset }) as Record<string, string | undefined>);
  await expect.poll(html, { timeout: 30_000, interval: 200 }).toMatchObject({ visibility: 'hidden', soiState: 'done' });
  const counts = await html();
  expect(Number(counts.soiFigures)).toBe(found.figures!.length);
  expect(Number(counts.soiReferences)).toBe(found.references!.length + found.backrefs!.length);

  await viewer.evaluate(() => (window as unknown as { soiShowTab(): void }).soiShowTab());
  // Once seen, the first page is drawn and its marks are painted on its text layer.
  await expect
    .poll(() => viewer.evaluate(`(${RANGES})('soi-figure').map((range) => range.toString())`), { timeout: 15_000 })
    .toEqual(expect.arrayContaining(['98,65%', '710 tỷ đồng']));
  await expect
    .poll(() => viewer.evaluate(() => document.querySelectorAll('.page[data-page-number="1"] canvas').length), { timeout: 15_000 })
    .toBeGreaterThan(0);
  await viewer.close();
}, 120_000);
