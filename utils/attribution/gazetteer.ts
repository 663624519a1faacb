/**
 * The provinces and cities of Việt Nam on both maps: the 63 units before 1 July 2025 and the 34
 * after Nghị quyết 202/2025/QH15. Names, portals and newspapers come from data/provinces.json;
 * the districts of the old map and the communes and wards of the new one, each standing for its
 * province, from data/places.json.
 */
import data from './data/provinces.json';
import places from './data/places.json';
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
  /** Districts (old map) and communes and wards (new map) by folded name with its type word. */
  below: Map<string, { old?: string; new?: string }>;
}

// The type words places below a province are written with, then up to five words of name, folded.
const BELOW = /(?<![\p{L}\p{N}])(?:huyen|quan|thi xa|thanh pho|phuong|xa|dac khu|thi tran)((?:\s+-?\s*[\p{L}\p{N}]+){1,5})/gu;

/**
 * Four thousand names in one alternation would be tried at every position of the page; a type
 * word is rare, so names below a province are looked up after one, longest first.
 */
function belowIndex(old: Map<string, string>, neu: Map<string, string>): Map<string, { old?: string; new?: string }> {
  const out = new Map<string, { old?: string; new?: string }>();
  const add = (units: Record<string, string>, side: 'old' | 'new'): void => {
    for (const [id, names] of Object.entries(units)) {
      for (const n of names.split('|')) {
        const key = foldName(n);
        // A province's own name (`thành phố Huế`) is the province.
        if (!old.has(key) && !neu.has(key)) out.set(key, { ...out.get(key), [side]: id });
      }
    }
  };
  add(places.districts, 'old');
  add(places.communes, 'new');
  return out;
}

let index: NameIndex | undefined;

function nameIndex(): NameIndex {
  if (index) return index;
  const old = new Map<string, string>();
  const neu = new Map<string, string>();
  for (const u of OLD_UNITS) for (const n of [u.name, ...u.aliases]) old.set(foldName(n), u.id);
  for (const u of NEW_UNITS) for (const n of [u.name, ...u.aliases]) neu.set(foldName(n), u.id);
  const notPlaces = new Set(data.notPlaces.map(foldName));
  index = { pattern: namePattern([...old.keys(), ...neu.keys(), ...notPlaces]), old, new: neu, notPlaces, below: belowIndex(old, neu) };
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
  for (const hit of findAll(BELOW, folded.folded)) {
    const below = placeBelow(idx, text, folded, hit);
    if (below && !out.some((p) => p.start < below.end && p.end > below.start)) out.push(below);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The longest known district, commune or ward a type word starts, written with a capital. */
function placeBelow(idx: NameIndex, text: string, folded: FoldedText, hit: Span & { match: RegExpExecArray }): PlaceMention | undefined {
  const nameAt = hit.end - (hit.match[1] ?? '').length;
  const first = text.charAt(folded.toOriginal(nameAt + ((hit.match[1] ?? '').length - (hit.match[1] ?? '').trimStart().length)));
  if (first === first.toLowerCase()) return undefined;
  const words = folded.folded.slice(hit.start, hit.end).split(/(?<=\S)(?=\s)/);
  for (let n = words.length; n >= 2; n--) {
    const candidate = words.slice(0, n).join('');
    const unit = idx.below.get(foldName(candidate));
    if (unit) return { start: hit.start, end: hit.start + candidate.length, ...unit };
  }
  return undefined;
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
