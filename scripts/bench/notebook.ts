/**
 * `npm run --silent bench:notebook`: does the side panel cost the same with 100 000 clips as with
 * 1 000? In Chromium with the built extension and its real IndexedDB, in one run: the notebook is
 * seeded with 1 000 clips and measured, grown to 100 000 and measured again, then a 100 000-row
 * official table is imported through the side panel's file input.
 *
 * - first paint: from navigation to the first clips of the virtual list on screen (median of 3 loads);
 * - Compare tab: from the click to the grid painted (median of 3). The tab shows the indicator
 *   first in the menu; the clips added past the first 1 000 are all of other indicators, so that
 *   indicator has the same rows (about 75) in both notebooks and the ratio tells what the *rest* of
 *   the notebook costs. (Seeded in proportion, the big notebook held 100× its rows, ~7 500.)
 * - grid query: one indicator's grid at 100 000 clips asked of the side panel's worker code, from
 *   the request to the built grid back in the page, against a bare Dexie read of the same rows (the
 *   indicator's grid entries) by the same index on the page's main thread. Both are ~10 ms, where one cold sample is noise on a
 *   busy machine: each is taken warm (after WARM_UPS unrecorded runs), SAMPLES times, the two
 *   interleaved in alternating order, and the medians reported; the line before the JSON has
 *   every sample. Every grid sample reads IndexedDB, as the bare read does: the worker's Dexie keeps
 *   no query cache. (The grid's first read after the Compare tab's click is printed too.)
 * - import: rows per second, and the longest the side panel's main thread was held meanwhile.
 *
 * The last line is one JSON object with these figures. SOI_BENCH_CLIPS changes the big notebook's
 * size, SOI_BENCH_IMPORT_ROWS the table's. Clips are synthetic: real indicator ids and province
 * names, made-up values and sources (scripts/bench/notebook-seed.ts).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { OLD_UNITS } from '../../utils/attribution/gazetteer';
import { EXTENSION_DIR, launchSoi } from '../../tests/e2e/harness';
import { median } from './median';

const SMALL = 1_000;
const CLIPS = Number(process.env.SOI_BENCH_CLIPS ?? 100_000);
const IMPORT_ROWS = Number(process.env.SOI_BENCH_IMPORT_ROWS ?? 100_000);
const RUNS = 3;
const WARM_UPS = 3;
const SAMPLES = 15;

interface Queries {
  grid: number[];
  bare: number[];
  /** A bare read of the same clips, whole, from the clips table (not in the JSON: what the grid read before its own store). */
  wholeClips: number[];
  /** Clips the grid placed, and rows the bare read returned (the grid leaves out figures it cannot place). */
  gridClips: number;
  bareRows: number;
}

