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
  ])('%s', (_name, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each([
    ['after another clause’s value', 'Visitors reached 3 million, and revenue rose to 1.2 billion.', [['3 million', 'visitors']]],
    ['after a count with its own noun', 'The province has 1,240 businesses and a population of 1.2 million.', [['1,240 businesses', 'businesses']]],
    ['with no noun named before it', 'The figure rose to 4.5 million.', []],
  ])('takes no noun it cannot be sure of: %s', (_name, text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});
