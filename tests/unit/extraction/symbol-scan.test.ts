import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SYMBOL_AT, nextSymbol } from '../../../utils/extraction/references/symbol';

/** Every match of a plain global scan with the symbol pattern: what `nextSymbol` must find, faster. */
function globalScan(text: string): string[] {
  const pattern = new RegExp(SYMBOL_AT.source, 'gu');
  return [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
}

function skippingScan(text: string): string[] {
  const found: string[] = [];
  for (let m = nextSymbol(text, 0); m; m = nextSymbol(text, m.index + m[0].length)) found.push(`${m.index}:${m[0]}`);
  return found;
}

describe('nextSymbol', () => {
  it('finds what a global scan finds, on symbols packed with digits, slashes and spaces', () => {
    const piece = fc.oneof(
      fc.constantFrom('09-NQ/TU', '348/QĐ-TTg', '47/2020/NĐ-CP', '1961/QĐUBND', '12 / KH - UBND', '5/ABC', '1.2/QĐ', 'số ', ',', '/', '-', ' ', '\n'),
      fc.stringMatching(/^[0-9/ A-Z-]{1,12}$/),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(skippingScan(text)).toEqual(globalScan(text));
      }),
      { numRuns: 1000 },
    );
  });
});
