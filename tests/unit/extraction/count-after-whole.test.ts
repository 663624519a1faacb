/** A number opening the clause after the whole it is taken from counts the whole's noun. */
import { expect, it } from 'vitest';
import { extract } from '../../../utils/extraction';

const counts = (text: string) => extract(text).figures.map((f) => [f.text, f.kind, f.value, f.unit]);

it('counts a bare number after "Of the N things,"', () => {
  expect(counts('Of the 4,800 households surveyed last spring, 3,912 said they use the app.')).toEqual([
    ['4,800 households', 'count', 4800, 'households'],
    ['3,912', 'count', 3912, 'households'],
  ]);
  expect(counts('Trong số 52 đơn vị được kiểm tra, 48 đã kết nối.')).toContainEqual(['48', 'count', 48, 'đơn vị']);
});

it('leaves a bare number alone when no whole opens the clause before it', () => {
  expect(counts('The app was updated for 4,800 households, 3,912 of them in town.').map((f) => f[0])).not.toContain('3,912');
  expect(counts('Of the 4,800 households; 3,912 said yes.').map((f) => f[0])).not.toContain('3,912');
});
