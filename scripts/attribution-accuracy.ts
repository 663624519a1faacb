/**
 * Accuracy of attribution against our own labels (tests/fixtures/attribution/*.json), per field.
 *
 *   npm run --silent attribution            # held-out part first, then all pages, then the runs below
 *   npm run --silent attribution -- -v      # every disagreement on the pages rules were written from
 *
 * The held-out part (`heldOut: true`) was labelled before any rule was written for it; its misses
 * are never printed, so that nobody tunes rules to them. "labelled spans" attributes the labelled
 * figures themselves (attribution alone); "with extract()" attributes what the extractor finds and
 * scores labels it found, so it moves as the extractor improves; "text only" is the same without
 * the page's address, as `npm run extract` sees a file. A label's `page` is a file of
 * ../shared/corpus/dev (read at run time, never copied), or `pages/…` under tests/fixtures — our own
 * pages; `.html` ones are read as the CLI reads them. An indicator labelled `other` is right when
 * attribution gives any `other:` label (the sentence says what is measured, the list has no name).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attributeFigures, readPageMeta, type AttributedFigure } from '../utils/attribution';
import type { PageMeta, PageTable } from '../utils/attribution/types';
import { extract } from '../utils/extraction';
import type { Figure, FigureKind } from '../utils/extraction/types';
import { readPageFile } from './page-file';

interface Label {
  text: string;
  kind: FigureKind;
  occurrence?: number;
  indicator: string;
  subject: string;
  period: string;
  target?: boolean;
}

interface LabelledPage {
  page: string;
  url?: string;
  /** Labelled after the rules were written, so its score is not one the rules were tuned to. */
  heldOut?: boolean;
  figures: Label[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'tests/fixtures/attribution');
const corpus = process.env.SOI_CORPUS ?? join(root, '../shared/corpus/dev');
const verbose = process.argv.includes('-v') || process.argv.includes('--verbose');

const FIELDS = ['indicator', 'subject', 'period', 'target'] as const;
type Field = (typeof FIELDS)[number];

/** Start of the n-th occurrence of a figure's text standing on its own (`7%` is not inside `11,67%`). */
export function locate(text: string, needle: string, occurrence: number): number | undefined {
  let seen = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + needle.length);
    if (/[\p{L}\p{N}]/u.test(before) || (/[,.]/.test(before) && /\d/.test(text.charAt(at - 2)))) continue;
    if (/[\p{L}\p{N}]/u.test(after) && /[\p{L}\p{N}]$/u.test(needle)) continue;
    if (/\d$/.test(needle) && /[/,.]/.test(after) && /\d/.test(text.charAt(at + needle.length + 1))) continue;
    if (seen++ === occurrence) return at;
  }
  return undefined;
}

function figureOf(label: Label, start: number): Figure {
  const unitWords = label.text.replace(/^[^\d]*[\d.,/ ]+(?:nghìn|ngàn|triệu|tỷ|million|billion)?\s*/u, '').trim();
  const unit = label.kind === 'money' ? (/USD|\$/.test(label.text) ? 'USD' : 'VND') : unitWords || undefined;
  return { text: label.text, kind: label.kind, value: 0, unit, start, end: start + label.text.length };
}

function got(fig: AttributedFigure, field: Field): string {
  if (field === 'target') return fig.target ? 'true' : 'false';
  const v = fig[field];
  return v === 'unknown' ? 'unknown' : field === 'period' ? (v as { key: string }).key : (v as { id: string }).id;
}

function want(label: Label, field: Field): string {
  return field === 'target' ? String(label.target === true) : label[field];
}

function agrees(label: Label, fig: AttributedFigure, field: Field): boolean {
  const have = got(fig, field);
  return have === want(label, field) || (field === 'indicator' && label.indicator === 'other' && have.startsWith('other:'));
}

interface Tally {
  n: number;
  right: Record<Field | 'all', number>;
}

const tally = (): Tally => ({ n: 0, right: { indicator: 0, subject: 0, period: 0, target: 0, all: 0 } });

