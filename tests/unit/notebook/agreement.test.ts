import { describe, expect, it } from 'vitest';
import { agree, comparable, rangeOf, type Reading } from '@/utils/notebook/agreement';
import { writtenStep } from '@/utils/extraction/numbers/written-figure';
import { DEFAULT_TOLERANCES, type Tolerances } from '@/utils/settings';

const strict: Tolerances = { ...DEFAULT_TOLERANCES, percent: 0.05, count: 0.5, money: 0.5 };
const r = (text: string, value: number, figureKind: Reading['figureKind'], extra: Partial<Reading> = {}): Reading => ({ text, value, figureKind, ...extra });

describe('the step of the last digit written', () => {
  it.each([
    ['đạt 98,65%', 98.65, 0.01],
    ['72%', 72, 1],
    ['1,9 triệu dân', 1_900_000, 100_000],
    ['710 tỷ đồng', 710e9, 1e9],
    ['177.427 hồ sơ', 177_427, 1],
    ['DTI đạt 0,8241', 0.8241, 0.0001],
    ['1.9 million people', 1_900_000, 100_000],
    ['12,345 records', 12_345, 1],
    ['no number here', 5, 0],
  ])('%s → %d', (text, value, step) => {
    expect(writtenStep(text, value) ?? 0).toBeCloseTo(step, 10);
  });
});

describe('whether two sources agree on a figure', () => {
  it.each<[string, Reading, Reading, boolean]>([
    ['same percent', r('98,65%', 98.65, 'percent'), r('98,65%', 98.65, 'percent'), true],
    ['percent within 0.05 pt', r('72,34%', 72.34, 'percent'), r('72,30%', 72.3, 'percent'), true],
    ['percent rounded to a whole', r('72%', 72, 'percent'), r('72,34%', 72.34, 'percent'), true],
    ['percent apart', r('72,34%', 72.34, 'percent'), r('74,1%', 74.1, 'percent'), false],
    ['trên 80% and 82%', r('trên 80%', 80, 'percent', { qualifier: 'trên' }), r('82%', 82, 'percent'), true],
    ['trên 80% and 78%', r('trên 80%', 80, 'percent', { qualifier: 'trên' }), r('78%', 78, 'percent'), false],
    ['dưới 5% and 3%', r('dưới 5%', 5, 'percent', { qualifier: 'dưới' }), r('3%', 3, 'percent'), true],
    ['gần 300 and 290', r('gần 300 xã', 300, 'count', { qualifier: 'gần' }), r('290 xã', 290, 'count'), true],
    ['gần 300 and 300', r('gần 300 xã', 300, 'count', { qualifier: 'gần' }), r('300 xã', 300, 'count'), true],
    ['gần 300 and 320', r('gần 300 xã', 300, 'count', { qualifier: 'gần' }), r('320 xã', 320, 'count'), false],
    ['gần 300 and 250', r('gần 300 xã', 300, 'count', { qualifier: 'gần' }), r('250 xã', 250, 'count'), false],
    ['khoảng 1,9 triệu and 1.950.000', r('khoảng 1,9 triệu', 1.9e6, 'count', { qualifier: 'khoảng' }), r('1.950.000 dân', 1.95e6, 'count'), true],
    ['1,9 triệu and 1.912.345', r('1,9 triệu dân', 1.9e6, 'count'), r('1.912.345 dân', 1_912_345, 'count'), true],
    ['1,9 triệu and 2.100.000', r('1,9 triệu dân', 1.9e6, 'count'), r('2.100.000 dân', 2.1e6, 'count'), false],
    ['counts within 0.5%', r('177.427 hồ sơ', 177_427, 'count'), r('177.900 hồ sơ', 177_900, 'count'), true],
    ['counts 1% apart', r('177.427 hồ sơ', 177_427, 'count'), r('179.300 hồ sơ', 179_300, 'count'), false],
    ['money rounded to tỷ', r('710 tỷ đồng', 710e9, 'money'), r('710,3 tỷ đồng', 710.3e9, 'money'), true],
    ['rank exact', r('xếp thứ 10/63', 10, 'rank', { of: 63 }), r('đứng thứ 10', 10, 'rank'), true],
    ['rank off by one', r('xếp thứ 10/63', 10, 'rank', { of: 63 }), r('xếp thứ 11/63', 11, 'rank', { of: 63 }), false],
    ['rank change exact', r('tăng 6 bậc', 6, 'rank_change'), r('tăng 5 bậc', 5, 'rank_change'), false],
    ['score to the decimals written', r('DTI đạt 0,8241', 0.8241, 'score'), r('0,824', 0.824, 'score'), true],
    ['score apart', r('DTI đạt 0,8241', 0.8241, 'score'), r('0,8105', 0.8105, 'score'), false],
  ])('%s', (_name, a, b, expected) => {
    expect(agree(a, b, strict)).toBe(expected);
    expect(agree(b, a, strict)).toBe(expected);
  });

  it('follows the tolerance the analyst set', () => {
    const a = r('72,3%', 72.3, 'percent');
    const b = r('72,6%', 72.6, 'percent');
    expect(agree(a, b, strict)).toBe(false);
    expect(agree(a, b, { ...strict, percent: 0.5 })).toBe(true);
  });

  it('reads a hedge as a one-sided range', () => {
    expect(rangeOf(r('trên 80%', 80, 'percent', { qualifier: 'Trên' })).hi).toBe(Infinity);
    expect(rangeOf(r('dưới 5%', 5, 'percent', { qualifier: 'dưới' })).lo).toBe(-Infinity);
  });
});

describe('which figures can be compared at all', () => {
  it.each<[string, Reading, Reading, boolean]>([
    ['percent and count', r('72%', 72, 'percent'), r('72 hồ sơ', 72, 'count'), false],
    ['VND and USD', r('710 tỷ đồng', 710e9, 'money', { unit: 'VND' }), r('30 triệu USD', 3e7, 'money', { unit: 'USD' }), false],
    ['ranks out of 63 and 34', r('10/63', 10, 'rank', { of: 63 }), r('10/34', 10, 'rank', { of: 34 }), false],
    ['rank with and without denominator', r('10/63', 10, 'rank', { of: 63 }), r('thứ 10', 10, 'rank'), true],
  ])('%s', (_name, a, b, expected) => {
    expect(comparable(a, b)).toBe(expected);
  });
});
