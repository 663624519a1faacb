/**
 * Runs extraction over a big page text in paragraph-sized chunks, yielding between chunks.
 *
 * Extraction reads sentences, so cutting at line breaks changes nothing it finds. The one thing
 * that spans paragraphs is a back-reference (`Nghị quyết số 09`) to a document cited in full
 * earlier: each chunk is therefore preceded by the full references already seen, and whatever
 * extraction finds inside that preamble is dropped.
 */
import type { Extraction, Reference } from '../extraction/types';
import { Cancelled, SLICE_MS, yieldToPage } from './slices';

export type Extractor = (text: string) => Extraction;

const MIN_CHUNK = 2_000;
const MAX_CHUNK = 200_000;
/** How many earlier references a chunk carries in its preamble: enough for back-references, bounded for hostile pages. */
const PREAMBLE_REFERENCES = 200;

/** Where to end a chunk that should be about `size` long: at a line break, else a sentence end, else a space. */
export function chunkEnd(text: string, start: number, size: number): number {
  const target = start + size;
  if (target >= text.length) return text.length;
  const line = text.indexOf('\n', target);
  if (line >= 0 && line - target <= size) return line + 1;
  const sentence = text.indexOf('. ', target);
  if (sentence >= 0 && sentence - target <= size) return sentence + 2;
  const space = text.indexOf(' ', target);
  if (space >= 0 && space - target <= size) return space + 1;
  return Math.min(text.length, target + size);
}

/**
 * Moves the items found past `from` (the preamble) into `into`, shifted by `by`. A loop, not
 * `push(...items)`: a chunk can hold more items than a call takes arguments on a worker's stack.
 */
function shiftInto<T extends { start: number; end: number }>(into: T[], items: readonly T[], by: number, from: number): T[] {
  const added: T[] = [];
  for (const item of items) {
    if (item.start < from) continue;
    const shifted = { ...item, start: item.start - by, end: item.end - by };
    into.push(shifted);
    added.push(shifted);
  }
  return added;
}

/**
 * Extraction of `text`, computed chunk by chunk with the main thread given back in between.
 * Offsets are into `text`. `budgetMs` is how long one chunk should take; the chunk size adapts to
 * the measured speed of the extractor.
 */
export async function extractInSlices(
  text: string,
  extractor: Extractor,
  options: { signal?: AbortSignal; budgetMs?: number; firstChunk?: number } = {},
): Promise<Extraction> {
  const budget = options.budgetMs ?? SLICE_MS;
  const all: Extraction = { figures: [], references: [], backrefs: [] };
  const cited = new Map<string, Reference>();
  let size = options.firstChunk ?? 4_000;
  let start = 0;
  while (start < text.length) {
    if (options.signal?.aborted) throw new Cancelled();
    const end = chunkEnd(text, start, size);
    const preamble = [...cited.values()]
      .slice(-PREAMBLE_REFERENCES)
      .map((r) => r.text)
      .join('\n');
    const lead = preamble ? preamble.length + 1 : 0;
    const began = performance.now();
    const found = extractor(lead ? `${preamble}\n${text.slice(start, end)}` : text.slice(start, end));
    const took = performance.now() - began;
    const by = lead - start;
    shiftInto(all.figures, found.figures, by, lead);
    const references = shiftInto(all.references, found.references, by, lead);
    shiftInto(all.backrefs, found.backrefs, by, lead);
    for (const reference of references) if (!cited.has(reference.symbol)) cited.set(reference.symbol, reference);
    const rate = (end - start) / Math.max(took, 0.1);
    size = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, Math.floor(rate * budget)));
    start = end;
    if (start < text.length) await yieldToPage();
  }
  return all;
}