function score(t: Tally, page: string, label: Label, fig: AttributedFigure | undefined, run: string): void {
  t.n++;
  if (!fig) return;
  let all = true;
  for (const field of FIELDS) {
    const ok = agrees(label, fig, field);
    if (ok) t.right[field]++;
    else {
      all = false;
      if (verbose && run !== 'held out')
        console.log(`  [${run}] ${page} «${label.text}»#${label.occurrence ?? 0} ${field}: want ${want(label, field)}, got ${got(fig, field)}`);
    }
  }
  if (all) t.right.all++;
}

const pct = (a: number, n: number): string => (n ? `${((100 * a) / n).toFixed(1)}%` : '—');

function report(name: string, t: Tally, found?: number): void {
  const cells = [...FIELDS, 'all' as const].map((f) => `${f} ${pct(t.right[f], t.n)} (${t.right[f]}/${t.n})`);
  console.log(`${name}: ${cells.join('  ')}${found === undefined ? '' : `  [labels found by extract(): ${found}/${t.n}]`}`);
}

const pages = readdirSync(fixtures)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as LabelledPage);

const spansRun = tally();
const extractRun = tally();
const textOnlyRun = tally();
const heldOutRun = tally();
const heldOutPages = new Set<string>();
let found = 0;

interface ReadPage {
  text: string;
  meta: PageMeta;
  blindMeta: PageMeta;
  tables: PageTable[];
}

async function readLabelledPage(p: LabelledPage): Promise<ReadPage> {
  const path = p.page.startsWith('pages/') ? join(root, 'tests/fixtures', p.page) : join(corpus, p.page);
  if (extname(path) === '.html' || extname(path) === '.htm') {
    const file = await readPageFile(path);
    return {
      text: file.text,
      meta: readPageMeta({ text: file.text, url: p.url, meta: file.meta, title: file.title }),
      blindMeta: readPageMeta({ text: file.text, meta: file.meta, title: file.title }),
      tables: file.tables,
    };
  }
  const text = readFileSync(path, 'utf8');
  return { text, meta: readPageMeta({ text, url: p.url }), blindMeta: readPageMeta({ text }), tables: [] };
}

for (const p of pages) {
  const { text, meta, blindMeta, tables } = await readLabelledPage(p);
  if (p.heldOut) heldOutPages.add(p.page);
  const located = p.figures.map((l) => locate(text, l.text, l.occurrence ?? 0));
  located.forEach((at, i) => {
    if (at === undefined) throw new Error(`${p.page}: label «${p.figures[i]?.text}» #${p.figures[i]?.occurrence ?? 0} is not in the page`);
  });
  const own = attributeFigures(
    text,
    p.figures.map((l, i) => figureOf(l, located[i] ?? 0)),
    meta,
    { tables },
  );
  p.figures.forEach((l, i) => score(p.heldOut ? heldOutRun : spansRun, p.page, l, own[i], p.heldOut ? 'held out' : 'spans'));
  if (p.heldOut) continue;

  const extraction = extract(text);
  const theirs = attributeFigures(text, extraction.figures, meta, { references: extraction.references, tables });
  p.figures.forEach((l, i) => {
    const at = located[i] ?? 0;
    const fig = theirs.find((f) => f.start < at + l.text.length && f.end > at);
    if (fig) found++;
    score(extractRun, p.page, l, fig, 'extract');
  });

  const blind = attributeFigures(text, extraction.figures, blindMeta, { references: extraction.references, tables });
  p.figures.forEach((l, i) => {
    const at = located[i] ?? 0;
    score(
      textOnlyRun,
      p.page,
      l,
      blind.find((f) => f.start < at + l.text.length && f.end > at),
      'text only',
    );
  });
}

const all: Tally = { n: spansRun.n + heldOutRun.n, right: { ...spansRun.right } };
for (const f of [...FIELDS, 'all' as const]) all.right[f] += heldOutRun.right[f];
const tuned = pages.length - heldOutPages.size;
console.log(
  `Attribution accuracy: ${heldOutPages.size} held-out pages (${heldOutRun.n} figures, labelled before rules were written for them), ${tuned} pages the rules were developed on (${spansRun.n} figures)`,
);
report('held out       ', heldOutRun);
report('all pages      ', all);
report('developed on   ', spansRun);
report('with extract() ', extractRun, found);
report('text only (CLI)', textOnlyRun);
