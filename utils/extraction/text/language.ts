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
  const sample = text.slice(from, Math.min(to, from + SAMPLE)).normalize('NFC');
  const table = letterKinds();
  let vietnamese = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    const kind = code < table.length ? table[code]! : 0;
    if (kind === 0) continue;
    letters++;
    if (kind === 2) vietnamese++;
  }
  if (letters < 20) return 'vi';
  return vietnamese / letters < 0.01 ? 'en' : 'vi';
}
