import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkEnd, extractInSlices } from '../../../utils/annotation/extract-in-slices';
import { extract } from '../../../utils/extraction';
import type { Extraction, Figure } from '../../../utils/extraction/types';

const CORPUS = join(__dirname, '../../../../shared/corpus/dev');
const texts = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(join(CORPUS, f), 'utf8') }));

const spans = (items: { start: number; end: number; text: string }[]) => items.map((i) => `${i.start}-${i.end}:${i.text}`).sort();

describe('extraction in paragraph chunks', () => {
  it('ends chunks at line breaks, else sentence ends, else spaces', () => {
    expect(chunkEnd('aaaa\nbbbb\ncccc', 0, 3)).toBe(5);
    expect(chunkEnd('aaaa. bbbb cccc', 0, 3)).toBe(6);
    expect(chunkEnd('aaaa bbbb', 0, 3)).toBe(5);
    expect(chunkEnd('short', 0, 100)).toBe(5);
  });

  it.each(texts)('finds in $name what extraction of the whole text finds, at the same offsets', async ({ text }) => {
    const whole = extract(text);
    const sliced = await extractInSlices(text, extract, { firstChunk: 400, budgetMs: 0.01 });
    expect(spans(sliced.figures)).toEqual(spans(whole.figures));
    expect(spans(sliced.references)).toEqual(spans(whole.references));
    expect(spans(sliced.backrefs)).toEqual(spans(whole.backrefs));
    for (const item of [...sliced.figures, ...sliced.references, ...sliced.backrefs]) expect(text.slice(item.start, item.end)).toBe(item.text);
  });

  it('resolves a back-reference to a document cited chunks earlier', async () => {
    const filler = 'Các sở, ngành tiếp tục triển khai nhiệm vụ.\n'.repeat(200);
    const text = `Thực hiện Nghị quyết số 09-NQ/TU ngày 15-10-2021 của Tỉnh ủy.\n${filler}Theo Nghị quyết số 09, tỉnh đạt 98,65%.`;
    const sliced = await extractInSlices(text, extract, { firstChunk: 500, budgetMs: 0.01 });
    expect(sliced.references.map((r) => r.symbol)).toEqual(['09-NQ/TU']);
    expect(sliced.backrefs.map((b) => [b.text, b.symbol])).toEqual([['Nghị quyết số 09', '09-NQ/TU']]);
    expect(text.slice(sliced.backrefs[0]?.start, sliced.backrefs[0]?.end)).toBe('Nghị quyết số 09');
  });

  it('takes in a chunk with more items than a function call takes arguments (300 000 figures)', async () => {
    const text = '1% '.repeat(300_000);
    // Extraction stood in for by one that finds every `1%`, so the test is about taking the items in.
    const everyPercent = (chunk: string): Extraction => {
      const figures: Figure[] = [];
      for (let at = chunk.indexOf('1%'); at >= 0; at = chunk.indexOf('1%', at + 2)) {
        figures.push({ text: '1%', kind: 'percent', value: 1, start: at, end: at + 2 } as Figure);
      }
      return { figures, references: [], backrefs: [] };
    };
    const found = await extractInSlices(text, everyPercent, { firstChunk: text.length });
    expect(found.figures).toHaveLength(300_000);
    expect(found.figures[299_999]).toMatchObject({ start: text.length - 3, end: text.length - 1 });
  });

  it('stops when the pass is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(extractInSlices('đạt 98,65%\n'.repeat(1000), extract, { signal: controller.signal })).rejects.toThrow('cancelled');
  });
});
