/**
 * `npm run bench:startup [-- RUNS]`: what extraction costs before its first answer, the part of a first
 * read that the reader's worker pays on every page. Bundles `utils/extraction/extract.ts` as the worker
 * build does (one ES module; JSON data inlined as `JSON.parse` of a string, as Vite does with large
 * JSON files), then in RUNS fresh Node processes (default 20) takes the
 * CPU time of evaluating that module and of the first `extract()` on a dev article, and prints medians.
 * CPU time, not wall time, so that a busy machine disturbs the figures less.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { median } from './median';

const ROOT = resolve(import.meta.dirname, '../..');
const ARTICLE = resolve(ROOT, '../shared/corpus/dev/dev-01.txt');

/** Runs in each fresh process: times the import, then the first and a second extraction. */
const PROBE = `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const text = require('node:fs').readFileSync(process.argv[3], 'utf8');
const t0 = cpu();
import(process.argv[2]).then(({ extract }) => {
  const t1 = cpu();
  extract(text);
  const t2 = cpu();
  extract(text);
  const t3 = cpu();
  process.stdout.write(JSON.stringify([t1 - t0, t2 - t1, t3 - t2]));
});`;

/** JSON imports as Vite builds them: parsed from a string at run time, cheaper than an object literal. */
const jsonAsString: Plugin = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, ({ path }) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 20);
  const dir = mkdtempSync(join(tmpdir(), 'soi-startup-'));
  const bundle = join(dir, 'extract.mjs');
  await build({
    entryPoints: [resolve(ROOT, 'utils/extraction/extract.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    minify: true,
    outfile: bundle,
    alias: { '@': ROOT },
    plugins: [jsonAsString],
    logLevel: 'silent',
  });
  const probe = join(dir, 'probe.cjs');
  writeFileSync(probe, PROBE);
  const samples = Array.from({ length: runs }, () => {
    const out = execFileSync(process.execPath, [probe, bundle, ARTICLE], { encoding: 'utf8' });
    return JSON.parse(out) as [number, number, number];
  });
  const column = (i: number): string => median(samples.map((s) => s[i]!)).toFixed(1);
  process.stdout.write(
    `extraction start-up (${runs} fresh processes, median CPU ms, ${readFileSync(bundle).length} B bundle)\n` +
      `module set-up ${column(0)}\nfirst extract ${column(1)}\nsecond extract ${column(2)}\n`,
  );
}

await main();
