/**
 * Which rows of a long list the virtualizer lays out. @tanstack/virtual-core places every row it is
 * given, each time the count changes or a row is measured (25–55 ms for 100 000–200 000 rows, the
 * side panel frozen meanwhile); it is given a window of rows around the screen instead, and the
 * rows above and below it stand in as space of an estimated height, which is plain arithmetic
 * however many rows there are.
 */

/** Rows laid out at once: many screens, a fraction of a millisecond to place. */
export const WINDOW = 600;
/** The window moves in steps of this many rows, once the screen comes within a step of its edge. */
export const STEP = WINDOW / 4;

/**
 * The first row of the window for a list of `count` rows whose rows `first` to `last` (places in
 * the whole list) are on screen: `current` while they stay a step inside it (or it reaches the
 * list's end on that side), else the step-aligned window centred on them.
 */
export function windowStart(current: number, first: number, last: number, count: number): number {
  const latest = Math.max(0, count - WINDOW);
  const start = Math.min(current, latest);
  const roomAbove = start === 0 || first >= start + STEP;
  const roomBelow = start + WINDOW >= count || last < start + WINDOW - STEP;
  if (roomAbove && roomBelow) return start;
  const centred = Math.round(((first + last) / 2 - WINDOW / 2) / STEP) * STEP;
  return Math.min(latest, Math.max(0, centred));
}

/** The place in the whole list of the row at `offset` pixels, for a screen outside the window: by the estimated height. */
export function estimatedPlace(offset: number, window: { start: number; rows: number; top: number; bottom: number }, rowHeight: number): number {
  if (offset < window.top) return Math.floor(offset / rowHeight);
  return window.start + window.rows + Math.floor((offset - window.bottom) / rowHeight);
}
