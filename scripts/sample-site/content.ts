/**
 * What the sample site serves: corpus articles (read at run time from ../shared, never copied),
 * fixture pages written for tests (tests/fixtures/pages), and generated pages (./pages/*.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { GeneratedPage } from './generated-page';
import type { Article, Outlet } from './layout';
import outletData from './outlets.json';
import sampleData from './samples.json';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../..');
/** `../shared` beside the repository; SOI_SHARED_DIR overrides it. */
export const SHARED_DIR = resolve(process.env.SOI_SHARED_DIR ?? join(REPO_ROOT, '../shared'));
export const CORPUS_DIR = join(SHARED_DIR, 'corpus/dev');
export const FIXTURE_PAGES_DIR = join(REPO_ROOT, 'tests/fixtures/pages');
const GENERATED_PAGES_DIR = join(here, 'pages');

export const OUTLETS: Readonly<Record<string, Outlet>> = outletData.outlets;

export interface Sample {
  seed: string;
  host: string;
  path: string;
  article: Article;
}

interface SampleEntry {
  seed: string;
  host: string;
  path: string;
  section: string;
  date: string;
  titleLine?: number;
  ownTitle?: string;
}

function articleFromSeed(entry: SampleEntry, text: string): Article {
  const lines = text.split('\n');
  if (entry.titleLine === undefined) {
    return { title: entry.ownTitle ?? entry.seed, date: entry.date, section: entry.section, body: text };
  }
  const title = lines[entry.titleLine]?.trim();
  if (!title) throw new Error(`${entry.seed}: line ${entry.titleLine} is empty, it cannot be the headline`);
  const body = lines.filter((_, i) => i !== entry.titleLine).join('\n');
  return { title, date: entry.date, section: entry.section, body };
}

/** The corpus articles as pages; throws with the path when ../shared is missing. */
export function loadSamples(): Sample[] {
  const entries: SampleEntry[] = sampleData.samples;
  return entries.map((entry) => {
    const file = join(CORPUS_DIR, `${entry.seed}.txt`);
    if (!existsSync(file)) {
      throw new Error(`Sample article ${file} not found: the shared corpus must sit beside the repository (../shared) or be named by SOI_SHARED_DIR.`);
    }
    return { seed: entry.seed, host: entry.host, path: entry.path, article: articleFromSeed(entry, readFileSync(file, 'utf8')) };
  });
}

/** Names of fixture pages: `tests/fixtures/pages/<name>.html` or `.txt`, served at `/fixtures/<name>`. */
export function fixtureNames(): string[] {
  if (!existsSync(FIXTURE_PAGES_DIR)) return [];
  return readdirSync(FIXTURE_PAGES_DIR)
    .filter((f) => /\.(html|txt)$/.test(f))
    .map((f) => f.replace(/\.(html|txt)$/, ''))
    .sort();
}

export type Fixture = { kind: 'html'; html: string } | { kind: 'article'; article: Article };

const DATE_LINE = /^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2})?)?$/;

/**
 * A `.html` fixture is served as written. A `.txt` fixture is an article: first line the
 * headline, then optionally a line with its date (`2024-05-02`), then the body.
 */
export function loadFixture(name: string): Fixture | undefined {
  if (!/^[\w.-]+$/.test(name)) return undefined;
  const html = join(FIXTURE_PAGES_DIR, `${name}.html`);
  if (existsSync(html)) return { kind: 'html', html: readFileSync(html, 'utf8') };
  const txt = join(FIXTURE_PAGES_DIR, `${name}.txt`);
  if (!existsSync(txt)) return undefined;
  const [title = name, ...rest] = readFileSync(txt, 'utf8').split('\n');
  const date = rest[0] !== undefined && DATE_LINE.test(rest[0].trim()) ? rest.shift()!.trim() : undefined;
  return { kind: 'article', article: { title: title.trim(), date, body: rest.join('\n') } };
}

export async function loadGeneratedPages(): Promise<GeneratedPage[]> {
  if (!existsSync(GENERATED_PAGES_DIR)) return [];
  const files = readdirSync(GENERATED_PAGES_DIR)
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .sort();
  const pages: GeneratedPage[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(GENERATED_PAGES_DIR, file)).href)) as { default?: GeneratedPage };
    if (!module.default?.path?.startsWith('/')) throw new Error(`${file} must default-export defineGeneratedPage({ path: '/…', … })`);
    pages.push(module.default);
  }
  return pages;
}
