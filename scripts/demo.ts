/**
 * `npm start`: Soi, freshly built, in Chromium on the offline sample pages.
 *
 * With a display the browser stays open on the sample pages until Ctrl-C or until it is closed.
 * Without one (no $DISPLAY, or CI) it runs headless: visits every sample page and the side panel,
 * writes a screenshot of each into the folder it prints, and exits.
 *
 *   npm start                       # or: npx tsx scripts/demo.ts after `npx wxt build`
 *   npm start -- --out DIR          # screenshots elsewhere (default .soi-demo/screenshots)
 *   npm start -- --headless         # headless even with a display
 *   npm start -- --readme           # also refresh docs/screenshots/sample-page.png for the README
 */
import { mkdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './sample-site/content';
import { INDEX_HOST } from './sample-site/server';
import { isOnReadingList } from '../utils/reading-list';
import { launchSoi, type Soi } from '../tests/e2e/harness';
import { openSoiShadowRoots } from '../tests/e2e/soi-world';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = flag('--headless') || !hasDisplay || process.env.CI === 'true';
const outDir = resolve(option('--out') ?? join(REPO_ROOT, '.soi-demo/screenshots'));
const README_SHOT = join(REPO_ROOT, 'docs/screenshots/sample-page.png');
/** Its first screen holds percentages, counts and a resolution: a fair first look at Soi. */
const README_HOST = 'baonamdinh.vn';

/** Lets the page settle after Soi's pass (highlights paint on the next frames). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function visit(soi: Soi, host: string, path: string): Promise<{ page: Page; state: string }> {
  const listed = isOnReadingList(host);
  const page = await soi.openSample(host, path, { waitForReader: listed });
  await settle(page);
  const state = await page.evaluate(() => {
    const html = document.documentElement.dataset;
    return html.soiState ? `${html.soiState}, ${html.soiFigures ?? '?'} figures, ${html.soiReferences ?? '?'} references` : 'not read (off the reading list)';
  });
  return { page, state };
}

/**
 * Clips the page's first `count` marks as a reader does from the keyboard (next mark, its card,
 * *Lưu vào sổ tay*), so the side panel's screenshot shows a notebook with figures in it.
 */
async function clipFirstMarks(page: Page, count: number): Promise<number> {
  // The card's shadow root is closed; opened here so the script can find its button.
  await openSoiShadowRoots(page);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  let clipped = 0;
  for (let k = 0; k < count; k++) {
    await page.keyboard.press('Alt+Shift+KeyN');
    const card = page.locator('soi-card');
    const clip = card.getByRole('button', { name: 'Lưu vào sổ tay' });
    const shown = await clip.waitFor({ state: 'visible', timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (!shown) break;
    await clip.click();
    await card.getByRole('status').filter({ hasText: /\S/ }).waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    clipped++;
  }
  return clipped;
}

async function screenshots(soi: Soi): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const index = await soi.openSample(INDEX_HOST, '/', { waitForReader: false });
  await index.screenshot({ path: join(outDir, '00-index.png'), fullPage: true });
  await index.close();
  for (const [i, sample] of soi.site.samples.entries()) {
    const { page, state } = await visit(soi, sample.host, sample.path);
    const file = join(outDir, `${String(i + 1).padStart(2, '0')}-${sample.host}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`  ${soi.site.url(sample.host, sample.path)}\n    Soi: ${state}\n    → ${relative(process.cwd(), file)}`);
    if (sample.host === README_HOST && flag('--readme')) {
      await mkdir(join(README_SHOT, '..'), { recursive: true });
      await page.screenshot({ path: README_SHOT });
      console.log(`    README screenshot → ${relative(process.cwd(), README_SHOT)}`);
    }
    if (sample.host === README_HOST) console.log(`    clipped ${await clipFirstMarks(page, 3)} figures into the notebook`);
    await page.close();
  }
  const panel = await soi.openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 420, height: 800 });
  // The list shows once the notebook's count has been read.
  await panel.locator('.nb-count:not(:empty), .nb-empty').first().waitFor({ timeout: 10_000 });
  await settle(panel);
  const panelFile = join(outDir, `${String(soi.site.samples.length + 1).padStart(2, '0')}-side-panel.png`);
  await panel.screenshot({ path: panelFile });
  console.log(`  side panel → ${relative(process.cwd(), panelFile)}`);
}

async function stayOpen(soi: Soi, stopped: Promise<void>): Promise<void> {
  await soi.openSample(INDEX_HOST, '/', { waitForReader: false });
  for (const sample of soi.site.samples) await visit(soi, sample.host, sample.path);
  console.log('Soi is loaded in Chromium on the sample pages. Click the Soi toolbar button to open the notebook.');
  console.log('Press Ctrl-C (or close the browser) to stop.');
  await stopped;
}

// Ctrl-C, or closing the browser, ends the demo; the temporary profile is removed either way.
const soi = await launchSoi({ headless, handleSignals: false });
const stopped = new Promise<void>((done) => {
  process.once('SIGINT', () => done());
  process.once('SIGTERM', () => done());
  soi.context.once('close', () => done());
});
try {
  console.log(`Soi ${soi.extensionId} in Chromium; sample site on 127.0.0.1:${soi.site.port} (every host name maps there)`);
  if (headless) {
    console.log(`No display: headless run, screenshots in ${outDir}`);
    await Promise.race([screenshots(soi).then(() => console.log(`Screenshots written to ${outDir}`)), stopped]);
  } else {
    await stayOpen(soi, stopped);
  }
} finally {
  await soi.close();
}
