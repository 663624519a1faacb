import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLexicons, lexiconsJson } from '../../../utils/extraction/figures/lexicon-phrases';

describe('data/lexicons.json', () => {
  it('is the word lists compiled as they are now (run `npm run lexicons` after changing one)', () => {
    const written = readFileSync(resolve(import.meta.dirname, '../../../utils/extraction/data/lexicons.json'), 'utf8');
    expect(written === lexiconsJson(compileLexicons()), 'data/lexicons.json is out of date: run `npm run lexicons`').toBe(true);
  });
});
