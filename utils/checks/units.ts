/** Whether two figures count the same kind of thing, so that adding or dividing them makes sense. */
import type { Figure } from '../extraction/types';
import { norm } from './words';

/** `thủ tục` and `thủ tục hành chính` count the same thing: one unit is the start of the other. */
export function sameUnit(a: Figure, b: Figure): boolean {
  const ua = norm(a.unit ?? '').trim();
  const ub = norm(b.unit ?? '').trim();
  if (!ua || !ub) return false;
  if (a.kind === 'money' || b.kind === 'money') return a.kind === b.kind && ua === ub;
  const [short, long] = ua.length <= ub.length ? [ua, ub] : [ub, ua];
  return long === short || long.startsWith(short + ' ');
}

/** Counts and amounts of money are what parts and totals are made of. */
export function isAmount(figure: Figure): boolean {
  return figure.kind === 'count' || figure.kind === 'money';
}
