import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extraction/extract';
import type { Extraction } from '../../../utils/extraction/types';

/**
 * Pages made of our own sentences (figures, references with and without dates, back-references,
 * contact lines, a table column, English paragraphs) and hostile runs, with what the engine found
 * in them before it was made faster. Speed work must find exactly the same; a change of what is
 * found belongs in the rule tests, and then this fixture is written anew from its own texts:
 * `SOI_WRITE_ENGINE_FIXTURE=1 npx vitest run tests/unit/extraction/engine-output.test.ts`.
 */
const FIXTURE = resolve(__dirname, 'fixtures/engine-output.json');
const pages = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Array<{ text: string; extraction: Extraction }>;
if (process.env.SOI_WRITE_ENGINE_FIXTURE) {
  writeFileSync(
    FIXTURE,
    `${JSON.stringify(
      pages.map(({ text }) => ({ text, extraction: extract(text) })),
      null,
      1,
    )}\n`,
  );
}

describe('extract() output on the engine fixture', () => {
  it.each(pages.map((page, index) => [index, page] as const))('page %i is read as before', (_index, page) => {
    expect(extract(page.text)).toEqual(page.extraction);
  });
});
