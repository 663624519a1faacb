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
 * - the heap the pass leaves on the page's main thread (after garbage collection, against the same
 *   page without Soi);
 * - the content script's size, raw and gzipped, and the lazily loaded card's;
 * - on the sample site's ordinary articles (5–20 kB of text), Soi's time to read and mark against
 *   mark.js `markRegExp` over the same matches, median over the pages (issue 15's ratio): Soi's
 *   time runs from the start of its first pass (document_idle's moment) to the end of painting;
 *   and, whenever Soi started, the wait from the page's DOMContentLoaded to the marks painted.
 *   `SOI_BENCH_STEPS=1` also prints each article's steps.
 * `--trace` also records a Chromium trace of the big page's pass and prints its main-thread tasks
 * over 50 ms with their own CPU time (`scripts/bench/main-thread-trace.ts`): on a busy machine a
 * task's wall time also counts its waits for a core.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { request } from 'node:http';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchSoi } from '../../tests/e2e/harness';
import { bigArticle } from '../../tests/fixtures/hostile/pages';
import { startTrace, type TracedTask } from './main-thread-trace';
import { median } from './median';

const ROOT = resolve(import.meta.dirname, '../..');
const extensionDir = process.env.SOI_EXTENSION_DIR ?? EXTENSION_DIR;
const bytesFlag = process.argv.indexOf('--bytes');
const bytes = bytesFlag > 0 ? Number(process.argv[bytesFlag + 1]) : 2_000_000;
if (!Number.isFinite(bytes) || bytes <= 0) throw new Error('--bytes must be a positive number');
/**
 * `--skip big-markjs,pdf` (any of `big`, `big-markjs`, `articles`, `pdf`) leaves parts out while
 * iterating: mark.js alone takes minutes on the big page. The default run prints everything.
 */
const PARTS = ['big', 'big-markjs', 'articles', 'pdf'] as const;
const skipFlag = process.argv.indexOf('--skip');
const skipped = new Set(skipFlag > 0 ? (process.argv[skipFlag + 1] ?? '').split(',') : []);
for (const part of skipped) if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--skip takes ${PARTS.join(', ')}; not ${part}`);
const runs = (part: (typeof PARTS)[number]) => !skipped.has(part);
const tracing = process.argv.includes('--trace');

const html = bigArticle(bytes);
// On the reading list, Soi reads it; off the list, Soi leaves it alone for the comparisons.
const SOI_ORIGIN = 'http://bench.gov.vn';
const BARE_ORIGIN = 'http://bench.example';

/** How long after the pass its long tasks are still counted: the frames that first paint the marks. */
const AFTER_MS = 1_000;

/**
 * Resolves `window.soiDone` when Soi's pass says `data-soi-state="done"`. Waited on from the page's
 * main world: Playwright's `waitForFunction` first loads its injected script (hundreds of kB,
 * 35 ms of CPU to compile) into the page, and at the page's load that lands inside Soi's timed
 * pass, whereas mark.js's page has it loaded before its timing starts.
 */
const DONE = () => {
  const w = window as unknown as { soiDone: Promise<void> };
  w.soiDone = new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (document.documentElement.dataset.soiState !== 'done') return;
      watch.disconnect();
      resolve();
    });
    watch.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-soi-state'] });
  });
};

const LONGTASKS = () => {
  const w = window as unknown as { longtasks: { start: number; duration: number }[] };
  w.longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

const probe = (await build({ entryPoints: [join(ROOT, 'tests/fixtures/hostile/probe.ts')], bundle: true, write: false, format: 'iife' })).outputFiles[0]?.text;
const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

/** The same page twice on the same host list: read by Soi, and left alone for the comparisons. */
const pages = new Map<string, string>([['/page', html]]);

interface SoiRun {
  byStep: string;
  total: number;
  /** From the pass's start until its marks were painted (before attribution and checks note them). */
  marked: number;
  /** From the page's DOMContentLoaded until the marks were painted: the wait after the page shows, whenever Soi starts. */
  markedAfterDom: number;
  steps: (readonly [string, number])[];
  longest: number;
  longTasks: number;
  figures: number;
  references: number;
  texts: string[];
  textLength: number;
}

/** The main thread's JS heap after garbage collection, in bytes (the page's scripts and Soi's content script share it). */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** A page of the sample site as it serves `host` (which it tells by the Host header). */
function fetchFromSite(port: number, host: string, path: string): Promise<string> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => (res.statusCode === 200 ? done(Buffer.concat(chunks).toString('utf8')) : fail(new Error(`${host}${path}: HTTP ${res.statusCode}`))));
    });
    req.on('error', fail);
    req.end();
  });
}

const soi = await launchSoi({ extensionDir });
try {
  await soi.context.route(/^http:\/\/bench\.(gov\.vn|example)\//, (route) => {
    const body = pages.get(new URL(route.request().url()).pathname);
    return body === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });

  /** Opens `url`; `until: 'commit'` returns as soon as the page starts, so the caller can set its waits up before Soi's pass. */
  const open = async (url: string, until: 'load' | 'commit' = 'load', beforeGoing?: (page: Page) => Promise<void>): Promise<Page> => {
    const page = await soi.context.newPage();
    await beforeGoing?.(page);
    // tsx keeps function names with a `__name` helper that functions sent to the page expect.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.addInitScript(LONGTASKS);
    await page.addInitScript(DONE);
    if (probe) await page.addInitScript({ content: probe });
    await page.goto(url, { timeout: 120_000, waitUntil: until });
    return page;
  };

  /** Soi's pass over the page at `path`, on a reading-list host; `heap` also measures what it leaves on the heap. */
  const soiPass = async (
    path: string,
    { heap = false, readAgain = false, trace = false } = {},
  ): Promise<SoiRun & { heap?: number; markedAgain?: number; traced?: TracedTask[] }> => {
    let traceOf: Awaited<ReturnType<typeof startTrace>> | undefined;
    const page = await open(`${SOI_ORIGIN}${path}`, 'commit', trace ? async (p) => void (traceOf = await startTrace(p)) : undefined);
    // Asked while the page loads, so whatever Playwright sets up in the page is done before Soi's pass starts.
    await page.evaluate(
      (timeout) =>
        Promise.race([
          (window as unknown as { soiDone: Promise<void> }).soiDone,
          new Promise((_, fail) =>
            setTimeout(() => fail(new Error(`Soi's reader did not finish (data-soi-state=${document.documentElement.dataset.soiState})`)), timeout),
          ),
        ]),
      300_000,
    );
    await page.waitForTimeout(AFTER_MS);
    // Stopped before the figures are gathered: the probe's own extraction below is no part of the pass.
    const traced = await traceOf?.stop(path);
    const run: SoiRun = await page.evaluate((afterMs) => {
      const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('soi:annotate'));
      const total = measures.find((m) => m.name === 'soi:annotate') as PerformanceEntry;
      const painted = measures.find((m) => m.name === 'soi:annotate:paint');
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
        marked: painted ? painted.startTime + painted.duration - total.startTime : total.duration,
        markedAfterDom:
          (painted ? painted.startTime + painted.duration : end) -
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        steps: measures.filter((m) => m !== total).map((m) => [m.name.replace('soi:annotate:', ''), m.duration] as const),
        longest: Math.max(0, ...during.map((t) => t.duration)),
        longTasks: during.length,
        figures: Number(document.documentElement.dataset.soiFigures),
        references: Number(document.documentElement.dataset.soiReferences),
        texts: [...new Set([...expected.figures, ...expected.references])],
        textLength: document.body.innerText.length,
      };
    }, AFTER_MS);
    const used = heap ? await heapAfterGc(page) : undefined;
    const again = readAgain ? await readAgainWarm(page) : undefined;
    await page.close();
    return { ...run, ...(used === undefined ? {} : { heap: used }), ...(again === undefined ? {} : { markedAgain: again }), ...(traced ? { traced } : {}) };
  };

  /**
   * The toolbar button on a page already read: the same pass again with the worker started and its
   * code compiled, which is what every later pass on the page (a changed block, the next article of
   * a single-page app) costs. Returns its read-and-marked time.
   */
  const readAgainWarm = async (page: Page): Promise<number> => {
    const url = page.url();
    await page.bringToFront();
    const answer = await soi.background.evaluate(async (target) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };
      };
      // Tabs' addresses are not Soi's to read (no "tabs" permission): the page was brought to the front.
      const [tab] = await chrome.tabs.query({ active: true });
      if (tab?.id === undefined) throw new Error(`no active tab for ${target}`);
      return chrome.tabs.sendMessage(tab.id, { soi: 1, type: 'reader.annotate', payload: {} });
    }, url);
    if (!(answer as { ok?: boolean } | undefined)?.ok) throw new Error(`reader.annotate: ${JSON.stringify(answer)}`);
    return page.evaluate(() => {
      const totals = performance.getEntriesByName('soi:annotate', 'measure');
      const total = totals[totals.length - 1] as PerformanceEntry;
      const paints = performance.getEntriesByName('soi:annotate:paint', 'measure');
      const paint = paints[paints.length - 1] as PerformanceEntry;
      return paint.startTime + paint.duration - total.startTime;
    });
  };

  /** `measure` on the page at `path` off the reading list, which Soi leaves alone. */
  const openBare = async <T>(path: string, measure: (page: Page) => Promise<T>): Promise<T> => {
    const bare = await open(`${BARE_ORIGIN}${path}`);
    try {
      return await measure(bare);
    } finally {
      await bare.close();
    }
  };

  /** mark.js over the same matches: one regular expression of every distinct matched text, longest first. */
  const markJsPass = async (path: string, texts: string[], heap = false) => {
    const bare = await open(`${BARE_ORIGIN}${path}`);
    const before = heap ? await heapAfterGc(bare) : undefined;
    await bare.addScriptTag({ content: markJs });
    const run = await bare.evaluate(async (matchTexts) => {
      const pattern = matchTexts
        .sort((a, b) => b.length - a.length)
        .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
        .join('|');
      const w = window as unknown as {
        Mark: new (el: Element) => { markRegExp(re: RegExp, o: object): void };
        longtasks: { start: number; duration: number }[];
      };
      const began = performance.now();
      const marks = await new Promise<number>((done) =>
        new w.Mark(document.body).markRegExp(new RegExp(pattern, 'g'), { acrossElements: true, done: (n: number) => done(n) }),
      );
      const took = performance.now() - began;
      await new Promise((r) => setTimeout(r, 100));
      const during = w.longtasks.filter((t) => t.start + t.duration >= began);
      return { took, marks, longest: Math.max(0, ...during.map((t) => t.duration)) };
    }, texts);
    await bare.close();
    return { ...run, bareHeap: before };
  };

  const soiRun = runs('big') ? await soiPass('/page', { heap: true, trace: tracing }) : undefined;
  const markRun = soiRun && runs('big-markjs') ? await markJsPass('/page', soiRun.texts, true) : undefined;
  // The same page without Soi, for the heap Soi's pass adds, when mark.js is not run on it.
  const bareHeap = markRun?.bareHeap ?? (soiRun ? await openBare('/page', heapAfterGc) : undefined);

  // The sample site's ordinary articles, served under the bench hosts so both runs see the same page.
  const articles: { host: string; soi: SoiRun; markJs: number; ratio: number; warm: number; warmRatio: number }[] = [];
  for (const [i, sample] of runs('articles') ? soi.site.samples.entries() : []) {
    pages.set(`/sample-${i}`, await fetchFromSite(soi.site.port, sample.host, sample.path));
    const run = await soiPass(`/sample-${i}`, { readAgain: true });
    const mark = await markJsPass(`/sample-${i}`, run.texts);
    const warm = run.markedAgain ?? run.marked;
    articles.push({
      host: sample.host,
      soi: run,
      markJs: mark.took,
      ratio: run.marked / Math.max(mark.took, 0.1),
      warm,
      warmRatio: warm / Math.max(mark.took, 0.1),
    });
  }

  // A bare TreeWalker pass: visit every text node and join the text.
  const walkerPage = await open(`${BARE_ORIGIN}/page`);
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

  if (soiRun) {
    console.log(
      `Page: ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB of HTML, ${soiRun.textLength.toLocaleString('en')} characters of text, ${walker.nodes.toLocaleString('en')} text nodes`,
    );
    console.log(`Soi annotate:        ${ms(soiRun.total)}  (${soiRun.steps.map(([n, d]) => `${n} ${ms(d)}`).join(', ')})`);
    console.log(`  marks:             ${soiRun.figures.toLocaleString('en')} figures, ${soiRun.references.toLocaleString('en')} references`);
    console.log(
      `  longest task:      ${soiRun.longTasks === 0 ? 'none over 50 ms' : `${ms(soiRun.longest)} (${soiRun.longTasks} tasks over 50 ms; longest by step: ${soiRun.byStep})`}`,
    );
    if (soiRun.traced) {
      const over = (key: 'cpuMs' | 'wallMs') => soiRun.traced?.filter((task) => task[key] > 50) ?? [];
      const longest = (key: 'cpuMs' | 'wallMs') => Math.max(0, ...(soiRun.traced?.map((task) => task[key]) ?? []));
      console.log(
        `  traced:            ${over('cpuMs').length} main-thread tasks over 50 ms of CPU (longest ${ms(longest('cpuMs'))}), ${over('wallMs').length} over 50 ms of wall time (longest ${ms(longest('wallMs'))}); from the page's start, Soi's and the page's own:`,
      );
      for (const task of soiRun.traced)
        console.log(
          `    at ${ms(task.at)}: ${ms(task.wallMs)} wall, ${ms(task.cpuMs)} CPU, in ${task.step.replace(/soi:annotate:/g, '').replace(/soi:annotate/g, 'pass')}: ${task.inside.join(', ')}`,
        );
    }
    if (soiRun.heap !== undefined && bareHeap !== undefined) {
      console.log(
        `  heap added:        ${((soiRun.heap - bareHeap) / 1e6).toFixed(1)} MB on the page's main thread after the pass (after GC, against the same page without Soi)`,
      );
    }
    if (markRun)
      console.log(
        `mark.js markRegExp:  ${ms(markRun.took)}  (${markRun.marks.toLocaleString('en')} marks, same ${soiRun.texts.length} match texts; longest task ${ms(markRun.longest)})`,
      );
    console.log(`bare TreeWalker:     ${ms(walker.took)}  (${walker.length.toLocaleString('en')} characters)`);
  }
  console.log(`content script:      ${size('content-scripts/reader.js')}`);
  console.log(`card (lazy):         ${size('reader-card.js')}`);
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  if (articles.length > 0)
    console.log(
      `articles (${articles.length}, ${kB(Math.min(...articles.map((a) => a.soi.textLength)))}–${kB(Math.max(...articles.map((a) => a.soi.textLength)))} of text): Soi read and marked median ${ms(median(articles.map((a) => a.soi.marked)))} (whole pass with checks ${ms(median(articles.map((a) => a.soi.total)))}), mark.js markRegExp median ${ms(median(articles.map((a) => a.markJs)))}; ratio median ${median(articles.map((a) => a.ratio)).toFixed(1)}× (${articles.map((a) => `${a.host} ${a.ratio.toFixed(1)}×`).join(', ')})`,
    );
  const middle = [...articles].sort((a, b) => a.ratio - b.ratio)[articles.length >> 1];
  if (articles.length > 0)
    console.log(
      `  read again:        worker warm (toolbar button on a page already read): Soi median ${ms(median(articles.map((a) => a.warm)))}; ratio median ${median(articles.map((a) => a.warmRatio)).toFixed(1)}× (${articles.map((a) => `${a.warmRatio.toFixed(1)}×`).join(', ')})`,
    );
  if (articles.length > 0)
    console.log(
      `  after the page:    from DOMContentLoaded to the marks painted, median ${ms(median(articles.map((a) => a.soi.markedAfterDom)))} (${articles.map((a) => ms(a.soi.markedAfterDom)).join(', ')})`,
    );
  if (process.env.SOI_BENCH_STEPS)
    for (const a of articles)
      console.log(`    ${a.host}: ${a.soi.steps.map(([n, d]) => `${n} ${ms(d)}`).join(', ')}; marked ${ms(a.soi.marked)}; mark.js ${ms(a.markJs)}`);
  if (middle) console.log(`  median article:    ${middle.host}: ${middle.soi.steps.map(([n, d]) => `${n} ${ms(d)}`).join(', ')}; mark.js ${ms(middle.markJs)}`);
  console.log(`(${bytes.toLocaleString('en')}-byte target page; machine load average ${(await import('node:os')).loadavg()[0]?.toFixed(1)})`);
} finally {
  await soi.close();
}
// The PDF viewer on a 100-page file (scripts/bench/pdf.ts), after the web page.
if (runs('pdf')) await import('./pdf');
