/**
 * Every verdict is true arithmetic. Passages are generated with totals and parts, counts and
 * percentages, ranks and their moves, growths and their two values — each number written in its own
 * scale and notation, some hedged — and run through extraction and the checks. The generator knows
 * what it wrote, so it knows the interval each written number stands for: a ✓ must mean the relation
 * holds somewhere inside those intervals, a ✗ that it holds nowhere. (Silence is allowed.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFigures, type Finding } from '../../../utils/checks';
import { extract } from '../../../utils/extraction';

interface Written {
  text: string;
  lo: number;
  hi: number;
}

const SCALES = [
  { word: '', size: 1 },
  { word: ' nghìn', size: 1e3 },
  { word: ' triệu', size: 1e6 },
] as const;

/** `n` written the Vietnamese way with `decimals` after the comma. */
function vi(n: number, decimals: number): string {
  const [whole = '0', fraction] = n.toFixed(decimals).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (fraction ? `,${fraction}` : '');
}

/** A true amount as a page might write it: in full, or shortened to a scale with a few decimals (rounded). */
const amount = (value: number) =>
  fc.record({ scale: fc.constantFrom(...SCALES), decimals: fc.integer({ min: 0, max: 3 }) }).map(({ scale, decimals }): Written => {
    if (scale.size === 1) return { text: vi(value, 0), lo: value, hi: value };
    const shown = Number((value / scale.size).toFixed(decimals));
    const half = (0.5 * scale.size) / 10 ** decimals;
    if (shown === 0) return { text: vi(value, 0), lo: value, hi: value };
    return { text: vi(shown, decimals) + scale.word, lo: shown * scale.size - half, hi: shown * scale.size + half };
  });

const HEDGES = [
  { word: '', widen: (w: Written) => ({ lo: w.lo, hi: w.hi }) },
  { word: 'khoảng ', widen: (w: Written, v: number) => ({ lo: w.lo - 0.05 * v, hi: w.hi + 0.05 * v }) },
  { word: 'trên ', widen: (w: Written) => ({ lo: w.lo, hi: Infinity }) },
  { word: 'gần ', widen: (w: Written, v: number) => ({ lo: w.lo - 0.05 * v, hi: w.hi }) },
] as const;

