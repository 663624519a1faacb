/**
 * Text folded for matching what people type and write in many ways: lower case, no diacritics,
 * `đ` as `d`, one kind of dash and space. The one folding of the code base: attribution matches
 * names on it, the notebook's search indexes words with it.
 */

export interface FoldedText {
  /** `Nghị quyết – Bà Rịa` → `nghi quyet - ba ria`. */
  folded: string;
  toFolded(offset: number): number;
  toOriginal(offset: number): number;
}

const foldCache = new Map<string, string>();

/** One UTF-16 unit folded; may be empty (a lone combining mark) so the fold is not always length-preserving. */
function foldUnit(unit: string): string {
  const cached = foldCache.get(unit);
  if (cached !== undefined) return cached;
  let out: string;
  if (unit === 'đ' || unit === 'Đ') out = 'd';
  else if (/[\u2010-\u2015\u2212]/.test(unit)) out = '-';
  else if (/[\u00a0\u2000-\u200a\u202f\u3000]/.test(unit)) out = ' ';
  else {
    const lower = unit.toLowerCase();
    out = (lower.length === 1 ? lower : unit).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (out.length > 1) out = lower.length === 1 ? lower : unit;
  }
  foldCache.set(unit, out);
  return out;
}

/** Folds a whole text, keeping a map between the two when folding drops characters. */
export function fold(text: string): FoldedText {
  const parts: string[] = new Array<string>(text.length);
  let aligned = true;
  for (let i = 0; i < text.length; i++) {
    const f = foldUnit(text.charAt(i));
    parts[i] = f;
    if (f.length !== 1) aligned = false;
  }
  const folded = parts.join('');
  if (aligned) return { folded, toFolded: (o) => o, toOriginal: (o) => o };
  const toF = new Uint32Array(text.length + 1);
  const toO = new Uint32Array(folded.length + 1);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    toF[i] = j;
    const len = (parts[i] ?? '').length;
    for (let k = 0; k < len; k++) toO[j + k] = i;
    j += len;
  }
  toF[text.length] = j;
  toO[folded.length] = text.length;
  return {
    folded,
    toFolded: (o) => toF[Math.max(0, Math.min(o, text.length))] ?? folded.length,
    toOriginal: (o) => toO[Math.max(0, Math.min(o, folded.length))] ?? text.length,
  };
}

/** Folds a short name or alias the same way as page text. */
export function foldName(name: string): string {
  return fold(name)
    .folded.replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An id made from a name a person typed: `Chỉ số DTI` → `chi-so-dti`. */
export function foldedId(name: string): string {
  return fold(name)
    .folded.replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The distinct folded words (letters and digits) of a text, in order of first appearance. */
export function foldedWords(text: string): string[] {
  return [...new Set(fold(text).folded.match(/[a-z0-9]+/g) ?? [])];
}
