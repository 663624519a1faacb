/**
 * `npm run lexicons`: writes utils/extraction/data/lexicons.json, the figure rules' lexicons compiled
 * from the word lists in utils/extraction/data (see utils/extraction/figures/lexicon-phrases.ts). Run it
 * after changing a word list; a unit test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileLexicons, lexiconsJson } from '../utils/extraction/figures/lexicon-phrases';

writeFileSync(resolve(import.meta.dirname, '../utils/extraction/data/lexicons.json'), lexiconsJson(compileLexicons()));
