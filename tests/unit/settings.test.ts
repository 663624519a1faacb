import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { READING_LIST } from '@/utils/reading-list';
import { allowedDifference, DEFAULT_TOLERANCES, getSetting, getSettings, resetSetting, setSetting, watchSetting } from '@/utils/settings';

describe('settings', () => {
  it('gives the defaults before the reader changes anything', async () => {
    const settings = await getSettings();
    expect(settings.language).toBe('vi');
    expect(settings.readingList).toEqual(READING_LIST);
    expect(settings.tolerances).toEqual(DEFAULT_TOLERANCES);
  });

  it('keeps what the reader set, in storage.local', async () => {
    await setSetting('language', 'en');
    await setSetting('readingList', [{ pattern: '*.baohaiphong.vn', name: 'baohaiphong.vn' }]);
    expect(await getSetting('language')).toBe('en');
    expect(await getSetting('readingList')).toEqual([{ pattern: '*.baohaiphong.vn', name: 'baohaiphong.vn' }]);
    expect(await fakeBrowser.storage.local.get('settings.language')).toEqual({ 'settings.language': 'en' });
  });

  it('does not let a change to a returned default leak into the next read', async () => {
    const list = await getSetting('readingList');
    list.pop();
    expect(await getSetting('readingList')).toHaveLength(READING_LIST.length);
  });

  it('falls back to defaults when storage holds something damaged', async () => {
    await fakeBrowser.storage.local.set({
      'settings.language': 'fr',
      'settings.readingList': [{ pattern: 5 }, null, { pattern: '*.a.vn', name: 'A' }],
      'settings.tolerances': { percent: -1, count: 'x', money: 2.5 },
    });
    const settings = await getSettings();
    expect(settings.language).toBe('vi');
    expect(settings.readingList).toEqual([{ pattern: '*.a.vn', name: 'A' }]);
    expect(settings.tolerances).toEqual({ ...DEFAULT_TOLERANCES, money: 2.5 });
  });

  it('restores the shipped reading list on reset', async () => {
    await setSetting('readingList', []);
    await resetSetting('readingList');
    expect(await getSetting('readingList')).toEqual(READING_LIST);
  });

  it('tells a watcher about a change made elsewhere', async () => {
    const seen: string[] = [];
    const unwatch = watchSetting('language', (language) => seen.push(language));
    await setSetting('language', 'en');
    await resetSetting('language');
    unwatch();
    await setSetting('language', 'en');
    expect(seen).toEqual(['en', 'vi']);
  });
});

describe('allowedDifference', () => {
  it('reads percent tolerance as percentage points and count tolerance as a share of the larger value', () => {
    expect(allowedDifference('percent', 98.65, 98.6, DEFAULT_TOLERANCES)).toBe(0.1);
    expect(allowedDifference('count', 1_900_000, 1_912_345, DEFAULT_TOLERANCES)).toBeCloseTo(19_123.45);
    expect(allowedDifference('rank', 10, 11, DEFAULT_TOLERANCES)).toBe(0);
  });
});
