/**
 * `npx tsx scripts/extraction-snapshot.ts > before.jsonl`, change the engine, run it again and
 * `cmp` the two: one JSON line of extract() output per dev corpus page, per seeded random page cut
 * and mixed from the corpus and hostile runs, and for the whole corpus as one page. Speed work on the
 * engine must leave every line as it was. The corpus is read in place, never copied.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../utils/extraction/extract';

const DEV = resolve(import.meta.dirname, '../../shared/corpus/dev');
const files = readdirSync(DEV)
  .filter((f) => f.endsWith('.txt'))
  .sort();
if (files.length === 0) throw new Error(`no .txt pages in ${DEV}`);
const texts = files.map((f) => readFileSync(join(DEV, f), 'utf8'));
const out = (name: string, text: string): void => void process.stdout.write(`${name} ${JSON.stringify(extract(text))}\n`);

files.forEach((file, k) => out(file, texts[k]!));

let seed = 12345;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const fragments = texts.join('\n').split(/(?<=[\s/\-.,%:;()])/);
const runs = [
  '\n',
  '\n\n',
  ' ',
  '/',
  '-',
  '.',
  ',',
  '%',
  '1',
  '2023',
  '1.234',
  '98,65',
  'số ',
  'ngày ',
  'thứ ',
  '\u0301',
  '\ud83d\ude00',
  '\ud800',
  'Ð',
  ':',
  '\t',
  '\u00a0',
];
for (let n = 0; n < 3000; n++) {
  let page = '';
  const parts = 1 + Math.floor(random() * 60);
  for (let k = 0; k < parts; k++)
    page +=
      random() < 0.6 ? fragments[Math.floor(random() * fragments.length)] : runs[Math.floor(random() * runs.length)]!.repeat(1 + Math.floor(random() * 4));
  out(`random-${n}`, page);
}
out('corpus-as-paragraphs', texts.join('\n\n'));
out('corpus-as-lines', texts.join('\n'));