/** What the bench bundle puts on the side panel's `globalThis`. */
interface BenchWorld {
  soiBench: {
    seed(from: number, to: number, spared?: string): Promise<void>;
    /** Every sample in milliseconds, and how many clips each side got. */
    queries(indicator: string, warmUps: number, samples: number): Promise<Queries>;
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Seeding and the bare read, bundled for the page: the seed's generator and Dexie over the same database. */
async function benchBundle(): Promise<string> {
  const contents = `
    import { openNotebook } from '../../utils/notebook/db';
    import { getSetting } from '../../utils/settings';
    import { SHOWN_SOURCES } from '../../components/notebook/IndicatorComparison';
    import { watchGrid } from '../../entrypoints/sidepanel/panel-worker-client';
    import { gridEntryOf } from '../../utils/notebook/grid';
    import { random, seedClip } from './notebook-seed';
    const next = random(42);
    async function seed(from, to, spared) {
      const db = await new Promise((done, fail) => {
        const request = indexedDB.open('soi-notebook');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      for (let at = from; at < to; at += 10000) {
        await new Promise((done, fail) => {
          // Each clip with its grid entry, as Soi's own writes keep them (utils/notebook/grid-store.ts).
          const tx = db.transaction(['clips', 'gridEntries'], 'readwrite');
          const store = tx.objectStore('clips');
          const entries = tx.objectStore('gridEntries');
          for (let i = at; i < Math.min(to, at + 10000); i++) {
            const clip = seedClip(i, next, spared);
            const added = store.add(clip);
            added.onsuccess = () => {
              const entry = gridEntryOf({ ...clip, id: added.result });
              if (entry) entries.put(entry);
            };
          }
          tx.oncomplete = done;
          tx.onerror = () => fail(tx.error);
        });
      }
      db.close();
    }
    let opened;
    async function notebook() {
      opened ??= openNotebook();
      await opened.open();
      return opened;
    }
    // The side panel's own request for the Compare tab's grid, through its own worker client.
    async function gridQuery(db, indicator, tolerances) {
      let stop = () => undefined;
      const start = performance.now();
      const view = await new Promise((done, fail) => {
        stop = watchGrid(db, { indicator, options: { map: 63, tolerances }, shownSources: SHOWN_SOURCES }, done, fail);
      });
      const took = performance.now() - start;
      stop();
      let clips = 0;
      for (const row of view?.rows ?? []) for (const cell of row.cells.values()) clips += cell.sources.length + cell.more.length;
      return { took, clips };
    }
    // The indicator's clips, whole, by the compound index: what the grid read before it had a store of its own.
    async function wholeClipsRead(db, indicator) {
      const start = performance.now();
      const rows = await db.clips.where('[indicator+subject+period]').between([indicator], [indicator, []]).toArray();
      return { took: performance.now() - start, rows: rows.length };
    }
    // The indicator's grid entries, by the grid store's own compound index: the rows the grid query reads.
    async function bareRead(db, indicator) {
      const start = performance.now();
      const rows = await db.gridEntries.where('[indicator+subject+period]').between([indicator], [indicator, []]).toArray();
      return { took: performance.now() - start, rows: rows.length };
    }
    // Interleaved, the order alternating, so that neither side always follows the other.
    async function queries(indicator, warmUps, samples) {
      const db = await notebook();
      const tolerances = await getSetting('tolerances');
      const result = { grid: [], bare: [], wholeClips: [], gridClips: 0, bareRows: 0 };
      for (let i = 0; i < warmUps + samples; i++) {
        const first = i % 2 ? await bareRead(db, indicator) : await gridQuery(db, indicator, tolerances);
        const second = i % 2 ? await gridQuery(db, indicator, tolerances) : await bareRead(db, indicator);
        const [grid, bare] = i % 2 ? [second, first] : [first, second];
        const whole = await wholeClipsRead(db, indicator);
        if (i < warmUps) continue;
        result.grid.push(grid.took);
        result.bare.push(bare.took);
        result.wholeClips.push(whole.took);
        result.gridClips = grid.clips;
        result.bareRows = bare.rows;
      }
      return result;
    }
    Object.assign(globalThis, { soiBench: { seed, queries } });`;
  const bundle = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  return bundle.outputFiles[0]!.text;
}

/** Milliseconds from navigation to the list's first clips on screen. */
async function firstPaint(panel: Page): Promise<number> {
  await panel.reload();
  await panel.waitForFunction(() => performance.getEntriesByName('soi:notebook:list-rendered').length > 0, undefined, { timeout: 120_000 });
  await panel.locator('.nb-clip').first().waitFor();
  return panel.evaluate(() => performance.getEntriesByName('soi:notebook:list-rendered')[0]!.startTime);
}

/**
 * Milliseconds from the click on the Compare tab to its grid painted, timed in the page, and when
 * (after the click) its indicator menu and its grid had been read, to tell waiting from painting.
 */
async function compareTab(panel: Page): Promise<{ took: number; parts: string }> {
  return panel.evaluate(async () => {
    const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((element) => element.id === 'tab-grid');
    if (!tab) throw new Error('no Compare tab');
    const start = performance.now();
    tab.click();
    while (!document.querySelector('.nb-indicator .nb-grid')) {
      if (performance.now() - start > 120_000) throw new Error(`no grid after 2 minutes: ${document.querySelector('.nb-panel')?.textContent?.slice(0, 200)}`);
      await new Promise((next) => requestAnimationFrame(next));
    }
    // The frame after the grid is in the document is the one that paints it.
    await new Promise((next) => requestAnimationFrame(() => setTimeout(next, 0)));
    const took = performance.now() - start;
    // Inline, not a named helper: the compiler would wrap a named function in a helper the page lacks.
    const [menu, grid] = ['soi:grid-indicators', 'soi:grid'].map((name) => {
      const entry = performance.getEntriesByName(name).at(-1);
      return entry ? Math.round(entry.startTime + entry.duration - start) : NaN;
    });
    return { took, parts: `Compare tab's menu read at ${menu} ms, its grid at ${grid} ms` };
  });
}

interface Step {
  /** The side panel's own measures of its queries at first paint (last load). */
  queries: string;
  firstPaint: number;
  compareTab: number;
  /** The grid's first read after the Compare tab's click, as the side panel measures it (median of RUNS). */
  tabGrid: number;
  /** Medians of the warm, interleaved samples. */
  gridQuery: number;
  bareRead: number;
  samples: Queries;
  indicator: string;
}

/** Each step measured RUNS times on a fresh load of the side panel, then the grid query against the bare read; medians. */
async function measure(panel: Page, bundle: string): Promise<Step> {
  const runs: Array<{ firstPaint: number; compareTab: number; tabGrid: number; queries: string }> = [];
  for (let run = 0; run < RUNS; run++) {
    const paint = await firstPaint(panel);
    const compare = await compareTab(panel);
    const tabGrid = await panel.evaluate(() => performance.getEntriesByName('soi:grid').at(-1)?.duration ?? NaN);
    const queries = await panel.evaluate(() =>
      ['soi:rows', 'soi:count', 'soi:facets']
        .map((name) => `${name.slice(4)} ${Math.round(performance.getEntriesByName(name)[0]?.duration ?? NaN)} ms`)
        .join(', '),
    );
    runs.push({ queries: `${queries}; ${compare.parts}`, firstPaint: paint, compareTab: compare.took, tabGrid });
  }
  const indicator = await panel.locator('.nb-compare select').inputValue();
  await panel.evaluate(bundle);
  const samples = await panel.evaluate(
    ([id, warmUps, count]) => (globalThis as unknown as BenchWorld).soiBench.queries(String(id), Number(warmUps), Number(count)),
    [indicator, WARM_UPS, SAMPLES] as const,
  );
  const pick = (key: 'firstPaint' | 'compareTab' | 'tabGrid') => round(median(runs.map((r) => r[key])));
  return {
    queries: runs.at(-1)!.queries,
    firstPaint: pick('firstPaint'),
    compareTab: pick('compareTab'),
    tabGrid: pick('tabGrid'),
    gridQuery: round(median(samples.grid)),
    bareRead: round(median(samples.bare)),
    samples,
    indicator,
  };
}

/** One step's line: its figures, the indicator measured, and the side panel's own query times. */
function stepLine(clips: number, step: Step): string {
  return (
    `${clips.toLocaleString('en')} clips: first paint ${step.firstPaint} ms, Compare tab ${step.compareTab} ms (its first grid ${step.tabGrid} ms after the click); ` +
    `grid query ${step.gridQuery} ms, bare read ${step.bareRead} ms (${step.indicator}: ${step.samples.bareRows} entries read, ${step.samples.gridClips} in the grid; queries: ${step.queries})`
  );
}

/** Every sample of the grid query and the bare read, in the order taken. */
function samplesLine(clips: number, samples: Queries): string {
  const list = (values: number[]) => values.map((v) => v.toFixed(1)).join(' ');
  return (
    `${clips.toLocaleString('en')} clips, ${SAMPLES} warm samples each after ${WARM_UPS} unrecorded, interleaved (ms): grid query ${list(samples.grid)}; bare read ${list(samples.bare)}; ` +
    `bare read of the same clips, whole ${list(samples.wholeClips)} (median ${round(median(samples.wholeClips))})`
  );
}

/** A made-up official table: sample indicators × the 63 provinces × years, one value per row. */
function officialTable(rows: number): string {
  const lines = ['Chỉ số,Tỉnh,Kỳ,Giá trị,Loại'];
  for (let k = 0; lines.length <= rows; k++) {
    for (let year = 2008; year <= 2024 && lines.length <= rows; year++) {
      for (const unit of OLD_UNITS) {
        if (lines.length > rows) break;
        lines.push(`Chỉ số mẫu ${k},${unit.name},${year},${(lines.length % 6300) / 100},score`);
      }
    }
  }
  return lines.join('\r\n');
}

interface ImportRun {
  seconds: number;
  /** The longest main-thread task the Long Tasks API reported (0: none over 50 ms). */
  longestTaskMs: number;
  latestTimerMs: number;
  /** The longest tasks, each with when it started: so many seconds into the import, or after its end. */
  when: string;
}

/** Imports the table through the file input; times it, and watches the main thread meanwhile. */
async function importTable(panel: Page, csv: string): Promise<ImportRun> {
  // The Long Tasks API reports every main-thread task over 50 ms; a timer every 10 ms also tells how
  // late it fires, which on a loaded machine includes waiting for the CPU, not only for the page.
  // (A string, so that no helper of this script's compiler leaks into the page.)
  await panel.evaluate(`(() => {
    const probe = (globalThis.soiProbe = { longestTask: 0, latestTimer: 0, stop: false, tasks: [], start: performance.now(), end: 0 });
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      probe.latestTimer = Math.max(probe.latestTimer, now - last - 10);
      last = now;
      if (!probe.stop) setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.longestTask = Math.max(probe.longestTask, entry.duration);
        probe.tasks.push([entry.startTime, entry.duration]);
      }
    }).observe({ type: 'longtask' });
  })()`);
  // From a file on disk: a buffer would be rebuilt from base64 by script in the page, a main-thread task of the harness's own.
  const folder = mkdtempSync(join(tmpdir(), 'soi-bench-'));
  const file = join(folder, 'bang-mau-lon.csv');
  writeFileSync(file, csv);
  const start = performance.now();
  await panel.getByLabel('Nhập bảng số liệu chính thức (CSV)…').setInputFiles(file);
  // Polled by a few lines of script: Playwright's text locators walk the whole page on every poll, a
  // main-thread task of the harness's own that the long-task probe would count against the panel.
  const notice = await panel.waitForFunction(
    () => {
      const shown = document.querySelector('.nb-notice');
      const text = shown?.textContent ?? '';
      return shown?.classList.contains('nb-notice-error') || /Đã nhập [\d.]+ số liệu\./.test(text) ? text : undefined;
    },
    undefined,
    { polling: 250, timeout: 900_000 },
  );
  const outcome = String(await notice.jsonValue());
  if (!/Đã nhập [\d.]+ số liệu\./.test(outcome)) throw new Error(`the import did not finish: ${outcome}`);
  const seconds = (performance.now() - start) / 1000;
  rmSync(folder, { recursive: true, force: true });
  const probe = await panel.evaluate(() => {
    const world = (
      globalThis as unknown as {
        soiProbe: { longestTask: number; latestTimer: number; stop: boolean; tasks: Array<[number, number]>; start: number; end: number };
      }
    ).soiProbe;
    world.stop = true;
    world.end = performance.now();
    return world;
  });
  const when = [...probe.tasks]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(
      ([at, took]) =>
        `${Math.round(took)} ms ${at > probe.end - 1_000 ? `${((at - probe.end) / 1000).toFixed(1)} s from the end` : `${((at - probe.start) / 1000).toFixed(1)} s in`}`,
    )
    .join(', ');
  return { seconds, longestTaskMs: round(probe.longestTask), latestTimerMs: round(probe.latestTimer), when };
}

async function main(): Promise<void> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) throw new Error('no built extension: run `npx wxt build` first');
  const bundle = await benchBundle();
  const soi = await launchSoi();
  try {
    const panel = await soi.openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 460, height: 1000 });
    await panel.getByRole('heading', { level: 1 }).waitFor();
    console.log(`notebook bench: ${(await soi.context.browser()?.version()) ?? 'Chromium'}, real IndexedDB`);

    const seed = async (from: number, to: number, spared?: string) => {
      await panel.evaluate(bundle);
      const start = performance.now();
      await panel.evaluate(([a, b, c]) => (globalThis as unknown as BenchWorld).soiBench.seed(Number(a), Number(b), c as string | undefined), [
        from,
        to,
        spared,
      ] as const);
      console.log(`seeded clips ${from.toLocaleString('en')}–${to.toLocaleString('en')} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    };
    await seed(0, SMALL);
    await new Promise((settle) => setTimeout(settle, 3_000));
    const small = await measure(panel, bundle);
    console.log(stepLine(SMALL, small));
    console.log(samplesLine(SMALL, small.samples));

    await seed(SMALL, CLIPS, small.indicator);
    // IndexedDB compacts its files after a large write; measure once the browser has settled.
    await new Promise((settle) => setTimeout(settle, 20_000));
    const big = await measure(panel, bundle);
    console.log(stepLine(CLIPS, big));
    console.log(
      `ratios 100k/1k: first paint ${(big.firstPaint / small.firstPaint).toFixed(2)}×, Compare tab ${(big.compareTab / small.compareTab).toFixed(2)}×; ` +
        `grid query / bare read ${(big.gridQuery / big.bareRead).toFixed(2)}×`,
    );

    await panel.reload();
    await panel.getByRole('heading', { level: 1 }).waitFor();
    const imported = await importTable(panel, officialTable(IMPORT_ROWS));
    const importRowsPerS = Math.round(IMPORT_ROWS / imported.seconds);
    console.log(
      `import: ${IMPORT_ROWS.toLocaleString('en')} rows in ${imported.seconds.toFixed(1)} s (${importRowsPerS} rows/s), longest main-thread task ${imported.longestTaskMs} ms (0: none over 50 ms; longest: ${imported.when || 'none'}), a 10 ms timer at most ${imported.latestTimerMs} ms late`,
    );

    console.log(samplesLine(CLIPS, big.samples));
    console.log(
      JSON.stringify({
        clips: CLIPS,
        firstPaintMs: { '1k': small.firstPaint, '100k': big.firstPaint },
        compareTabMs: { '1k': small.compareTab, '100k': big.compareTab },
        gridQueryMs: big.gridQuery,
        bareIndexedReadMs: big.bareRead,
        importRowsPerS,
        longestTaskMs: imported.longestTaskMs,
      }),
    );
  } finally {
    await soi.close();
  }
}

await main();
