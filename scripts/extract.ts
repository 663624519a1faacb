/**
 * `npm run --silent extract -- FILE...`: one JSON line per file,
 * `{"file","figures":[…],"references":[…],"backrefs":[…]}`.
 *
 * `.txt` files are read as UTF-8 text; `.html`/`.htm` files are first turned into the text a reader
 * sees by the same code the content script uses (utils/annotation/page-text.ts). A file that cannot
 * be read is reported on stderr, the others are still done, and the exit code is 1.
 */
import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { extract } from '../utils/extraction/extract';
import type { Extraction, Figure } from '../utils/extraction/types';
import { readPageText } from '../utils/annotation/page-text';
import { attributeFigures, attributeReferences, readPageMeta } from '../utils/attribution';
import { readPageFile } from './page-file';

/** Turns one figure into what is printed for it; the place to add per-figure context later. */
type FigureStep = (figure: Figure, text: string) => Figure;
const figureSteps: FigureStep[] = [];

export async function pageText(file: string): Promise<string> {
  const raw = await readFile(file, 'utf8');
  if (!/\.html?$/i.test(file)) return raw;
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  try {
    window.document.write(raw);
    return readPageText(window.document.body as unknown as Node).text;
  } finally {
    await window.happyDOM.close();
  }
}

export function extractionLine(file: string, text: string, meta: Record<string, string> = {}): string {
  const { figures, references, backrefs }: Extraction = extract(text);
  const mapped = figureSteps.reduce((list, step) => list.map((f) => step(f, text)), figures);
  // Indicator, subject, period (and target) for each figure, issuer's place for each reference; the page's own meta tags and text only.
  const page = readPageMeta({ text, meta });
  const attributed = attributeFigures(text, mapped, page, { references });
  return JSON.stringify({ file, figures: attributed, references: attributeReferences(text, references, page), backrefs });
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent extract -- FILE...\n');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    try {
      const meta = /\.html?$/i.test(file) ? (await readPageFile(file)).meta : {};
      process.stdout.write(`${extractionLine(file, await pageText(file), meta)}\n`);
    } catch (error) {
      failed++;
      const reason = error instanceof Error ? error.message : String(error);
      process.stderr.write(`extract: cannot read ${file}: ${reason}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
