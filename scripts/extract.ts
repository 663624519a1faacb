/**
 * `npm run --silent extract -- FILE...`: one JSON line per file,
 * `{"file","figures":[…],"references":[…],"backrefs":[…]}`.
 *
 * `.txt` files are read as UTF-8 text; `.html`/`.htm` files are read once by `readPageFile`, which
 * turns them into the text a reader sees with the same code the content script uses and keeps their
 * meta tags. A file that cannot be read is reported on stderr, the others are still done, and the
 * exit code is 1.
 */
import { extract } from '../utils/extraction/extract';
import { attributeFigures, attributeReferences, readPageMeta } from '../utils/attribution';
import { readPageFile, type PageFile } from './page-file';

function extractionLine(file: string, { text, meta, tables }: PageFile): string {
  const { figures, references, backrefs } = extract(text);
  // Indicator, subject, period (and target) for each figure, issuer's place for each reference; the page's own
  // meta tags, text and tables only. Its address is its `<link rel="canonical">` or `og:url`, as in a browser.
  const page = readPageMeta({ text, meta });
  const attributed = attributeFigures(text, figures, page, { references, tables });
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
      process.stdout.write(`${extractionLine(file, await readPageFile(file))}\n`);
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
