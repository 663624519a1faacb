/**
 * Whose document a reference is, from the issuer code in its symbol: `09-NQ/TU` (Tỉnh ủy),
 * `122/KH-UBND`, `…/NQ-HĐND` are the page's province's; `348/QĐ-TTg`, `47/2020/NĐ-CP` are national.
 */
import type { Reference } from '../extraction/types';
import data from './data/issuers.json';
import { COUNTRY, findPlaces, rollUp, subjectOf } from './gazetteer';
import { fold, foldName } from '../extraction/text/fold';
import type { PageMeta, Subject, Unknown } from './types';

export interface ReferencePlace {
  /** Where the issuer sits: a province or city, or the whole country for central bodies. */
  issuerPlace: Subject | Unknown;
}

const provincial = new Set(data.provincial.map(foldName));
const national = new Set(data.national.map(foldName));

/** The issuer codes of a symbol: `09-NQ/TU` → `nq`, `tu`; `1626/UBND-KGVX` → `ubnd`, `kgvx`. */
function codes(symbol: string): string[] {
  return foldName(symbol)
    .split(/[/-]/)
    .filter((c) => c && !/^\d+[a-z]?$/.test(c));
}

/**
 * The place of a reference's issuer. A provincial body's document belongs to the province named
 * with it in the text (`UBND tỉnh Hậu Giang`), else to the page's own province.
 */
export function issuerPlace(text: string, ref: Reference, meta: PageMeta): Subject | Unknown {
  const parts = codes(ref.symbol);
  if (parts.some((c) => national.has(c))) return COUNTRY;
  if (!parts.some((c) => provincial.has(c))) return 'unknown';
  const around = text.slice(Math.max(0, ref.start - 160), Math.min(text.length, ref.end + 160));
  const named = /(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Tỉnh ủy|Đảng bộ)\s+(?:tỉnh|thành phố|TP\.?)\s+([^\n,.;:()]{2,30})/iu.exec(around);
  if (named?.[1]) {
    const words = named[1];
    const mention = findPlaces(words, fold(words))[0];
    const place = mention?.old ? subjectOf(mention.old) : mention?.new ? subjectOf(mention.new) : undefined;
    if (place) return place;
  }
  if (!meta.province) return 'unknown';
  // A document is named on the map in force when it was signed.
  const map = ref.date && ref.date >= '2025-07-01' ? 34 : 63;
  return rollUp(meta.province, map);
}

export function attributeReferences(text: string, refs: readonly Reference[], meta: PageMeta): Array<Reference & ReferencePlace> {
  return refs.map((r) => ({ ...r, issuerPlace: issuerPlace(text, r, meta) }));
}
