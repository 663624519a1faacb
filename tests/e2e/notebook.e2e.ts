/**
 * The notebook end to end in Chromium: clip three figures from two pages (two from the card, one
 * from a text selection), see them in the side panel, see the two sources' DTI ranks flagged as a
 * conflict, export and re-import with nothing lost, and see the card (never the page) name the other
 * source for figures the notebook already holds. Screenshots of the list and grid for the README.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NOTEBOOK_NEWSPAPER_PATH, NOTEBOOK_PORTAL_PATH } from '../../scripts/sample-site/pages/notebook-sources';
import { EXTENSION_DIR, launchSoi, type Soi } from './harness';
import { openFirstCard, openSoiShadowRoots } from './soi-world';

const PORTAL = 'namdinh.gov.vn';
const NEWSPAPER = 'baonamdinh.vn';
const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');

let soi: Soi;
let panel: Page;

beforeAll(async () => {
  soi = await launchSoi({ extensionDir: process.env.SOI_EXTENSION_DIR ?? EXTENSION_DIR });
});
afterAll(() => soi?.close());

/** The part of `chrome.*` an extension page uses here to speak Soi's messages. */
interface Chrome {
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<{ ok: boolean; drafts: unknown[] } | undefined>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Opens the first mark's card and presses its clip button; returns what the card then says. */
async function clipFirstByCard(page: Page): Promise<string> {
  await openFirstCard(page);
  const card = page.locator('soi-card');
  await card.getByRole('button', { name: 'Lưu vào sổ tay' }).click();
  const status = card.getByRole('status').filter({ hasText: /\S/ });
  await status.waitFor({ timeout: 10_000 });
  const said = (await status.textContent()) ?? '';
  await page.keyboard.press('Escape');
  return said;
}

/**
 * Selects `text` in the page and clips the selection as "Clip to Soi" does: the page's reader turns
 * the selection into drafts (`reader.clipSelection`) and the background saves them (`clip.save`).
 * Headless Chromium has no context menu to click, so an extension page sends the two messages.
 */
async function clipSelection(page: Page, text: string): Promise<unknown[]> {
  await page.bringToFront();
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    throw new Error(`${wanted} is not on the page`);
  }, text);
  return panel.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    const answer = await chrome.tabs.sendMessage(tab!.id!, { soi: 1, type: 'reader.clipSelection', payload: {} });
    if (!answer?.ok) throw new Error(`reader.clipSelection: ${JSON.stringify(answer)}`);
    const saved: unknown[] = [];
    for (const draft of answer.drafts) saved.push(await chrome.runtime.sendMessage({ soi: 1, type: 'clip.save', payload: draft }));
    return saved;
  });
}

async function clipCards(page: Page): Promise<number> {
  return page.locator('.nb-clip').count();
}

async function downloadOf(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByRole('button', { name: button }).click()]);
  const path = await download.path();
  if (!path) throw new Error(`no file for ${button}`);
  return path;
}

function clipsIn(backupPath: string): unknown[] {
  const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { data: { data: Array<{ tableName: string; rows: unknown[] }> } };
  return backup.data.data.find((table) => table.tableName === 'clips')?.rows ?? [];
}

