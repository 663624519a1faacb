import { describe, expect, it } from 'vitest';
import { isOnReadingList } from '@/utils/reading-list';
import { parseSiteInput } from '@/utils/reading-list/site-input';

describe('parseSiteInput', () => {
  it.each([
    ['baohaiphong.vn', '*.baohaiphong.vn'],
    ['  https://www.BaoHaiPhong.vn/tin-tuc/abc?id=1 ', '*.baohaiphong.vn'],
    ['*.hanoi.gov.vn', '*.hanoi.gov.vn'],
    ['tinhuy.namdinh.gov.vn/', '*.tinhuy.namdinh.gov.vn'],
    ['báo.vn', '*.xn--bo-mia.vn'],
  ])('reads %j as %s', (input, pattern) => {
    const result = parseSiteInput(input);
    expect(result).toMatchObject({ ok: true, site: { pattern } });
  });

  it('covers the host and its subdomains once added', () => {
    const result = parseSiteInput('https://www.baohaiphong.vn/x');
    if (!result.ok) throw new Error('expected a site');
    expect(isOnReadingList('baohaiphong.vn', [result.site])).toBe(true);
    expect(isOnReadingList('www.baohaiphong.vn', [result.site])).toBe(true);
    expect(isOnReadingList('baohaiphong.vn.evil.com', [result.site])).toBe(false);
  });

  it.each(['', '   '])('asks for a site when given %j', (input) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, reason: 'empty' });
  });

  it.each(['localhost', 'not a site', '192.168.1.1', 'a..vn', '-bad.vn', 'user@host.vn', '*.*.vn', 'x'.repeat(70) + '.vn'])('refuses %j', (input) => {
    expect(parseSiteInput(input)).toEqual({ ok: false, reason: 'invalid' });
  });
});
