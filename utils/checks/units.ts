/** Whether two figures count the same kind of thing, so that adding or dividing them makes sense. */
import type { Figure } from '../extraction/types';
import { WORDS, norm } from './words';

/** `người` counts people of any kind: `34.600 lao động; trong đó 6.840 người …` count the same thing. */
function samePeople(a: string, b: string): boolean {
  const generic = (u: string) => WORDS.peopleGeneric.includes(u);
  const kind = (u: string) => WORDS.peopleKinds.includes(u) || generic(u);
  return (generic(a) && kind(b)) || (generic(b) && kind(a));
}

/**
 * `thủ tục` and `thủ tục hành chính` count the same thing: one unit is the start of the other (a
 * Vietnamese head noun comes first); so do `visitors` and `international visitors`, one the end of
 * the other (an English head noun comes last); `người` is any people.
 */
export function sameUnit(a: Figure, b: Figure): boolean {
  const ua = norm(a.unit ?? '').trim();
  const ub = norm(b.unit ?? '').trim();
  if (!ua || !ub) return false;
  if (a.kind === 'money' || b.kind === 'money') return a.kind === b.kind && ua === ub;
  if (samePeople(ua, ub)) return true;
  const [short, long] = ua.length <= ub.length ? [ua, ub] : [ub, ua];
  return long === short || long.startsWith(short + ' ') || (isEnglish(long) && long.endsWith(' ' + short));
}

/** A unit written in English letters only (`international visitors`), where the head noun is the last word. */
function isEnglish(unit: string): boolean {
  return /^[a-z -]+$/u.test(unit);
}

/** Counts and amounts of money are what parts and totals are made of. */
export function isAmount(figure: Figure): boolean {
  return figure.kind === 'count' || figure.kind === 'money';
}
