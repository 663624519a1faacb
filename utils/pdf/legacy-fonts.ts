/**
 * Vietnamese legacy font encodings (TCVN3/ABC, VNI). Documents typed in `.VnTime` or `VNI-Times`
 * and printed to PDF carry no Unicode: PDF.js reads their code points as Latin-1 (`B¸o c¸o`,
 * `Baùo caùo`), which no reader or rule can use. When a font's name says which encoding it is, its
 * text is transcoded to Unicode; the table is data (`legacy-encodings.json`).
 */
import table from './legacy-encodings.json';

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyFont {
  encoding: LegacyEncoding;
  /** An all-capitals face (`.VnTimeH`): its lower-case code points draw capitals. */
  capitals: boolean;
}

const FONTS = table.fonts.map((font) => ({
  encoding: font.encoding as LegacyEncoding,
  pattern: new RegExp(font.pattern, 'i'),
  capitals: font.capitals ? new RegExp(font.capitals) : undefined,
}));

const MAPS: Record<LegacyEncoding, Record<string, string>> = { tcvn3: table.tcvn3, vni: table.vni };

/** The legacy encoding a font's name announces (an embedded subset's `ABCDEF+` prefix ignored). */
export function legacyFontOf(fontName: string | undefined): LegacyFont | undefined {
  if (!fontName) return undefined;
  const name = fontName.replace(/^[A-Z]{6}\+/, '');
  for (const font of FONTS) {
    if (font.pattern.test(name)) return { encoding: font.encoding, capitals: font.capitals?.test(name) ?? false };
  }
  return undefined;
}

/**
 * TCVN3 puts `ư` on the soft-hyphen code (0xAD), which PDF.js often reads as a plain `-`. A hyphen
 * right after a consonant and before no letter or digit of its own (`t­ cho`, `tr­êng`) is that `ư`;
 * `QĐ-UBND` (capitals), `2021-2025` and `kinh tế - xã hội` (spaced) stay hyphens.
 */
function isTcvn3Horn(raw: string, i: number): boolean {
  return raw[i] === '-' && /[bcdghklmnpqrstvx]/.test(raw[i - 1] ?? '') && !/[A-Za-z0-9]/.test(raw[i + 1] ?? '');
}

/** Text in Unicode NFC, and for each of its code units the index of the raw character it came from. */
export interface Transcoded {
  text: string;
  /** `source[i]` is the index in the raw string of `text[i]`; `source[text.length]` is the raw length. */
  source: number[];
}

/**
 * Transcodes one text item from a legacy font (or only normalises it when `font` is undefined) and
 * keeps where each character came from, so a mark on the Unicode text falls on the right glyphs of
 * the text layer, which shows the raw string.
 */
export function toUnicode(raw: string, font?: LegacyFont): Transcoded {
  const map = font ? MAPS[font.encoding] : undefined;
  let text = '';
  const source: number[] = [];
  // A base letter and the marks after it form one cluster; NFC composes each cluster on its own so
  // the map back to the raw string stays exact at the cluster's edges.
  let cluster = '';
  let clusterStart = 0;
  const flush = (): void => {
    if (!cluster) return;
    let composed = cluster.normalize('NFC');
    if (font?.capitals) composed = composed.toUpperCase();
    for (let k = 0; k < composed.length; k++) source.push(clusterStart);
    text += composed;
    cluster = '';
  };
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    const mapped = font?.encoding === 'tcvn3' && isTcvn3Horn(raw, i) ? 'ư' : (map?.[ch] ?? ch);
    if (!/^\p{M}/u.test(mapped)) {
      flush();
      clusterStart = i;
    }
    cluster += mapped;
  }
  flush();
  source.push(raw.length);
  return { text, source };
}
