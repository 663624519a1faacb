/**
 * The sides of one whole a page names for its parts or shares: on time / late, online / in person,
 * handled / pending, provincial / district level (`partDimensions` in `words.json`).
 */
import { WORDS, containsWord, startsWithWord } from './words';

export type Dimension = keyof typeof WORDS.partDimensions;
export const DIMENSIONS = Object.entries(WORDS.partDimensions) as [Dimension, string[]][];

/** The labels of one dimension a text names, the longest only (`đang giải quyết`, not also `giải quyết`). */
function sidesNamed(text: string, labels: readonly string[]): string[] {
  const found = labels.filter((label) => containsWord(text, [label]));
  return found.filter((label) => !found.some((other) => other !== label && other.includes(label)));
}

/**
 * Whether the parts' labels cut one whole along one dimension: every part names a side of it, no
 * two the same, and no other dimension is named differently by two parts (`đúng hạn` of the online
 * files and `quá hạn` of the paper ones overlap nothing but are no split of one whole).
 */
export function splitAlongOneDimension(labels: readonly string[]): boolean {
  return DIMENSIONS.some(([dimension, words]) => {
    const sides = labels.map((label) => sidesNamed(label, words));
    if (sides.some((named) => named.length === 0) || new Set(sides.flat()).size !== sides.flat().length) return false;
    return DIMENSIONS.every(([other, otherWords]) => {
      if (other === dimension) return true;
      const named = labels.map((label) => sidesNamed(label, otherWords).join('|')).filter(Boolean);
      return new Set(named).size <= 1;
    });
  });
}

/**
 * Whether two of the labels each name sides, but of no dimension in common: `151.307 hồ sơ nộp trực
 * tuyến, chiếm 82%` and `tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%` cut the files along two different
 * lines, so their shares are not parts of one whole.
 */
export function cutAlongDifferentDimensions(labels: readonly string[]): boolean {
  const named = labels
    .map((label) => new Set(DIMENSIONS.filter(([, words]) => sidesNamed(label, words).length > 0).map(([dimension]) => dimension)))
    .filter((dimensions) => dimensions.size > 0);
  return named.some((a, k) => named.slice(k + 1).some((b) => ![...a].some((dimension) => b.has(dimension))));
}

/** Whether `text` opens with a side of some dimension (`quá hạn`, `overdue`). */
export function startsWithSide(text: string): boolean {
  return DIMENSIONS.some(([, words]) => startsWithWord(text, words) !== undefined);
}

/** Every side a text names, of every dimension (`cấp huyện`, `đúng hạn`), in one key. */
export function sidesKey(text: string): string {
  return DIMENSIONS.flatMap(([, words]) => sidesNamed(text, words))
    .sort()
    .join('|');
}
