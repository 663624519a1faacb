/** English ordinals read as places on a ranking at either end of a move, and not elsewhere. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extraction';

const ranks = (text: string) =>
  extract(text)
    .figures.filter((f) => f.kind === 'rank')
    .map((f) => [f.text, f.value]);

describe('English ordinals beside a move', () => {
  it.each([
    [
      'to … from … after the move',
      'The province moved up four places to 22nd in the 2023 PAPI, from 28th in 2022.',
      [
        ['22nd', 22],
        ['28th', 28],
      ],
    ],
    [
      'spelled',
      'It rose two places to seventh, from ninth.',
      [
        ['seventh', 7],
        ['ninth', 9],
      ],
    ],
    ['spelled past tenth', 'It slipped three places from sixteenth.', [['sixteenth', 16]]],
  ])('%s', (_name, text, expected) => {
    expect(ranks(text)).toEqual(expected);
  });

  it.each([
    ['no move before them', 'The office moved to 3rd Street from 5th Avenue.'],
    ['a move in an earlier sentence', 'Exports rose 5 places. The office moved to 3rd Street.'],
  ])('are no ranks: %s', (_name, text) => {
    expect(ranks(text)).toEqual([]);
  });
});
