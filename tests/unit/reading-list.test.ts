import { describe, expect, test } from 'vitest';
import { READING_LIST, isOnReadingList, matchPatterns } from '../../utils/reading-list';

describe('the reading list', () => {
  test.each([
    ['namdinh.gov.vn', true],
    ['tinhdoan.namdinh.gov.vn', true],
    ['gov.vn', true],
    ['baonamdinh.vn', true],
    ['www.baonamdinh.vn', true],
    ['baolongan.vn', true],
    ['baoninhthuan.com.vn', true],
    ['BAOQUANGNINH.VN.', true],
    ['ictvietnam.vn', false],
    ['vnexpress.net', false],
    ['gov.vn.example.com', false],
    ['notgov.vn', false],
    ['fakebaonamdinh.vn', false],
  ])('%s is on it: %s', (host, expected) => {
    expect(isOnReadingList(host)).toBe(expected);
  });

  test('gives the content script one match pattern per site, covering http and https and subdomains', () => {
    const patterns = matchPatterns();
    expect(patterns).toHaveLength(READING_LIST.length);
    expect(patterns).toContain('*://*.gov.vn/*');
    expect(patterns).toContain('*://*.baothanhhoa.vn/*');
    for (const pattern of patterns) expect(pattern).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\/\*$/);
  });
});
