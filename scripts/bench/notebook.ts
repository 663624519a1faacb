/**
 * `npm run bench:notebook`: a notebook of 100 000 clips, and how long the side panel waits on it.
 *
 * Twice: in Chromium with the built extension (real IndexedDB; the side panel page itself is timed
 * from navigation to the first list on screen, and the Compare tab's grid query), then in Node on
 * fake-indexeddb (an IndexedDB written in JavaScript, much slower than Chromium's) for the same
 * queries without a browser. SOI_BENCH_CLIPS changes the size; SOI_BENCH_CHROMIUM=0 or SOI_BENCH_NODE=0 skips one.
 * Measured in Node:
 * - grid query: reading every placeable figure and building the indicator × province × period grid
 *   (all indicators, then one indicator as the Compare tab shows it after a filter);
 * - side panel first render: the list's first page (newest 200), the filter facets, and Preact
 *   rendering the list into a document (happy-dom);
 * - a full-text search and a province filter, for scale.
 * Clips are synthetic: real indicator ids and province names, made-up values and sources.
 */
import 'fake-indexeddb/auto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { openNotebook } from '../../utils/notebook/db';
import { buildGrid } from '../../utils/notebook/grid';
import { clipFacets, findClips, gridClips } from '../../utils/notebook/queries';
import type { Clip } from '../../utils/notebook/types';
import type { Tolerances } from '../../utils/settings';
import { random, seedClip } from './notebook-seed';

const CLIPS = Number(process.env.SOI_BENCH_CLIPS ?? 100_000);
const BATCH = 5_000;
/** The defaults of the options page (utils/settings), spelled out: that module needs the extension's storage. */
const TOLERANCES: Tolerances = { percent: 0.1, rank: 0, rank_change: 0, score: 0.001, count: 1, money: 1, ratio: 1 };
async function time<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;

interface SeedWorld {
  soiSeed: { random: typeof random; seedClip: typeof seedClip };
}

/** The side panel in Chromium over a notebook of `CLIPS` clips written straight into its IndexedDB. */
async function inChromium(): Promise<void> {
  const { EXTENSION_DIR, launchSoi } = await import('../../tests/e2e/harness');
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    console.log('chromium: skipped, no built extension (run `npx wxt build` first)');
    return;
  }
  const seeder = await build({
    stdin: { contents: "import { random, seedClip } from './notebook-seed'; Object.assign(globalThis, { soiSeed: { random, seedClip } });", resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  const soi = await launchSoi();
  try {
    const panel = await soi.openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 460, height: 1000 });
    await panel.getByRole('heading', { level: 1 }).waitFor();
    await panel.evaluate(seeder.outputFiles[0]!.text);
    const seeding = await panel.evaluate(async (count) => {
      const { soiSeed } = globalThis as unknown as SeedWorld;
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('soi-notebook');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      const next = soiSeed.random(42);
      const start = performance.now();
      for (let from = 0; from < count; from += 10_000) {
        await new Promise((done, fail) => {
          const tx = db.transaction('clips', 'readwrite');
          const store = tx.objectStore('clips');
          for (let i = from; i < Math.min(count, from + 10_000); i++) store.add(soiSeed.seedClip(i, next));
          tx.oncomplete = done;
          tx.onerror = () => fail(tx.error);
        });
      }
      db.close();
      return performance.now() - start;
    }, CLIPS);
    console.log(`chromium: ${CLIPS.toLocaleString('en')} clips seeded in ${(seeding / 1000).toFixed(1)} s (real IndexedDB, ${await soi.context.browser()?.version() ?? 'Chromium'})`);
    // IndexedDB compacts its files after a large write; measure once the browser has settled.
    await new Promise((settle) => setTimeout(settle, 20_000));
    const entry = (name: string) => panel.evaluate((n) => performance.getEntriesByName(n).map((e) => Math.round(e.duration)), name);
    for (let run = 1; run <= 3; run++) {
      await panel.reload();
      await panel.waitForFunction(() => performance.getEntriesByName('soi:notebook:list-rendered').length > 0, undefined, { timeout: 120_000 });
      const firstRender = await panel.evaluate(() => performance.getEntriesByName('soi:notebook:list-rendered')[0]!.startTime);
      const shown = await panel.locator('.nb-clip').count();
      const [list, facets, count] = [await entry('soi:list'), await entry('soi:facets'), await entry('soi:count')];
      console.log(
        `chromium run ${run}: side panel first render ${ms(firstRender).trim()} from navigation (${shown} clips listed; ` +
          `queries: newest 200 ${list[0]} ms, filter values ${facets[0]} ms, count ${count[0]} ms)`,
      );
      const clicked = performance.now();
      await panel.getByRole('tab', { name: 'So sánh' }).click();
      await panel.locator('.nb-indicator').first().waitFor({ timeout: 120_000 });
      const onScreen = performance.now() - clicked;
      const [read, build, facetsAgain] = [await entry('soi:grid:read'), await entry('soi:grid:build'), await entry('soi:facets')];
      const figures = await panel.locator('.nb-cell-value').count();
      console.log(
        `chromium run ${run}: grid query ${(read[0] ?? 0) + (build[0] ?? 0)} ms for one indicator (read ${read[0]} ms, build ${build[0]} ms); ` +
          `Compare tab on screen ${ms(onScreen).trim()} after the click (${figures} values shown; its indicator list ${facetsAgain.at(-1)} ms)`,
      );
    }
  } finally {
    await soi.close();
  }
}

