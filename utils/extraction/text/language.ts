/**
 * Whether a paragraph is written in English, which flips number notation (`1,234.5` vs `1.234,5`).
 * Vietnamese text is full of letters English never uses (ă, ơ, ư, đ and tone marks); a paragraph
 * with enough letters and almost none of those is English. Short paragraphs stay Vietnamese.
 */
export type Language = 'vi' | 'en';

const VIETNAMESE_ONLY = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/gi;
const LATIN = /[a-z]/gi;

export function languageOf(text: string, from = 0, to = text.length): Language {
  // A sample is enough to tell the language; it also keeps this cheap on megabyte paragraphs.
  const sample = text.slice(from, Math.min(to, from + 4000)).normalize('NFC');
  const vietnamese = sample.match(VIETNAMESE_ONLY)?.length ?? 0;
  const letters = (sample.match(LATIN)?.length ?? 0) + vietnamese;
  if (letters < 20) return 'vi';
  return vietnamese / letters < 0.01 ? 'en' : 'vi';
}
