import { describe, expect, it } from 'vitest';
import { applyScale, fractionDigits, readNumber } from '../../../utils/extraction/numbers/read-number';

describe('readNumber', () => {
  it.each([
    ['1.234.567', 'vi', 1234567],
    ['98,65', 'vi', 98.65],
    ['0,8241', 'vi', 0.8241],
    ['1.573,1', 'vi', 1573.1],
    ['06', 'vi', 6],
    ['8.5', 'vi', 8.5],
    ['1,234.5', 'en', 1234.5],
    ['1,000', 'en', 1000],
    ['0.3615', 'en', 0.3615],
    ['1.234', 'en', 1.234],
    ['12,5', 'en', 12.5],
  ] as const)('%s on a %s page reads %d', (raw, language, value) => {
    expect(readNumber(raw, language)).toBeCloseTo(value, 9);
  });

  it.each([['27.9.2019'], ['1.1.1.1'], ['1.23.456'], ['9'.repeat(30)], ['1.2,3.4']])('%s is not a quantity', (raw) => {
    expect(readNumber(raw, 'vi')).toBeNull();
  });

  it('counts the decimals a number is written with', () => {
    expect(fractionDigits('0,8241', 'vi')).toBe(4);
    expect(fractionDigits('1.234', 'vi')).toBe(0);
    expect(fractionDigits('68,5', 'vi')).toBe(1);
  });
});

describe('applyScale', () => {
  it('multiplies without binary noise', () => {
    expect(applyScale(8.2, 1e6)).toBe(8200000);
    expect(applyScale(1.573, 1e9)).toBe(1573000000);
    expect(applyScale(0.04, 1e6)).toBe(40000);
  });
});
