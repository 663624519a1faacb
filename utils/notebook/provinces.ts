/**
 * The 63/34 switch for the notebook. On 1 July 2025 Việt Nam's 63 provincial units became 34; a
 * comparison can be read on either map. The gazetteer (utils/attribution) knows the lineage; this
 * module is the one place the notebook asks it, so the grid never handles the data itself.
 */
import { foldedAliases, mapOn, NEW_UNITS, OLD_UNITS, rollUp, subjectOf } from '../attribution/gazetteer';
import { foldName } from '../extraction/text/fold';
import type { Subject } from '../attribution/types';

export type ProvinceMap = 63 | 34;

/** Where a figure's province sits on the chosen map, and which 63-map units it stands for. */
export interface Place {
  id: string;
  name: string;
  map: ProvinceMap;
  /** Names of the 63-map units behind a 34-map place, or the unit's own name. */
  lineage: string[];
}

function placeOf(subject: Subject): Place {
  const known = subjectOf(subject.id) ?? subject;
  const lineage = known.lineage?.map((unit) => unit.name) ?? [known.name];
  return { id: known.id, name: known.name, map: known.map, lineage };
}

/**
 * The place a subject counts under on `map`. On the 34 map, an old province rolls up into the unit
 * it merged into. On the 63 map, a figure about a merged unit cannot be split, so it stays under
 * the new unit, which names the old ones it was formed from.
 */
export function placeOnMap(subject: Subject, map: ProvinceMap): Place {
  const moved = rollUp(subject, map);
  return placeOf(moved === 'unknown' ? subject : moved);
}

/** Every province of one map, for the filter list. */
export function provincesOf(map: ProvinceMap): Subject[] {
  const units = map === 63 ? OLD_UNITS : NEW_UNITS;
  return units.map((unit) => ({ id: unit.id, name: unit.name, map }));
}

/** The subject ids a province filter matches: itself, and for a 34-map unit the old units it was formed from. */
export function subjectIdsFor(provinceId: string): string[] {
  const subject = subjectOf(provinceId);
  return [provinceId, ...(subject?.lineage?.map((unit) => unit.id) ?? [])];
}

/** The subject for an id of either map, when the gazetteer knows it. */
export function provinceById(id: string): Subject | undefined {
  return subjectOf(id);
}

const byName = new Map<string, { old?: string; new?: string }>();
for (const [units, map] of [
  [OLD_UNITS, 'old'],
  [NEW_UNITS, 'new'],
] as const) {
  for (const unit of units) {
    for (const name of [unit.id, ...foldedAliases(unit)]) {
      const entry = byName.get(name) ?? {};
      entry[map] ??= unit.id;
      byName.set(name, entry);
    }
  }
}

/**
 * The province a table names, by id, name or alias, diacritics optional. A name on both maps
 * (`Ninh Bình` before and after the merger) is read on the map in force for the period.
 */
export function provinceByName(name: string, periodStart: string): Subject | undefined {
  const entry = byName.get(name.trim().toLowerCase()) ?? byName.get(foldName(name));
  if (!entry) return undefined;
  const id = mapOn(periodStart) === 34 ? (entry.new ?? entry.old) : (entry.old ?? entry.new);
  return id ? subjectOf(id) : undefined;
}
