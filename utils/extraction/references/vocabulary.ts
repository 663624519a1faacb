/** Document types and issuers, read once from ../data. */
import docTypes from '../data/doc-types.json';
import issuers from '../data/issuers.json';

/** Keys of the codes met so far: a symbol's codes are looked up several times while it is read. */
const codeKeys = new Map<string, string>();
const CODE_KEYS_KEPT = 10_000;

/** Comparison key for codes in symbols: `Đ`/`Ð` read as `D`, upper case (`QĐ` = `QD`, `TTg` = `TTG`). */
export function codeKey(code: string): string {
  const known = codeKeys.get(code);
  if (known !== undefined) return known;
  const key = code.normalize('NFC').replace(/[ĐđÐ]/g, 'D').toUpperCase();
  if (codeKeys.size >= CODE_KEYS_KEPT) codeKeys.clear();
  codeKeys.set(code, key);
  return key;
}

/** Document type name (as written in full) for each lower-cased spelling, Vietnamese or English. */
export const docTypeNames = new Map<string, string>();
/** Spellings met on pages (`Quyết  định`, `NGHỊ QUYẾT`) with the type name each stands for. */
const writtenTypes = new Map<string, string | undefined>();
const WRITTEN_TYPES_KEPT = 1_000;

/** The type name for a spelling as a page writes it: any case, spaces, Unicode form. */
export function docTypeOf(written: string): string | undefined {
  if (writtenTypes.has(written)) return writtenTypes.get(written);
  const name = docTypeNames.get(written.normalize('NFC').toLowerCase().replace(/\s+/g, ' '));
  if (writtenTypes.size >= WRITTEN_TYPES_KEPT) writtenTypes.clear();
  writtenTypes.set(written, name);
  return name;
}

/** Type codes (`NQ`, `QĐ`, `KH`…) to the Vietnamese type name. */
export const typeByCode = new Map<string, string>();
/** Vietnamese type name for each name, so `Resolution` and `Nghị quyết` compare equal. */
export const vietnameseName = new Map<string, string>();
/** Types approved by a decision that carries their number (`Đề án` → `Quyết định`). */
export const approvedBy = new Map<string, string>();

for (const type of docTypes.types) {
  for (const name of [type.name, ...type.en]) {
    docTypeNames.set(name.normalize('NFC').toLowerCase(), name);
    vietnameseName.set(name, type.name);
  }
  for (const code of type.codes) if (!typeByCode.has(codeKey(code))) typeByCode.set(codeKey(code), type.name);
  if ('approvedBy' in type && type.approvedBy) approvedBy.set(type.name, type.approvedBy);
}

/** Type codes of numbered papers that are not documents a reader looks up (a press licence, `GP`). */
export const notDocumentCodes: string[] = docTypes.notDocuments;

/** Every spelling, longest first, for building the look-behind pattern. */
export const docTypeSpellings = [...docTypeNames.keys()].sort((a, b) => b.length - a.length);

const issuerByCode = new Map<string, string>();
for (const [code, name] of Object.entries(issuers)) if (!code.startsWith('_')) issuerByCode.set(codeKey(code), name);

/** The issuing body a code stands for (`TTg` → Thủ tướng Chính phủ); a term number is ignored (`QH15`). */
export function issuerName(code: string): string | undefined {
  const key = codeKey(code);
  return issuerByCode.get(key) ?? issuerByCode.get(key.replace(/\d+$/, ''));
}

export function isTypeCode(code: string): boolean {
  return typeByCode.has(codeKey(code));
}