/** `n` written the English way (`1,234.5`). */
function en(n: number, decimals: number): string {
  const [whole = '0', fraction] = n.toFixed(decimals).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

/** A true amount of đồng as an English page writes it: `VND1,250bn`, `VND4.2tn`, `VND 980 billion` (rounded to the digits shown). */
const englishMoney = (billions: number) =>
  fc
    .record({
      scale: fc.constantFrom({ word: 'bn', size: 1 }, { word: ' billion', size: 1 }, { word: 'tn', size: 1000 }, { word: ' trillion', size: 1000 }),
      decimals: fc.integer({ min: 0, max: 2 }),
      space: fc.boolean(),
    })
    .map(({ scale, decimals, space }): Written => {
      const shown = Number((billions / scale.size).toFixed(decimals));
      if (shown === 0) return { text: `VND${space ? ' ' : ''}${en(billions, 0)}bn`, lo: billions * 1e9 - 0.5e9, hi: billions * 1e9 + 0.5e9 };
      const half = (0.5 * scale.size * 1e9) / 10 ** decimals;
      return { text: `VND${space ? ' ' : ''}${en(shown, decimals)}${scale.word}`, lo: shown * scale.size * 1e9 - half, hi: shown * scale.size * 1e9 + half };
    });

const ENGLISH_HEDGES = [
  { word: '', widen: HEDGES[0].widen },
  { word: 'about ', widen: HEDGES[1].widen },
  { word: 'over ', widen: HEDGES[2].widen },
  { word: 'nearly ', widen: HEDGES[3].widen },
] as const;

const overlaps = (a: { lo: number; hi: number }, b: { lo: number; hi: number }) => a.lo <= b.hi * (1 + 1e-9) && b.lo <= a.hi * (1 + 1e-9);

function verdicts(text: string, rule: string): Finding[] {
  const { figures } = extract(text);
  return checkFigures({ text, figures }).filter((f) => f.rule === rule);
}

function expectTruth(findings: Finding[], holds: boolean, text: string): void {
  for (const f of findings) expect(f.status, `${text}\n${f.explanation.vi}`).toBe(holds ? 'ok' : 'warning');
}

describe('verdicts are true arithmetic', () => {
  it('totals and their parts, in mixed scales and hedges', () => {
    const passage = fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: -60, max: 60 }), fc.constantFrom(...HEDGES))
      .chain(([a, b, drift, hedge]) => {
        const x = a * 1000;
        const y = b * 1000;
        const total = x + y + drift * 1000;
        return fc.tuple(amount(x), amount(y), amount(Math.max(1000, total)), fc.constant(hedge));
      });
    let judged = 0;
    fc.assert(
      fc.property(passage, ([x, y, total, hedge]) => {
        const text = `Năm 2024, trung tâm tiếp nhận ${hedge.word}${total.text} hồ sơ, gồm ${x.text} hồ sơ trực tuyến và ${y.text} hồ sơ trực tiếp.`;
        const t = hedge.widen(total, (total.lo + total.hi) / 2);
        const findings = verdicts(text, 'parts-total');
        judged += findings.length;
        expectTruth(findings, overlaps({ lo: x.lo + y.lo, hi: x.hi + y.hi }, t), text);
      }),
      { numRuns: 150 },
    );
    expect(judged).toBeGreaterThan(50);
  });

  it('totals and their parts in English notation, scales and hedges', () => {
    const passage = fc
      .tuple(fc.integer({ min: 1, max: 9_999 }), fc.integer({ min: 1, max: 9_999 }), fc.integer({ min: -600, max: 600 }), fc.constantFrom(...ENGLISH_HEDGES))
      .chain(([a, b, drift, hedge]) => fc.tuple(englishMoney(a), englishMoney(b), englishMoney(Math.max(1, a + b + drift)), fc.constant(hedge)));
    let judged = 0;
    fc.assert(
      fc.property(passage, ([x, y, total, hedge]) => {
        const text = `State budget revenue in 2024 reached ${hedge.word}${total.text}, consisting of ${x.text} in domestic revenue and ${y.text} from import and export.`;
        const t = hedge.widen(total, (total.lo + total.hi) / 2);
        const findings = verdicts(text, 'parts-total');
        judged += findings.length;
        expectTruth(findings, overlaps({ lo: x.lo + y.lo, hi: x.hi + y.hi }, t), text);
      }),
      { numRuns: 150 },
    );
    expect(judged).toBeGreaterThan(50);
  });

  it('a count of a count and the percentage stated for it, written the English way', () => {
    const passage = fc.tuple(
      fc.integer({ min: 50, max: 20_000 }),
      fc.integer({ min: 1, max: 1000 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: -30, max: 30 }),
    );
    let judged = 0;
    fc.assert(
      fc.property(passage, ([whole, partPer1000, decimals, drift]) => {
        const part = Math.max(1, Math.floor((whole * partPer1000) / 1000));
        const written = en(Math.max(0.1, (part / whole) * 100 + drift / 10), decimals);
        const stated = Number(written.replace(/,/g, ''));
        const text = `The province has ${en(whole, 0)} applications, of which ${en(part, 0)} applications were filed online, accounting for ${written}%.`;
        const half = 0.5 / 10 ** decimals;
        const findings = verdicts(text, 'count-percent');
        judged += findings.length;
        expectTruth(findings, Math.abs((part / whole) * 100 - stated) <= half + 1e-9, text);
      }),
      { numRuns: 150 },
    );
    expect(judged).toBeGreaterThan(50);
  });

  it('a count of a count and the percentage stated for it', () => {
    const passage = fc.tuple(
      fc.integer({ min: 50, max: 20_000 }),
      fc.integer({ min: 1, max: 1000 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: -30, max: 30 }),
    );
    let judged = 0;
    fc.assert(
      fc.property(passage, ([whole, partPer1000, decimals, drift]) => {
        const part = Math.max(1, Math.floor((whole * partPer1000) / 1000));
        // The share as written: 0,1 shown with no decimals is `0`.
        const stated = Number(Math.max(0.1, (part / whole) * 100 + drift / 10).toFixed(decimals));
        const text = `Toàn tỉnh có ${vi(whole, 0)} hồ sơ, trong đó ${vi(part, 0)} hồ sơ trực tuyến, chiếm ${vi(stated, decimals)}%.`;
        const half = 0.5 / 10 ** decimals;
        const findings = verdicts(text, 'count-percent');
        judged += findings.length;
        expectTruth(findings, Math.abs((part / whole) * 100 - stated) <= half + 1e-9, text);
      }),
      { numRuns: 150 },
    );
    expect(judged).toBeGreaterThan(50);
  });

  it('ranks before and after and the move stated', () => {
    const passage = fc.tuple(fc.integer({ min: 1, max: 63 }), fc.integer({ min: 1, max: 63 }), fc.integer({ min: 1, max: 20 }), fc.boolean());
    fc.assert(
      fc.property(passage, ([now, before, moved, up]) => {
        const text = `Năm 2023, chỉ số PCI của tỉnh xếp thứ ${now}/63, ${up ? 'tăng' : 'giảm'} ${moved} bậc so với năm 2022 (xếp thứ ${before}/63).`;
        const findings = verdicts(text, 'rank-change');
        expect(findings.length, text).toBe(1);
        expectTruth(findings, (up ? before - now : now - before) === moved, text);
      }),
      { numRuns: 100 },
    );
  });

  it('a growth and the two values it compares, in mixed scales', () => {
    const passage = fc.tuple(
      fc.integer({ min: 100, max: 90_000 }),
      fc.integer({ min: -500, max: 800 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: -40, max: 40 }),
    );
    let judged = 0;
    fc.assert(
      fc.property(passage, ([before, per1000, decimals, drift]) => {
        const now = Math.max(1, Math.round(before * (1 + per1000 / 1000)));
        const growth = ((now - before) / before) * 100;
        const stated = Number((Math.abs(growth) + drift / 10).toFixed(decimals));
        const verb = growth >= 0 ? 'tăng' : 'giảm';
        const text = `Thu ngân sách năm 2024 đạt ${vi(now, 0)} tỷ đồng, ${verb} ${vi(stated, decimals)}% so với năm 2023 (${vi(before, 0)} tỷ đồng).`;
        const nowI = { lo: now - 0.5, hi: now + 0.5 };
        const beforeI = { lo: before - 0.5, hi: before + 0.5 };
        const computed = { lo: (nowI.lo / beforeI.hi - 1) * 100, hi: (nowI.hi / beforeI.lo - 1) * 100 };
        const half = 0.5 / 10 ** decimals;
        const claimed = verb === 'tăng' ? { lo: stated - half, hi: stated + half } : { lo: -stated - half, hi: -stated + half };
        const findings = verdicts(text, 'growth');
        judged += findings.length;
        expectTruth(findings, computed.lo <= claimed.hi + 1e-9 && claimed.lo <= computed.hi + 1e-9, text);
      }),
      { numRuns: 150 },
    );
    expect(judged).toBeGreaterThan(50);
  });
});
