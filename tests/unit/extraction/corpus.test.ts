import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extraction/extract';

/**
 * The dev corpus scored with the matching rules of ../shared/tools/score.mjs: a predicted figure
 * matches a gold one of the same kind and value (and denominator when gold has one), a reference
 * matches on its symbol with case, Đ/D, spaces and hyphens ignored; optional gold items absorb
 * predictions without counting. The corpus is read in place, never copied.
 */
const DEV = resolve(__dirname, '../../../../shared/corpus/dev');

interface Gold {
  figures?: GoldItem[];
  references?: GoldItem[];
  backrefs?: GoldItem[];
}
type GoldItem = Record<string, unknown> & { optional?: boolean };
interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const closeTo = (a: unknown, b: unknown): boolean => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
const sameFigure = (p: GoldItem, g: GoldItem): boolean => p.kind === g.kind && closeTo(p.value, g.value) && (g.of === undefined || closeTo(p.of, g.of));
const normSymbol = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFC')
    .replace(/\s+/g, '')
    .replace(/[-‐‑‒–—―−]/g, '')
    .replace(/[Đđ]/g, 'D')
    .toUpperCase();
const sameSymbol = (p: GoldItem, g: GoldItem): boolean => normSymbol(p.symbol) === normSymbol(g.symbol);

function match(predicted: GoldItem[], gold: GoldItem[], same: (p: GoldItem, g: GoldItem) => boolean, tally: Tally): Array<[GoldItem, GoldItem]> {
  const used = new Set<number>();
  const pairs: Array<[GoldItem, GoldItem]> = [];
  for (const p of predicted) {
    let hit = -1;
    for (const optional of [false, true]) {
      hit = gold.findIndex((g, i) => !used.has(i) && !!g.optional === optional && same(p, g));
      if (hit >= 0) break;
    }
    if (hit < 0) {
      tally.fp++;
      continue;
    }
    used.add(hit);
    if (!gold[hit]!.optional) {
      tally.tp++;
      pairs.push([p, gold[hit]!]);
    }
  }
  tally.fn += gold.filter((g, i) => !used.has(i) && !g.optional).length;
  return pairs;
}

const f1 = ({ tp, fp, fn }: Tally): number => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

describe.skipIf(!existsSync(DEV))('dev corpus', () => {
  it('meets the bars: figure F1 ≥ 0.95, reference F1 ≥ 0.98, back-reference F1 ≥ 0.90, dates ≥ 0.98', () => {
    const fig: Tally = { tp: 0, fp: 0, fn: 0 };
    const ref: Tally = { tp: 0, fp: 0, fn: 0 };
    const back: Tally = { tp: 0, fp: 0, fn: 0 };
    let dates = 0;
    let datesRight = 0;
    const goldFiles = readdirSync(DEV).filter((f) => f.endsWith('.gold.json'));
    expect(goldFiles.length).toBeGreaterThan(0);
    for (const file of goldFiles) {
      const gold = JSON.parse(readFileSync(join(DEV, file), 'utf8')) as Gold;
      const text = readFileSync(join(DEV, file.replace(/\.gold\.json$/, '.txt')), 'utf8');
      const result = extract(text);
      match(result.figures as unknown as GoldItem[], gold.figures ?? [], sameFigure, fig);
      const pairs = match(result.references as unknown as GoldItem[], gold.references ?? [], sameSymbol, ref);
      match(result.backrefs as unknown as GoldItem[], gold.backrefs ?? [], sameSymbol, back);
      for (const [p, g] of pairs)
        if (g.date) {
          dates++;
          if (p.date === g.date) datesRight++;
        }
    }
    expect(f1(fig)).toBeGreaterThanOrEqual(0.95);
    expect(f1(ref)).toBeGreaterThanOrEqual(0.98);
    expect(f1(back)).toBeGreaterThanOrEqual(0.9);
    expect(dates ? datesRight / dates : 1).toBeGreaterThanOrEqual(0.98);
  });
});