async function inNode(): Promise<void> {
  const db = openNotebook(`soi-bench-${Date.now()}`);
  const next = random(42);
  const [, seeding] = await time(async () => {
    for (let from = 0; from < CLIPS; from += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, CLIPS - from) }, (_, k) => seedClip(from + k, next));
      await db.clips.bulkAdd(batch as Clip[]);
    }
  });
  console.log(`notebook bench: ${CLIPS.toLocaleString('en')} clips seeded in ${(seeding / 1000).toFixed(1)} s (fake-indexeddb in Node ${process.version})`);

  const [all, readAll] = await time(() => gridClips(db));
  const [grids, build] = await time(() => buildGrid(all, { map: 63, tolerances: TOLERANCES }));
  const cells = grids.reduce((n, g) => n + g.rows.reduce((m, r) => m + r.cells.size, 0), 0);
  const conflicts = grids.reduce((n, g) => n + g.conflicts, 0);
  console.log(`grid query, all indicators:   ${ms(readAll + build)}  (read ${all.length.toLocaleString('en')} figures ${ms(readAll).trim()}, build ${ms(build).trim()}; ${grids.length} indicators, ${cells} cells, ${conflicts} with conflicts)`);
  const [, rolled] = await time(() => buildGrid(all, { map: 34, tolerances: TOLERANCES }));
  console.log(`grid rebuilt on the 34 map:   ${ms(rolled)}`);
  const one = grids[0]?.indicator.id;
  const [oneClips, readOne] = await time(() => gridClips(db, one));
  const [, buildOne] = await time(() => buildGrid(oneClips, { map: 63, tolerances: TOLERANCES }));
  console.log(`grid query, one indicator:    ${ms(readOne + buildOne)}  (${one}: ${oneClips.length.toLocaleString('en')} figures)`);

  const window = new Window();
  Object.assign(globalThis, { document: window.document });
  const { ClipList } = await import('../../components/notebook/ClipList');
  const root = window.document.createElement('div');
  window.document.body.append(root);
  const [, firstRender] = await time(async () => {
    const [page, facets] = await Promise.all([findClips(db, {}, 200), clipFacets(db)]);
    render(h(ClipList, { clips: page.clips, total: page.total, empty: page.total === 0, onEdit: () => {}, onDelete: () => {}, onOpen: () => {} }), root);
    if (root.querySelectorAll('.nb-clip').length !== page.clips.length || facets.indicators.length === 0) throw new Error('the list did not render');
  });
  console.log(`side panel first render:      ${ms(firstRender)}  (newest 200 of ${CLIPS.toLocaleString('en')}, facets from the indexes, Preact into happy-dom)`);

  const [found, search] = await time(() => findClips(db, { search: 'nam dinh dti' }, 200));
  console.log(`search "nam dinh dti":        ${ms(search)}  (${found.total.toLocaleString('en')} matches)`);
  const [filtered, filter] = await time(() => findClips(db, { province: 'ninh-binh-2025', period: '2022' }, 200));
  console.log(`filter Ninh Bình (34) + 2022: ${ms(filter)}  (${filtered.total.toLocaleString('en')} matches)`);
  db.close();
  await window.happyDOM.close();
}

if (process.env.SOI_BENCH_CHROMIUM !== '0') await inChromium();
if (process.env.SOI_BENCH_NODE !== '0') await inNode();
