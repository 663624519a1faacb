/**
 * The provinces and cities of Việt Nam on both maps: the 63 units before 1 July 2025 and the 34
 * after Nghị quyết 202/2025/QH15. Names, portals and newspapers come from data/provinces.json.
 */
import data from './data/provinces.json';
import type { Subject, Unknown } from './types';
import { foldName, type FoldedText } from '../extraction/text/fold';
import type { Span } from '../extraction/text/span';
import { findAll, namePattern } from './text';

export interface OldUnit {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  portals: string[];
  newspapers: string[];
  successor: string;
}

export interface NewUnit {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  lineage: string[];
}

export const MERGER_DATE: string = data.mergerDate;
export const OLD_UNITS: readonly OldUnit[] = data.old;
export const NEW_UNITS: readonly NewUnit[] = data.new;
export const COUNTRY: Subject = { id: data.country.id, name: data.country.name, map: 63, level: 'country' };

const oldById = new Map(OLD_UNITS.map((u) => [u.id, u]));
const newById = new Map(NEW_UNITS.map((u) => [u.id, u]));

export function oldUnit(id: string): OldUnit | undefined {
  return oldById.get(id);
}

export function newUnit(id: string): NewUnit | undefined {
  return newById.get(id);
}

export function subjectOf(id: string): Subject | undefined {
  if (id === COUNTRY.id) return COUNTRY;
  const old = oldById.get(id);
  if (old) return { id, name: old.name, map: 63 };
  const unit = newById.get(id);
  if (!unit) return undefined;
  return { id, name: unit.name, map: 34, lineage: unit.lineage.map((o) => ({ id: o, name: oldById.get(o)?.name ?? o })) };
}

/**
 * The same place named on the other map. Going to 34, an old unit becomes the unit it merged
 * into, with the whole lineage shown (Nam Định → Ninh Bình, formed from Hà Nam, Ninh Bình, Nam Định).
 * Going back to 63 works only for a unit that was not merged: a merged one cannot be split.
 */
export function rollUp(subject: Subject, map: 63 | 34): Subject | Unknown {
  if (subject.level === 'country') return { ...subject, map };
  if (subject.map === map) return subjectOf(subject.id) ?? 'unknown';
  if (map === 34) {
    const old = oldById.get(subject.id);
    return old ? (subjectOf(old.successor) ?? 'unknown') : 'unknown';
  }
  const unit = newById.get(subject.id);
  const only = unit && unit.lineage.length === 1 ? unit.lineage[0] : undefined;
  return only ? (subjectOf(only) ?? 'unknown') : 'unknown';
}

/** The map in force on a date (ISO, any precision). */
export function mapOn(date: string): 63 | 34 {
  return date >= MERGER_DATE ? 34 : 63;
}

/** A place named in the page: which old unit and which new unit the words can stand for. */
export interface PlaceMention extends Span {
  old?: string;
  new?: string;
}

interface NameIndex {
  pattern: RegExp | undefined;
  old: Map<string, string>;
  new: Map<string, string>;
  notPlaces: Set<string>;
}

let index: NameIndex | undefined;

function nameIndex(): NameIndex {
  if (index) return index;
  const old = new Map<string, string>();
  const neu = new Map<string, string>();
  for (const u of OLD_UNITS) for (const n of [u.name, ...u.aliases]) old.set(foldName(n), u.id);
  for (const u of NEW_UNITS) for (const n of [u.name, ...u.aliases]) neu.set(foldName(n), u.id);
  const notPlaces = new Set(data.notPlaces.map(foldName));
  index = { pattern: namePattern([...old.keys(), ...neu.keys(), ...notPlaces]), old, new: neu, notPlaces };
  return index;
}

/** Every province or city named in the page, by its proper name (capitalised in the page). */
export function findPlaces(text: string, folded: FoldedText): PlaceMention[] {
  const idx = nameIndex();
  if (!idx.pattern) return [];
  const out: PlaceMention[] = [];
  for (const hit of findAll(idx.pattern, folded.folded)) {
    const name = foldName(hit.match[0]);
    if (idx.notPlaces.has(name)) continue;
    // `hòa bình` (peace) and `thái bình` (calm) are common words; a place name is written with capitals.
    const first = text.charAt(folded.toOriginal(hit.start));
    if (first !== first.toUpperCase() || first === first.toLowerCase()) continue;
    out.push({ start: hit.start, end: hit.end, old: idx.old.get(name), new: idx.new.get(name) });
  }
  return out;
}

/** The unit a mention names on a given map, when it names one there. */
export function placeOnMap(mention: PlaceMention, map: 63 | 34): Subject | Unknown {
  if (map === 34) {
    if (mention.new) return subjectOf(mention.new) ?? 'unknown';
    const old = mention.old ? subjectOf(mention.old) : undefined;
    return old ? rollUp(old, 34) : 'unknown';
  }
  if (mention.old) return subjectOf(mention.old) ?? 'unknown';
  const neu = mention.new ? subjectOf(mention.new) : undefined;
  return neu ? rollUp(neu, 63) : 'unknown';
}

const slugs = new Map<string, string>();
for (const u of OLD_UNITS) {
  for (const p of u.portals) slugs.set(p.replace(/\.gov\.vn$/, '').replace(/-/g, ''), u.id);
}

/**
 * The province a host belongs to: a listed portal or newspaper (or a subdomain of one, like
 * `vinhhung1.vinhloc.thanhhoa.gov.vn`), else a `gov.vn` host whose province label is known
 * (`skhdt.binhdinh.gov.vn`), else a newspaper named `bao<province>`.
 */
export function provinceOfHost(host: string): Subject | undefined {
  const h = host.toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '');
  const under = (site: string): boolean => h === site || h.endsWith('.' + site);
  for (const u of OLD_UNITS) {
    if (u.portals.some(under) || u.newspapers.some(under)) return subjectOf(u.id);
  }
  const labels = h.split('.');
  if (h.endsWith('.gov.vn')) {
    for (let i = labels.length - 3; i >= 0; i--) {
      const id = slugs.get((labels[i] ?? '').replace(/-/g, ''));
      if (id) return subjectOf(id);
    }
    return undefined;
  }
  for (const label of labels) {
    const m = /^bao(.+)$/.exec(label);
    const id = m?.[1] ? slugs.get(m[1]) : undefined;
    if (id) return subjectOf(id);
  }
  return undefined;
}

/** A newspaper's own short code at the head of an article (`(GLO)-` is Báo Gia Lai). */
export function provinceOfSiglum(code: string): Subject | undefined {
  const id = (data.sigla as Record<string, string | undefined>)[code];
  return id ? subjectOf(id) : undefined;
}

export function foldedAliases(unit: { name: string; aliases: string[] }): string[] {
  return [unit.name, ...unit.aliases].map(foldName);
}
