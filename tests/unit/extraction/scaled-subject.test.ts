/** A number with a scale word and no noun counts what its sentence opened by naming. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extraction';

const counts = (text: string) =>
  extract(text)
    .figures.filter((f) => f.kind === 'count')
    .map((f) => [f.text, f.unit?.toLowerCase()]);

describe('a bare scaled number', () => {
  it.each([
    [
      'both ends of a move',
      'Tourist arrivals rose from 3.1 million in 2023 to 3.6 million in 2024.',
      [
        ['3.1 million', 'tourist arrivals'],
        ['3.6 million', 'tourist arrivals'],
      ],
    ],
    [
      'Vietnamese',
      'Số thuê bao di động tăng từ 1,24 triệu lên 1,55 triệu.',
      [
        ['1,24 triệu', 'thuê bao'],
        ['1,55 triệu', 'thuê bao'],
      ],
    ],
    ['after a year', 'In 2024, visitors reached 2.2 million.', [['2.2 million', 'visitors']]],
    [
      'the earlier value of a change, after `from`',
      'The port handled 4.82 million tonnes in 2024, up 14.5% from 4.21 million in 2023.',
      [
        ['4.82 million tonnes', 'tonnes'],
        ['4.21 million', 'tonnes'],
      ],
    ],
    [
      'the same after `so với`',
      'Tỉnh đón 3,45 triệu lượt khách, tăng 14,2% so với 3,02 triệu của năm 2023.',
      [
        ['3,45 triệu lượt khách', 'lượt khách'],
        ['3,02 triệu', 'lượt khách'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each([
    ['after another clause’s value', 'Visitors reached 3 million, and revenue rose to 1.2 billion.', [['3 million', 'visitors']]],
    ['after a count with its own noun', 'The province has 1,240 businesses and a population of 1.2 million.', [['1,240 businesses', 'businesses']]],
    ['with no noun named before it', 'The figure rose to 4.5 million.', []],
    [
      'after `from` with no change stated before it',
      'The port handled 4.82 million tonnes, moving cargo from 4.21 million.',
      [['4.82 million tonnes', 'tonnes']],
    ],
    ['after `from` past a full stop', 'The port handled 4.82 million tonnes. Revenue was up 3% from 4.21 million.', [['4.82 million tonnes', 'tonnes']]],
  ])('takes no noun it cannot be sure of: %s', (_name, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});

describe('bare numbers listed after a count and a colon', () => {
  it('count what the count before the colon counts, to the end of the list', () => {
    expect(counts('The network has 3,950 beds: 2,140 at provincial level, 1,420 at district level and 490 at commune stations.')).toEqual([
      ['3,950 beds', 'beds'],
      ['2,140', 'beds'],
      ['1,420', 'beds'],
      ['490', 'beds'],
    ]);
  });

  it('take no noun when words stand between the count and the colon', () => {
    expect(counts('The network has 3,950 beds in total as of today: 2,140 new.')).toEqual([['3,950 beds', 'beds']]);
  });
});
