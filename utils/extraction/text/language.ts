/**
 * Whether a paragraph is written in English, which flips number notation (`1,234.5` vs `1.234,5`).
 * Vietnamese text is full of letters English never uses (ă, ơ, ư, đ and tone marks); a paragraph
 * with enough letters and almost none of those is English. Short paragraphs stay Vietnamese.
 */
export type Language = 'vi' | 'en';

const VIETNAMESE_ONLY = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const LATIN = /[a-z]/i;
const SAMPLE = 4000;

/**
 * What each UTF-16 unit counts as: 1 a Latin letter, 2 a letter only Vietnamese uses, 0 neither.
 * Read off the two patterns once (case folding maps nothing above U+2000 onto them), so counting a
 * sample is a table look-up per character instead of a match array of every letter.
 */
let kinds: Uint8Array | undefined;
function letterKinds(): Uint8Array {
  if (kinds) return kinds;
  kinds = new Uint8Array(0x2000);
  for (let code = 0; code < kinds.length; code++) {
    const unit = String.fromCharCode(code);
    kinds[code] = VIETNAMESE_ONLY.test(unit) ? 2 : LATIN.test(unit) ? 1 : 0;
  }
  return kinds;
}

export function languageOf(text: string, from = 0, to = text.length): Language {
  // A sample is enough to tell the language; it also keeps this cheap on megabyte paragraphs.
  const end = Math.min(to, from + SAMPLE);
  const table = letterKinds();
  // Vietnamese shows itself early. Past this many letters only Vietnamese uses, no rest of the sample
  // can make the paragraph English, even if normalising it were to triple its length and take one back.
  const enough = Math.max(20, Math.ceil(0.03 * (end - from))) + 1;
  let vietnamese = 0;
  let letters = 0;
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    // Below U+0300 and in U+1E00–U+1EFF no character is changed by NFC, alone or next to another; elsewhere, normalise first.
    if (code >= 0x300 && (code < 0x1e00 || code >= 0x1f00)) return ofNormalised(text.slice(from, end).normalize('NFC'), table);
    const kind = table[code]!;
    if (kind === 0) continue;
    letters++;
    if (kind === 2 && ++vietnamese >= enough) return 'vi';
  }
  return byCounts(vietnamese, letters);
}

function ofNormalised(sample: string, table: Uint8Array): Language {
  let vietnamese = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    const kind = code < table.length ? table[code]! : 0;
    if (kind === 0) continue;
    letters++;
    if (kind === 2) vietnamese++;
  }
  return byCounts(vietnamese, letters);
}

function byCounts(vietnamese: number, letters: number): Language {
  if (letters < 20) return 'vi';
  return vietnamese / letters < 0.01 ? 'en' : 'vi';
}
