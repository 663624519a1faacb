/**
 * Whether a paragraph is written in English, which flips number notation (`1,234.5` vs `1.234,5`).
 * Vietnamese text is full of letters English never uses (ă, ơ, ư, đ and tone marks); a paragraph
 * with enough letters and almost none of those is English. Short paragraphs stay Vietnamese.
 */
export type Language = 'vi' | 'en';

const VIETNAMESE_ONLY = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/;
const LATIN = /[a-z]/;

export function languageOf(text: string, from = 0, to = text.length): Language {
  let letters = 0;
  let vietnamese = 0;
  // A sample is enough to tell the language; it also keeps this cheap on megabyte paragraphs.
  const limit = Math.min(to, from + 4000);
  for (let i = from; i < limit; i++) {
    const ch = text.charAt(i).toLowerCase();
    if (LATIN.test(ch)) letters++;
    else if (VIETNAMESE_ONLY.test(ch.normalize('NFC'))) {
      letters++;
      vietnamese++;
    }
  }
  if (letters < 20) return 'vi';
  return vietnamese / letters < 0.01 ? 'en' : 'vi';
}
