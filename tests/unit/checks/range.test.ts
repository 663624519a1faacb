import { describe, expect, it } from 'vitest';
import { valueRange } from '../../../utils/checks/range';
import type { Figure } from '../../../utils/extraction/types';

const fig = (text: string, kind: Figure['kind'], value: number): Figure => ({ text, kind, value, start: 0, end: text.length });

describe('what a written figure can stand for', () => {
  it.each([
    ['72,34%', 'percent', 72.34, undefined, 72.335, 72.345],
    ['66%', 'percent', 66, undefined, 65.5, 66.5],
    ['3,45 %', 'percent', 3.45, undefined, 3.445, 3.455],
    ['85.89%', 'percent', 85.89, undefined, 85.885, 85.895],
    ['177.427 hồ sơ', 'count', 177427, undefined, 177427, 177427],
    ['1,9 triệu dân', 'count', 1.9e6, undefined, 1.85e6, 1.9999e6],
    ['31 nghìn viên chức', 'count', 31000, undefined, 30500, 31999],
    ['710 tỷ đồng', 'money', 7.1e11, undefined, 7.095e11, 7.10999e11],
    ['80%', 'percent', 80, 'trên', 79.5, Infinity],
    ['300 bưu cục', 'count', 300, 'gần', 270, 300],
    ['300 bưu cục', 'count', 300, 'khoảng', 270, 330],
  ] as const)('%s (%s, hedge %s)', (text, kind, value, qualifier, lo, hi) => {
    const range = valueRange(fig(text, kind, value), qualifier);
    expect(range.lo).toBeCloseTo(lo, 6);
    if (hi === Infinity) expect(range.hi).toBe(Infinity);
    else expect(range.hi).toBeCloseTo(hi, 6);
  });
});
