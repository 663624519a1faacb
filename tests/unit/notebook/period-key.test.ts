/**
 * A period as the reader sees it and as the notebook stores it: every key attribution gives a clip
 * reads back to the same period (so editing a clip or importing an exported table keeps it), and is
 * shown in words in both languages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extraction';
import { attributeFigures } from '../../../utils/attribution';
import { setLanguage } from '../../../utils/i18n';
import { periodName } from '../../../utils/i18n/period';
import { periodFromKey } from '../../../utils/notebook/period';

afterEach(() => setLanguage('vi'));

describe('period keys read back', () => {
  it.each([
    ['2023', 'year'],
    ['2021-2025', 'range'],
    ['2023-H1', 'half'],
    ['2023-9M', 'range'],
    ['2023-Q3', 'quarter'],
    ['2023-08', 'month'],
    ['to-2025', 'cumulative'],
    ['to-2023-03', 'publication'],
    ['to-2023-03-15', 'publication'],
  ])('%s', (key, basis) => {
    expect(periodFromKey(key)).toMatchObject({ key, basis });
  });

  it.each(['2023-13', '2023-13M', 'to-2023-02-30', 'to-2023-00', 'sometime'])('refuses %s', (key) => {
    expect(periodFromKey(key)).toBeUndefined();
  });

  it('every period attribution gives the figures of a page reads back to itself', () => {
    const text = [
      'Tính đến hết tháng 3/2023, toàn tỉnh có 1.250 doanh nghiệp.',
      '9 tháng năm 2023, thu ngân sách đạt 9.120 tỷ đồng.',
      'Quý III/2023, tỉnh tiếp nhận 31.200 hồ sơ.',
      '6 tháng đầu năm 2024, kim ngạch xuất khẩu đạt 1.340 triệu USD.',
      'Năm 2022, tỷ lệ hộ nghèo còn 2,1%.',
      'Đến nay, 98,65% văn bản được xử lý trên môi trường mạng.',
    ].join('\n');
    const contexts = attributeFigures(text, extract(text).figures, { publishedAt: '2023-03-20' });
    const keys = contexts.flatMap((c) => (c.period === 'unknown' ? [] : [c.period.key]));
    expect(keys.length).toBeGreaterThan(4);
    for (const key of keys) expect(periodFromKey(key)?.key, key).toBe(key);
  });
});

describe('period keys in words', () => {
  const keys = ['2023', '2021-2025', '2023-H1', '2023-H2', '2023-9M', '2023-Q3', '2023-08', 'to-2025', 'to-2023-03', 'to-2023-03-15'];

  it('in Vietnamese, as provincial reports write them', () => {
    expect(keys.map(periodName)).toEqual([
      '2023',
      '2021–2025',
      '6 tháng đầu năm 2023',
      '6 tháng cuối năm 2023',
      '9 tháng năm 2023',
      'quý III/2023',
      'tháng 8/2023',
      'đến năm 2025',
      'đến tháng 3/2023',
      'đến ngày 15/3/2023',
    ]);
  });

  it('in English', () => {
    setLanguage('en');
    expect(keys.map(periodName)).toEqual([
      '2023',
      '2021–2025',
      'first half of 2023',
      'second half of 2023',
      'first 9 months of 2023',
      'Q3 2023',
      '8/2023',
      'by 2025',
      'as of 3/2023',
      'as of 15/3/2023',
    ]);
  });

  it('shows a key of no known form as it is', () => {
    expect(periodName('giai đoạn 2')).toBe('giai đoạn 2');
  });
});
