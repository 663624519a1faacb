/**
 * The 63/34 switch. On 1 July 2025 Việt Nam's 63 provincial units became 34; a comparison can be
 * read on either map. This is the one place that knows how a province moves between them, so
 * that the gazetteer behind it can change without touching the grid.
 */
import type { Subject } from '../attribution/types';
import provinces from '../attribution/data/provinces.json';

export type ProvinceMap = 63 | 34;

/** Where a figure's province sits on the chosen map, and which units of the other map it stands for. */
export interface Place {
  id: string;
  name: string;
  map: ProvinceMap;
  /** Names of the 63-map units behind a 34-map place (its lineage), or of the unit itself. */
  lineage: string[];
}

interface OldUnit {
  id: string;
  name: string;
  successor: string;
}
interface NewUnit {
  id: string;
  name: string;
  lineage: string[];
}

const oldUnits = new Map((provinces.old as OldUnit[]).map((unit) => [unit.id, unit]));
const newUnits = new Map((provinces.new as NewUnit[]).map((unit) => [unit.id, unit]));

function lineageNames(unit: NewUnit): string[] {
  return unit.lineage.map((id) => oldUnits.get(id)?.name ?? id);
}

/**
 * The place a subject counts under on `map`. On the 34 map, an old province rolls up into the
 * unit it merged into. On the 63 map, a figure about a merged unit cannot be split, so it stays
 * under the new unit, which names the old ones it was formed from.
 */
export function placeOnMap(subject: Subject, map: ProvinceMap): Place {
  const own = subject.map === 34 ? newUnits.get(subject.id) : oldUnits.get(subject.id);
  if (subject.map === 63 && map === 34 && own) {
    const successor = newUnits.get((own as OldUnit).successor);
    if (successor) return { id: successor.id, name: successor.name, map: 34, lineage: lineageNames(successor) };
  }
  if (subject.map === 34 && own) return { id: own.id, name: own.name, map: 34, lineage: lineageNames(own as NewUnit) };
  return { id: subject.id, name: subject.name, map: subject.map, lineage: [subject.name] };
}

/** Every province of one map, for the filter list. */
export function provincesOf(map: ProvinceMap): Subject[] {
  const units = map === 63 ? [...oldUnits.values()] : [...newUnits.values()];
  return units.map((unit) => ({ id: unit.id, name: unit.name, map }));
}

/** The ids a province filter matches: itself, and on the 34 map the old units it was formed from. */
export function subjectIdsFor(provinceId: string): string[] {
  const merged = newUnits.get(provinceId);
  return merged ? [merged.id, ...merged.lineage] : [provinceId];
}
