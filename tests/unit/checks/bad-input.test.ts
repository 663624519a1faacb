import { describe, expect, it } from 'vitest';
import { checkFigures, checkPage } from '../../../utils/checks';
import type { Figure } from '../../../utils/extraction/types';

const f = (text: string, start: number, extra: Partial<Figure>): Figure => ({ text, kind: 'count', value: 1, start, end: start + text.length, ...extra });

describe('checks on odd input', () => {
  it('gives nothing for an empty page', () => {
    expect(checkFigures({ text: '', figures: [] })).toEqual([]);
    expect(checkPage('', [])).toEqual({ findings: [], states: [], byFigure: [] });
  });

  it('does not throw on impossible numbers and says nothing false about them', () => {
    const text = 'có 0/0 xã (100%), xếp thứ 5/0, tiếp nhận 0 hồ sơ, trong đó 0 hồ sơ trực tuyến, 0 hồ sơ trực tiếp; chiếm NaN%.';
    const figures: Figure[] = [
      f('0/0 xã', text.indexOf('0/0 xã'), { kind: 'ratio', value: 0, of: 0, unit: 'xã' }),
      f('100%', text.indexOf('100%'), { kind: 'percent', value: 100 }),
      f('5/0', text.indexOf('5/0'), { kind: 'rank', value: 5, of: 0 }),
      f('0 hồ sơ', text.indexOf('0 hồ sơ'), { value: 0, unit: 'hồ sơ' }),
      f('0 hồ sơ', text.indexOf('0 hồ sơ trực tuyến'), { value: 0, unit: 'hồ sơ' }),
      f('0 hồ sơ', text.indexOf('0 hồ sơ trực tiếp'), { value: 0, unit: 'hồ sơ' }),
      f('NaN%', text.indexOf('NaN%'), { kind: 'percent', value: Number.NaN }),
    ];
    expect(figures.map((x) => text.slice(x.start, x.end))).toEqual(figures.map((x) => x.text));
    const findings = checkFigures({ text, figures });
    expect(findings.map((x) => x.rule)).toEqual(['rank-over-total', 'parts-total']);
    expect(findings[1]?.status).toBe('ok');
  });

  it('copes with figures whose offsets fall outside the text or overlap', () => {
    const figures: Figure[] = [
      f('177.427 hồ sơ', 500, { value: 177427, unit: 'hồ sơ' }),
      f('hồ sơ', 2, { value: 1, unit: 'hồ sơ' }),
      f('x', 1, { value: 1, unit: 'hồ sơ' }),
    ];
    expect(() => checkFigures({ text: 'abc', figures })).not.toThrow();
  });

  it('handles ten thousand digits of 1.1.1… as one number', () => {
    const digits = `${'1.'.repeat(5_000)}1`;
    const text = `tiếp nhận ${digits} hồ sơ, trong đó 5 hồ sơ (chiếm 50%).`;
    const figures: Figure[] = [
      f(`${digits} hồ sơ`, 10, { value: Number(digits.replace(/\./g, '')), unit: 'hồ sơ' }),
      f('5 hồ sơ', text.indexOf('5 hồ sơ'), { value: 5, unit: 'hồ sơ' }),
      f('50%', text.indexOf('50%'), { kind: 'percent', value: 50 }),
    ];
    const findings = checkFigures({ text, figures });
    expect(findings.every((x) => x.status === 'warning' || x.status === 'ok')).toBe(true);
  });

  it('marks each figure with the worst status of the findings it takes part in', () => {
    const text = 'tiếp nhận 100 hồ sơ, trong đó 60 hồ sơ trực tuyến, 40 hồ sơ trực tiếp. Tỉnh xếp thứ 70/63.';
    const figures: Figure[] = [
      f('100 hồ sơ', 10, { value: 100, unit: 'hồ sơ' }),
      f('60 hồ sơ', 30, { value: 60, unit: 'hồ sơ' }),
      f('40 hồ sơ', 51, { value: 40, unit: 'hồ sơ' }),
      f('70/63', text.indexOf('70/63'), { kind: 'rank', value: 70, of: 63 }),
    ];
    expect(figures.map((x) => text.slice(x.start, x.end))).toEqual(figures.map((x) => x.text));
    const { states, byFigure } = checkPage(text, figures);
    expect(states).toEqual(['ok', 'ok', 'ok', 'warning']);
    expect(byFigure[3]?.[0]?.explanation.vi).toContain('70 > 63');
  });
});
