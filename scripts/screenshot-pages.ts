/**
 * Screenshots of the options page and the first-run page for the README, in Vietnamese (the
 * default) from the built extension: `npx wxt build && tsx scripts/screenshot-pages.ts`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './sample-site/content';
import { launchSoi } from '../tests/e2e/harness';

const OUT = join(REPO_ROOT, 'docs/screenshots');

// SOI_EXTENSION_DIR lets the screenshots come from a private build while other builds run.
const soi = await launchSoi({ extensionDir: process.env.SOI_EXTENSION_DIR });
try {
  await mkdir(OUT, { recursive: true });
  for (const [page, file] of [
    ['welcome.html', 'welcome.png'],
    ['options.html', 'options.png'],
  ] as const) {
    const tab = await soi.openExtensionPage(page);
    await tab.setViewportSize({ width: 1000, height: 900 });
    await tab.waitForSelector('h1');
    await tab.screenshot({ path: join(OUT, file), fullPage: true });
    console.log(`wrote ${join('docs/screenshots', file)}`);
    await tab.close();
  }
} finally {
  await soi.close();
}