describe('the comparison notebook', () => {
  test('clip, compare, export, re-import, and cross-check on the page', async () => {
    panel = await soi.openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 460, height: 1000 });
    await panel.getByRole('heading', { level: 1, name: 'Sổ tay so sánh' }).waitFor();

    // Clip three figures from two pages.
    const portal = await soi.openSample(PORTAL, NOTEBOOK_PORTAL_PATH);
    await openSoiShadowRoots(portal);
    expect(await clipFirstByCard(portal)).toBe('Đã lưu vào sổ tay');
    const selection = await clipSelection(portal, 'đạt 98,65%');
    expect(selection).toEqual([expect.objectContaining({ ok: true, duplicate: false })]);
    // The same figure clipped again (after a reload, so the keyboard starts at the first mark) is recognised, not stored twice.
    await portal.reload();
    await soi.waitForReader(portal);
    await openSoiShadowRoots(portal);
    expect(await clipFirstByCard(portal)).toBe('Đã có trong sổ tay');

    const newspaper = await soi.openSample(NEWSPAPER, NOTEBOOK_NEWSPAPER_PATH);
    await openSoiShadowRoots(newspaper);
    expect(await clipFirstByCard(newspaper)).toBe('Đã lưu vào sổ tay');

    // The side panel lists them, newest first, following the database as it changes.
    await panel.bringToFront();
    await expect.poll(() => clipCards(panel)).toBe(3);
    await expect.poll(() => panel.locator('.nb-count').textContent()).toBe('Hiện 3 trên 3 số liệu');
    const texts = await panel.locator('.nb-clip-text').allTextContents();
    expect(texts).toEqual(['thứ 12/63', '98,65%', 'thứ 10/63']);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await panel.screenshot({ path: resolve(SCREENSHOTS, 'notebook-list.png'), fullPage: true });

    // Search without diacritics finds the newspaper's clip by its site.
    await panel.getByRole('searchbox').fill('baonamdinh');
    await expect.poll(() => clipCards(panel)).toBe(1);
    await panel.getByRole('searchbox').fill('');
    await expect.poll(() => clipCards(panel)).toBe(3);

    // The grid lines the two DTI ranks up in one cell and flags them.
    await panel.getByRole('tab', { name: 'So sánh' }).click();
    const conflict = panel.locator('td[data-conflict="true"]');
    await conflict.first().waitFor();
    expect(await conflict.count()).toBe(1);
    expect(await conflict.textContent()).toMatch(/Các nguồn không khớp.*10.*63.*12.*63|Các nguồn không khớp.*12.*63.*10.*63/);
    expect(await panel.getByText('1 ô có nguồn không khớp').count()).toBe(1);
    await panel.getByRole('tab', { name: 'Số liệu đã lưu' }).click();
    await expect.poll(() => clipCards(panel)).toBe(3);

    // Export: a full backup and a CSV that Excel opens with Vietnamese intact.
    const backupPath = await downloadOf(panel, 'Sao lưu toàn bộ (JSON)');
    const before = clipsIn(backupPath);
    expect(before).toHaveLength(3);
    const csv = readFileSync(await downloadOf(panel, 'CSV (mở bằng Excel)'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Nam Định');

    // Lose a clip, then restore the backup: everything is back as it was.
    await panel.locator('.nb-clip').first().getByRole('button', { name: 'Xóa' }).click();
    await expect.poll(() => clipCards(panel)).toBe(2);
    panel.once('dialog', (dialog) => void dialog.accept());
    await panel.getByLabel('Khôi phục từ bản sao lưu JSON…').setInputFiles(backupPath);
    await panel.getByText('Đã nhập 3 số liệu.').waitFor();
    await expect.poll(() => clipCards(panel)).toBe(3);
    expect(clipsIn(await downloadOf(panel, 'Sao lưu toàn bộ (JSON)'))).toEqual(before);

    // A malformed backup is refused with a reason, and the notebook keeps its clips.
    panel.once('dialog', (dialog) => void dialog.accept());
    await panel
      .getByLabel('Khôi phục từ bản sao lưu JSON…')
      .setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{"formatName":"dexie",') });
    await panel.getByRole('alert').filter({ hasText: 'Không nhập được tệp “hong.json”' }).waitFor();
    expect(await clipCards(panel)).toBe(3);

    // An official table (a made-up sample, named so) adds other provinces and years, row by row.
    const table = [
      'Chỉ số,Tỉnh,Kỳ,Giá trị,Loại',
      'DTI,Nam Định,2020,18,rank',
      'DTI,Nam Định,2021,16,rank',
      'DTI,Hà Nam,2020,30,rank',
      'DTI,Hà Nam,2021,25,rank',
      'DTI,Hà Nam,2022,21,rank',
      'DTI,Ninh Bình,2021,33,rank',
      'DTI,Ninh Bình,2022,28,rank',
    ].join('\r\n');
    await panel.getByLabel('Nhập bảng số liệu chính thức (CSV)…').setInputFiles({ name: 'bang-mau.csv', mimeType: 'text/csv', buffer: Buffer.from(table) });
    await panel.getByText('Đã nhập 7 số liệu.').waitFor();
    await panel.getByRole('button', { name: 'Đóng' }).click();
    await panel.getByRole('tab', { name: 'So sánh' }).click();
    await panel.getByText('Thứ hạng qua các kỳ').waitFor();
    expect(await panel.locator('td[data-conflict="true"]').count()).toBe(1);
    await panel.screenshot({ path: resolve(SCREENSHOTS, 'notebook-grid.png'), fullPage: true });
    // On the 34-province map the three old provinces roll up into the new Ninh Bình, lineage shown, no false conflict.
    await panel.getByLabel('34 tỉnh, thành (từ 1/7/2025)').check();
    await panel
      .locator('.nb-lineage', { hasText: /gồm .*Hà Nam.*Nam Định|gồm .*Nam Định.*Hà Nam/ })
      .first()
      .waitFor();
    expect(await panel.locator('.nb-indicator').first().locator('.nb-grid tbody th').allTextContents()).toEqual([expect.stringMatching(/^Ninh Bình/)]);
    expect(await panel.locator('td[data-conflict="true"]').count()).toBe(1);
    await panel.getByRole('tab', { name: 'Số liệu đã lưu' }).click();

    // Open a clip's source: the page opens and the reader finds the clipped spot again.
    await panel.getByRole('searchbox').fill('baonamdinh');
    await expect.poll(() => clipCards(panel)).toBe(1);
    await panel.getByRole('button', { name: 'Mở nguồn tại chỗ đã lưu' }).click();
    await panel.getByRole('status').filter({ hasText: 'Đã mở trang nguồn, đúng chỗ đã lưu.' }).waitFor({ timeout: 20_000 });
    await panel.getByRole('searchbox').fill('');

    // On the page: the card names the other source. The page itself is shown nothing of it (issue
    // 17: it could read a badge), so the card is opened again on a fresh load until the answer is in.
    const card = newspaper.locator('soi-card');
    const contradiction = card.getByText(/^Khác với: Chuyển đổi số tỉnh Nam Định năm 2022.* \(thứ 10\/63\)$/);
    for (let attempt = 0; attempt < 3 && (await contradiction.count()) === 0; attempt++) {
      await newspaper.reload();
      await soi.waitForReader(newspaper);
      await openSoiShadowRoots(newspaper);
      await newspaper.waitForTimeout(1_000 * (attempt + 1));
      await openFirstCard(newspaper);
    }
    await contradiction.waitFor();
    expect(await newspaper.evaluate(() => [...CSS.highlights.keys()].filter((name) => /match|contradiction/.test(name)))).toEqual([]);
    expect(await card.getByText('Đã có trong sổ tay').count()).toBeGreaterThan(0);
  });
  test('a big table imports under a progress bar and can be cancelled; the list stays virtual and keyboard-reachable', async () => {
    const big = await soi.openExtensionPage('sidepanel.html');
    await big.setViewportSize({ width: 460, height: 900 });
    await big.getByRole('heading', { level: 1 }).waitFor();
    const table = (rows: number, indicator: string) =>
      Buffer.from(
        [
          'Chỉ số,Tỉnh,Kỳ,Giá trị,Loại',
          ...Array.from({ length: rows }, (_, i) => `${indicator},${i % 2 ? 'Hà Nam' : 'Nam Định'},${2000 + (i % 25)},${i % 100},score`),
        ].join('\r\n'),
      );
    const countLine = () => big.locator('.nb-count').textContent();

    await big
      .getByLabel('Nhập bảng số liệu chính thức (CSV)…')
      .setInputFiles({ name: 'bang-lon.csv', mimeType: 'text/csv', buffer: table(1_500, 'Chỉ số mẫu A') });
    await big.getByText('Đã nhập 1500 số liệu.').waitFor({ timeout: 120_000 });
    await big.getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(countLine).toMatch(/^Hiện \d+ trên \d+ số liệu$/);
    const [, shown, total] = /^Hiện (\d+) trên (\d+)/.exec((await countLine()) ?? '') ?? [];
    expect(Number(total)).toBeGreaterThanOrEqual(1_500);
    // Only the cards on screen (and a few around) are in the page; each says its place in the whole list.
    expect(await big.locator('.nb-clip').count()).toBeLessThan(30);
    expect(await big.locator(`.nb-clips > li[aria-setsize="${shown}"]`).first().getAttribute('aria-posinset')).toBe('1');
    // Tab walks on through the list: the cards further down come in as focus reaches them.
    const rendered = await big.locator('.nb-clip').count();
    const stops = await big.locator('.nb-clip').first().locator('button, a[href], input, select, textarea, [tabindex="0"]').count();
    await big.locator('.nb-clip').first().getByRole('button').first().focus();
    for (let i = 0; i < stops * (rendered + 2); i++) {
      await big.keyboard.press('Tab');
      // At a person's pace: the list paints the frame after focus scrolls it.
      await big.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
    }
    const focused = await big.evaluate(() => Number(document.activeElement?.closest('li')?.getAttribute('aria-posinset') ?? 0));
    expect(focused).toBeGreaterThan(rendered);

    // A second table, cancelled while it is read: nothing of it stays.
    await big.getByLabel('Nhập bảng số liệu chính thức (CSV)…').setInputFiles({ name: 'huy.csv', mimeType: 'text/csv', buffer: table(5_000, 'Chỉ số mẫu B') });
    await big.getByRole('button', { name: 'Hủy nhập' }).click();
    await big.getByText('Đã hủy nhập “huy.csv”. Sổ tay không thay đổi.').waitFor({ timeout: 120_000 });
    await expect.poll(countLine).toBe(`Hiện ${total} trên ${total} số liệu`);

    // Scrolled ten screens at a time past hundreds of cards, then dragged to the end and back: cards are always on screen, in order.
    const onScreen = () =>
      big.evaluate(() => {
        const list = document.querySelector('.nb-list')!.getBoundingClientRect();
        return [...document.querySelectorAll('.nb-clips > li')]
          .filter((li) => {
            const box = li.getBoundingClientRect();
            return li.querySelector('.nb-clip') && box.bottom > list.top && box.top < list.bottom;
          })
          .map((li) => Number(li.getAttribute('aria-posinset')));
      });
    const scrollList = (to: 'ten screens down' | 'the end' | 'the top') =>
      big
        .locator('.nb-list')
        .evaluate(
          (list: HTMLElement, where) =>
            void (list.scrollTop = where === 'the top' ? 0 : where === 'the end' ? list.scrollHeight : list.scrollTop + 10 * list.clientHeight),
          to,
        );
    let previous = 0;
    for (let step = 0; step < 18; step++) {
      await scrollList('ten screens down');
      await expect.poll(async () => (await onScreen())[0] ?? 0).toBeGreaterThan(previous);
      previous = (await onScreen())[0]!;
    }
    expect(previous).toBeGreaterThan(450);
    await scrollList('the end');
    await expect.poll(async () => (await onScreen()).at(-1)).toBe(Number(shown));
    await scrollList('the top');
    await expect.poll(async () => (await onScreen())[0]).toBe(1);

    await big.close();
  }, 300_000);
});
