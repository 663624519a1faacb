import { codeKey, isTypeCode, issuerName, notDocumentCodes, typeByCode } from './vocabulary';

const NOT_DOCUMENTS = new Set(notDocumentCodes.map(codeKey));

/**
 * Số và ký hiệu, the number-and-symbol of an official document, in its two grammars:
 * State documents `348/QĐ-TTg`, `47/2020/NĐ-CP`, `4336/BTTTT-THH`, `20/2023/QH15`, and Party
 * documents `09-NQ/TU`. Pages add stray spaces and line breaks (`09 - NQ/TU`) and sometimes lose the
 * hyphen (`1961/QĐUBND`, `57NQ/TW`); the canonical symbol has spaces removed and the hyphen back.
 */
const CODE = '[A-ZĐÐƯ][A-Za-zĐđÐƯư0-9]{0,11}';
const DASH = '[-‐‑‒–—―−]';
const S = '\\s{0,2}';
const NUMBER = '(\\d{1,5}[a-zđ]?)';
const PARTY = `${NUMBER}${S}${DASH}?${S}(${CODE})${S}/${S}(${CODE}(?:${S}${DASH}${S}${CODE}){0,2})`;
/** `1234/QĐ-UBND.VX`: some provinces add the drafting office after a dot. */
const STATE = `${NUMBER}${S}/${S}(?:(\\d{4})${S}/${S})?(${CODE}(?:${S}${DASH}${S}${CODE}){0,3})(?:\\.([A-ZĐ]{1,5}))?`;
/** A symbol at one position; bounded repeats keep each try short whatever the input. */
export const SYMBOL_AT = new RegExp(`(?<![\\p{L}\\p{N}/,])(?<!\\d\\.)(?:${PARTY}|${STATE})(?![\\p{L}\\p{N}])`, 'uy');
/** The farthest a symbol's first slash can stand from its start: number and letter, spaces, hyphen, spaces, a code, spaces. */
const SLASH_REACH = 6 + 2 + 1 + 2 + 12 + 2;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The first symbol in `paragraph` starting at or after `from`, as a global scan with the pattern
 * would find it, but tried only where one can start: a symbol opens with a digit that no digit
 * precedes and has its first slash within SLASH_REACH, so only the starts of digit runs a little
 * before each slash are tried, not every position of the paragraph.
 */
export function nextSymbol(paragraph: string, from: number): RegExpExecArray | null {
  // Starts before this were tried already, or lie before `from`.
  let tried = from;
  for (let slash = paragraph.indexOf('/', from); slash >= 0; slash = paragraph.indexOf('/', slash + 1)) {
    for (let p = Math.max(tried, slash - SLASH_REACH); p < slash; p++) {
      if (!isDigit(paragraph.charCodeAt(p)) || (p > 0 && isDigit(paragraph.charCodeAt(p - 1)))) continue;
      SYMBOL_AT.lastIndex = p;
      const m = SYMBOL_AT.exec(paragraph);
      if (m) return m;
    }
    tried = slash;
  }
  return null;
}

export interface ParsedSymbol {
  symbol: string;
  /** The document number, without leading zeros (`09` → `9`), for matching back-references. */
  number: string;
  /** Type code in the symbol (`NQ`), when it has one. */
  typeCode?: string;
  /** Type name that code stands for (`Nghị quyết`). */
  typeName?: string;
  issuer?: string;
  /** True when only context can confirm this is a symbol (one unknown code: `5/ABC`). */
  needsContext: boolean;
}

/** The hyphen, spaces around it allowed, between a symbol's codes. */
const CODE_SEPARATOR = new RegExp(`\\s*${DASH}\\s*`);
const splitCodes = (s: string): string[] => s.split(CODE_SEPARATOR).map((c) => c.replace(/\s+/g, ''));

function isCode(code: string): boolean {
  const lower = code.replace(/[^a-zđư]/g, '').length;
  return code.length >= 2 && lower <= 2;
}

/**
 * `QĐUBND` → [`QĐ`, `UBND`]: a type code glued to a known issuer; failing that,
 * `UBNDKGVX` → [`UBND`, `KGVX`]: a known issuer glued to the unit that drafted the letter.
 */
function restoreHyphen(code: string): string[] {
  if (issuerName(code) || isTypeCode(code)) return [code];
  for (let cut = Math.min(4, code.length - 2); cut >= 1; cut--) {
    const head = code.slice(0, cut);
    const rest = code.slice(cut);
    if (isTypeCode(head) && issuerName(rest)) return [head, rest];
  }
  for (let cut = code.length - 2; cut >= 2; cut--) {
    const head = code.slice(0, cut);
    const rest = code.slice(cut);
    if (issuerName(head) && /^[A-ZĐ]{2,}$/.test(rest)) return [head, rest];
  }
  return [code];
}

const stripZeros = (n: string): string => n.replace(/^0+(?=\d)/, '');

/** Reads one match of `nextSymbol`; null when it is not a document symbol after all. */
export function parseSymbol(m: RegExpExecArray): ParsedSymbol | null {
  const parsed = readSymbol(m);
  return parsed && !NOT_DOCUMENTS.has(codeKey(parsed.symbol.split(/[/-]/).find((part) => /^\D/.test(part)) ?? '')) ? parsed : null;
}

/** `30đ/TB` is a price per subscriber: a number glued to `đ` is đồng, never a document's number. */
const MONEY_NUMBER = /\dđ$/;
/** `QCVN 9:2016/BTTTT`, `2016/BTTTT`: a year before an issuer alone names a series or a standard's edition, not a document. */
const YEAR = /^(?:19[5-9]\d|20[0-4]\d)$/;

function readSymbol(m: RegExpExecArray): ParsedSymbol | null {
  if (MONEY_NUMBER.test(m[1] ?? m[4]!)) return null;
  if (m[1] !== undefined) {
    const number = m[1];
    const type = m[2]!.replace(/\s+/g, '');
    const issuers = splitCodes(m[3]!);
    if (!isTypeCode(type) || !issuers.every(isCode)) return null;
    return {
      symbol: `${number}-${type}/${issuers.join('-')}`,
      number: stripZeros(number),
      typeCode: type,
      typeName: typeByCode.get(codeKey(type)),
      issuer: issuerName(issuers[0]!),
      needsContext: false,
    };
  }
  const number = m[4]!;
  const year = m[5];
  let codes = splitCodes(m[6]!);
  if (!codes.every(isCode)) return null;
  if (codes.length === 1) codes = restoreHyphen(codes[0]!);
  const first = codes[0]!;
  const typed = isTypeCode(first);
  if (!year && !typed && codes.length === 1 && YEAR.test(number)) return null;
  const issuerCode = typed ? codes[1] : first;
  const known = typed || issuerName(first) !== undefined;
  return {
    symbol: `${number}/${year ? `${year}/` : ''}${codes.join('-')}${m[7] ? `.${m[7]}` : ''}`,
    number: stripZeros(number),
    ...(typed ? { typeCode: first, typeName: typeByCode.get(codeKey(first)) } : {}),
    issuer: issuerCode ? issuerName(issuerCode) : undefined,
    needsContext: !(year || codes.length > 1 || known),
  };
}
