/** A bare number whose noun the sentence has just named counts those things. */
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

it('counts a bare number after a whole clause that dates itself or lists at length', () => {
  expect(counts('Of the 312 new projects licensed in Binh Duong in 2023, 187 came from Korea.')).toContainEqual(['187', 'count', 187, 'projects']);
  expect(counts("Of the 964 services offered by provincial departments, district people's committees and commune offices, 812 are online.")).toContainEqual([
    '812',
    'count',
    812,
    'services',
  ]);
});

it('counts a bare number after a clause naming its whole by noun alone', () => {
  expect(counts('The zones licensed 14 new projects. Of the new projects, 7 came from Japan.')).toContainEqual(['7', 'count', 7, 'projects']);
  expect(counts('Of the new projects, in 2024 most came from Japan.').map((f) => f[0])).toEqual([]);
});

it('leaves a bare number alone when no whole opens the clause before it', () => {
  expect(counts('In 2023, 187 came from Korea.').map((f) => f[0])).not.toContain('187');
  expect(counts('The app reached 4,800 households, 3,912 said it helped.').map((f) => f[0])).not.toContain('3,912');
  expect(counts('Of the 4,800 households; 3,912 said yes.').map((f) => f[0])).not.toContain('3,912');
});

it('counts the numbers after "of which" and in the list that follows by the total\'s noun', () => {
  expect(counts('The city received 12,400 dossiers in 2024, of which 8,100 were filed online and 4,300 in person.').slice(1)).toEqual([
    ['8,100', 'count', 8100, 'dossiers'],
    ['4,300', 'count', 4300, 'dossiers'],
  ]);
});

it('counts scaled numbers after "of whom" by the noun of the scaled total', () => {
  expect(counts('Last year the city had 2.4 million residents, of whom 1.1 million lived in the old quarter and 0.9 million in new suburbs.').slice(1)).toEqual(
    [
      ['1.1 million', 'count', 1_100_000, 'residents'],
      ['0.9 million', 'count', 900_000, 'residents'],
    ],
  );
});

it('counts "N of them" by the noun counted just before', () => {
  expect(counts('The district has 214 primary and lower secondary schools; 187 of them have libraries.')).toEqual([
    ['214 primary and lower secondary schools', 'count', 214, 'schools'],
    ['187', 'count', 187, 'schools'],
  ]);
});

it('counts a bare number after "Of these," opening the next sentence by the count just given', () => {
  expect(counts('The district licensed 910 new cooperatives in 2024 with capital of VND 1.2 trillion. Of these, 604 work in farming.')).toContainEqual([
    '604',
    'count',
    604,
    'cooperatives',
  ]);
  expect(counts('The district had 910 cooperatives; of them, 604 work in farming.')).toContainEqual(['604', 'count', 604, 'cooperatives']);
});

it('leaves the number alone when "of these" does not open its clause', () => {
  expect(counts('The district had 910 cooperatives. Most of these, 604 in all, work in farming.').map((f) => f[0])).not.toContain('604');
});
