/**
 * Builds the Figures a check sees from a page text and a gold-style list (`text`, `kind`, `value`,
 * `of`, `unit`), finding each text in the page in order — so rules are tested without the extractor.
 */
import type { Figure, FigureKind } from '../../../utils/extraction/types';

export interface FigureSpec {
  text: string;
  kind: FigureKind;
  value: number;
  of?: number;
  unit?: string;
  qualifier?: string;
}

/** With `lenient`, a listed figure missing from the page is dropped instead of failing. */
export function placeFigures(text: string, specs: readonly FigureSpec[], lenient = false): Figure[] {
  // Gold lists may give one span twice with different kinds (`8.793/6.500 đảng viên` as count and ratio).
  const taken = new Set<string>();
  const free = (at: number) => !taken.has(`${at}:${spec.kind}:${spec.value}`);
  let spec: FigureSpec;
  let from = 0;
  const placed: (Figure | undefined)[] = specs.map((current) => {
    spec = current;
    let start = text.indexOf(spec.text, from);
    while (start >= 0 && !free(start)) start = text.indexOf(spec.text, start + 1);
    if (start < 0) {
      start = text.indexOf(spec.text);
      while (start >= 0 && !free(start)) start = text.indexOf(spec.text, start + 1);
    }
    if (start < 0 && lenient) return undefined;
    if (start < 0) throw new Error(`figure “${spec.text}” is not in the page`);
    taken.add(`${start}:${spec.kind}:${spec.value}`);
    from = start + 1;
    const figure: Figure = { text: spec.text, kind: spec.kind, value: spec.value, start, end: start + spec.text.length };
    if (spec.of !== undefined) figure.of = spec.of;
    if (spec.unit !== undefined) figure.unit = spec.unit;
    if (spec.qualifier !== undefined) figure.qualifier = spec.qualifier;
    return figure;
  });
  return placed.filter((f): f is Figure => f !== undefined);
}
