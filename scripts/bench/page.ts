/**
 * `npm run bench:page [-- --bytes 2000000]`: how Soi's reader does on a big page, in headless
 * Chromium with the built extension (`npx wxt build` first; SOI_EXTENSION_DIR names another build).
 *
 * Prints, for the same generated page and the same matches:
 * - Soi's annotate time (the `soi:annotate` measure, with its steps) and the longest main-thread
 *   task while it ran and in the second after, when the browser first paints the marks
 *   (PerformanceObserver `longtask`, > 50 ms; none means every task stayed under);
 * - mark.js `markRegExp` over the same match texts (a comparison only: it wraps `<mark>`s synchronously);
 * - a bare TreeWalker pass over the page's text nodes (the floor for any reader of the DOM);
 * - the content script's size, raw and gzipped, and the lazily loaded card's.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchSoi } from '../../tests/e2e/harness';
import { bigArticle } from '../../tests/fixtures/hostile/pages';

const ROOT = resolve(import.meta.dirname, '../..');
const extensionDir = process.env.SOI_EXTENSION_DIR ?? EXTENSION_DIR;
const bytesFlag = process.argv.indexOf('--bytes');
const bytes = bytesFlag > 0 ? Number(process.argv[bytesFlag + 1]) : 2_000_000;
if (!Number.isFinite(bytes) || bytes <= 0) throw new Error('--bytes must be a positive number');

const html = bigArticle(bytes);
// On the reading list, Soi reads it; off the list, Soi leaves it alone for the comparisons.
const SOI_URL = 'http://bench.gov.vn/page';
const BARE_URL = 'http://bench.example/page';

/** How long after the pass its long tasks are still counted: the frames that first paint the marks. */
const AFTER_MS = 1_000;

const LONGTASKS = () => {
  const w = window as unknown as { longtasks: { start: number; duration: number }[] };
  w.longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

const probe = (await build({ entryPoints: [join(ROOT, 'tests/fixtures/hostile/probe.ts')], bundle: true, write: false, format: 'iife' }))
  .outputFiles[0]?.text;
const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

const soi = await launchSoi({ extensionDir });
try {
  await soi.context.route(/^http:\/\/bench\.(gov\.vn|example)\//, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );

  const open = async (url: string): Promise<Page> => {
    const page = await soi.context.newPage();
    // tsx keeps function names with a `__name` helper that functions sent to the page expect.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.addInitScript(LONGTASKS);
    if (probe) await page.addInitScript({ content: probe });
    await page.goto(url, { timeout: 120_000, waitUntil: 'load' });
    return page;
  };

  // Soi.
  const page = await open(SOI_URL);
  await soi.waitForReader(page, 300_000);
  await page.waitForTimeout(AFTER_MS);
  const soiRun = await page.evaluate((afterMs) => {
    const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('soi:annotate'));
    const total = measures.find((m) => m.name === 'soi:annotate') as PerformanceEntry;
    const w = window as unknown as { longtasks: { start: number; duration: number }[] };
    const end = total.startTime + total.duration;
    const during = w.longtasks.filter((t) => t.start + t.duration >= total.startTime && t.start <= end + afterMs);
    const probeApi = (window as unknown as { soiProbe: { expected(): { figures: string[]; references: string[] } } }).soiProbe;
    const expected = probeApi.expected();
    const stepAt = (t: { start: number; duration: number }) =>
      measures.find((m) => m !== total && t.start + t.duration >= m.startTime && t.start <= m.startTime + m.duration)?.name.replace('soi:annotate:', '') ??
      (t.start > end ? 'after the pass' : 'between steps');
    const byStep = new Map<string, number>();
    for (const t of during) byStep.set(stepAt(t), Math.max(byStep.get(stepAt(t)) ?? 0, t.duration));
    return {
      byStep: [...byStep].map(([step, longest]) => `${step} ${Math.round(longest)} ms`).join(', '),
      total: total.duration,
      steps: measures.filter((m) => m !== total).map((m) => [m.name.replace('soi:annotate:', ''), m.duration] as const),
      longest: Math.max(0, ...during.map((t) => t.duration)),
      longTasks: during.length,
      figures: Number(document.documentElement.dataset.soiFigures),
      references: Number(document.documentElement.dataset.soiReferences),
      texts: [...new Set([...expected.figures, ...expected.references])],
      textLength: document.body.innerText.length,
    };
  }, AFTER_MS);
  await page.close();

  // mark.js, same matches: one regular expression of every distinct matched text, longest first.
  const bare = await open(BARE_URL);
  await bare.addScriptTag({ content: markJs });
  const markRun = await bare.evaluate(async (texts) => {
    const pattern = texts
      .sort((a, b) => b.length - a.length)
      .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
      .join('|');
    const w = window as unknown as { Mark: new (el: Element) => { markRegExp(re: RegExp, o: object): void }; longtasks: { start: number; duration: number }[] };
    const began = performance.now();
    const marks = await new Promise<number>((done) =>
      new w.Mark(document.body).markRegExp(new RegExp(pattern, 'g'), { acrossElements: true, done: (n: number) => done(n) }),
    );
    const took = performance.now() - began;
    await new Promise((r) => setTimeout(r, 100));
    const during = w.longtasks.filter((t) => t.start + t.duration >= began);
    return { took, marks, longest: Math.max(0, ...during.map((t) => t.duration)) };
  }, soiRun.texts);
  await bare.close();

  // A bare TreeWalker pass: visit every text node and join the text.
  const walkerPage = await open(BARE_URL);
  const walker = await walkerPage.evaluate(() => {
    const began = performance.now();
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    let nodes = 0;
    while (walk.nextNode()) {
      parts.push((walk.currentNode as Text).data);
      nodes++;
    }
    const length = parts.join('').length;
    return { took: performance.now() - began, nodes, length };
  });
  await walkerPage.close();

  const size = (file: string) => {
    const data = readFileSync(join(extensionDir, file));
    return `${(data.length / 1024).toFixed(1)} kB raw, ${(gzipSync(data, { level: 9 }).length / 1024).toFixed(1)} kB gzip`;
  };
  const ms = (n: number) => `${n.toFixed(0)} ms`;

  console.log(`Page: ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB of HTML, ${soiRun.textLength.toLocaleString('en')} characters of text, ${walker.nodes.toLocaleString('en')} text nodes`);
  console.log(`Soi annotate:        ${ms(soiRun.total)}  (${soiRun.steps.map(([n, d]) => `${n} ${ms(d)}`).join(', ')})`);
  console.log(`  marks:             ${soiRun.figures.toLocaleString('en')} figures, ${soiRun.references.toLocaleString('en')} references`);
  console.log(`  longest task:      ${soiRun.longTasks === 0 ? 'none over 50 ms' : `${ms(soiRun.longest)} (${soiRun.longTasks} tasks over 50 ms; longest by step: ${soiRun.byStep})`}`);
  console.log(`mark.js markRegExp:  ${ms(markRun.took)}  (${markRun.marks.toLocaleString('en')} marks, same ${soiRun.texts.length} match texts; longest task ${ms(markRun.longest)})`);
  console.log(`bare TreeWalker:     ${ms(walker.took)}  (${walker.length.toLocaleString('en')} characters)`);
  console.log(`content script:      ${size('content-scripts/reader.js')}`);
  console.log(`card (lazy):         ${size('reader-card.js')}`);
  console.log(`(${bytes.toLocaleString('en')}-byte target page; machine load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)})`);
} finally {
  await soi.close();
}
// The PDF viewer on a 100-page file (scripts/bench/pdf.ts), after the web page.
await import('./pdf');
