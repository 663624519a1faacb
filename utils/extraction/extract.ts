import type { Extraction } from './types';

/** Every indicator figure, document reference and back-reference in a page's text. */
export function extract(text: string): Extraction {
  void text;
  return { figures: [], references: [], backrefs: [] };
}
