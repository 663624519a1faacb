/**
 * The clips, newest first, as a virtual list: however many the notebook holds, only the cards on
 * screen (and a few around them) are in the page, and only their rows are read. It stays a list to
 * assistive technology (each item says its place in the whole), and Tab walks on through it: the
 * focused card is scrolled into view, which brings the next ones in. The virtualizer lays out a
 * window of rows around the screen (list-window.ts), so neither a count that changes (an import's
 * end) nor a card measured costs more with a bigger notebook.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Clip } from '../../utils/notebook/types';
import { ClipCard, type ClipCardProps } from './ClipCard';
import { estimatedPlace, WINDOW, windowStart } from './list-window';
import { useVirtualizer } from './use-virtualizer';

/** A card's height before it is measured: the headline, three facts and a two-line sentence. */
const ESTIMATED_HEIGHT = 190;

export interface ClipListProps extends Omit<ClipCardProps, 'clip'> {
  /** How many clips match. */
  matching: number;
  /** How many clips the notebook holds, once counted (the first rows are shown before). */
  total: number | undefined;
  /** The clip at a place in the list, once its rows are read. */
  clipAt: (index: number) => Clip | undefined;
  /** Tells which places are on screen, from `start` up to `end`, so their rows are read. */
  onRange: (start: number, end: number) => void;
  editingId?: number;
  /** The editor for the clip being edited. */
  editor?: ComponentChildren;
}

export function ClipList({ matching, total, clipAt, onRange, editingId, editor, ...actions }: ClipListProps) {
  const scroller = useRef<HTMLElement>(null);
  // The window's first row (a place in the whole list), and how many rows it holds.
  const [chosenFirst, setChosenFirst] = useState(0);
  const first = Math.min(chosenFirst, Math.max(0, matching - WINDOW));
  const rows = Math.min(WINDOW, matching - first);
  const after = (matching - first - rows) * ESTIMATED_HEIGHT;
  const virtualizer = useVirtualizer({
    count: rows,
    getItemKey: useCallback((index: number) => first + index, [first]),
    paddingStart: first * ESTIMATED_HEIGHT,
    paddingEnd: after,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_HEIGHT,
    overscan: 3,
    // Before the first layout (and where there is none), plan for a side panel's height.
    initialRect: { width: 400, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const start = first + (items[0]?.index ?? 0);
  const end = first + (items.at(-1)?.index ?? -1) + 1;

  // Where the screen is in the whole list: by the rows laid out, or (scrolled past the window) by the estimated height.
  const offset = virtualizer.scrollOffset ?? 0;
  const height = virtualizer.scrollRect?.height ?? 0;
  const top = first * ESTIMATED_HEIGHT;
  const bottom = virtualizer.getTotalSize() - after;
  const inWindow = items.length > 0 && offset + height > top && offset < bottom;
  const shownFirst = inWindow ? start : estimatedPlace(offset, { start: first, rows, top, bottom }, ESTIMATED_HEIGHT);
  const shownLast = inWindow ? end - 1 : shownFirst + Math.ceil(height / ESTIMATED_HEIGHT);
  const nextFirst = windowStart(first, shownFirst, shownLast, matching);
  // A row on screen when the window moves, and how far below the top of the screen it was: it stays there.
  const anchor = useRef<{ place: number; below: number }>();
  useLayoutEffect(() => {
    if (nextFirst === first) return;
    const row = inWindow ? items.find((item) => item.end > offset) : undefined;
    anchor.current = row && { place: first + row.index, below: row.start - offset };
    setChosenFirst(nextFirst);
  }, [nextFirst, first]);
  useLayoutEffect(() => {
    const kept = anchor.current;
    anchor.current = undefined;
    const row = kept && virtualizer.measurementsCache[kept.place - first];
    if (row && scroller.current) scroller.current.scrollTop = row.start - kept.below;
  }, [first]);
  // A reader who scrolled to the end stays there while the cards there are measured: they may be taller than estimated.
  const totalSize = virtualizer.getTotalSize();
  const laidOut = useRef(totalSize);
  const atEnd = useRef(false);
  if (height > 0) atEnd.current = offset > 0 && offset + height >= laidOut.current - 1;
  useLayoutEffect(() => {
    if (atEnd.current && totalSize !== laidOut.current && scroller.current) scroller.current.scrollTop = scroller.current.scrollHeight;
    laidOut.current = totalSize;
  });
  useEffect(() => onRange(start, end), [start, end]);

  if (total === 0) return <p class="nb-empty">{t('notebookEmpty')}</p>;
  if (matching === 0) return total === undefined ? null : <p class="nb-empty">{t('notebookNoMatch')}</p>;
  return (
    <>
      <p class="nb-count" aria-live="polite">
        {total !== undefined && t('notebookCount', { shown: matching, total })}
      </p>
      <section class="nb-list" aria-label={t('notebookTabClips')} ref={scroller} tabIndex={0}>
        <ol class="nb-clips" style={{ height: `${totalSize}px` }}>
          {items.map((item) => {
            const clip = clipAt(first + item.index);
            return (
              <li
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-setsize={matching}
                aria-posinset={first + item.index + 1}
                aria-busy={clip ? undefined : 'true'}
                style={{ transform: `translateY(${item.start}px)`, minHeight: clip ? undefined : `${ESTIMATED_HEIGHT}px` }}
              >
                {clip && (clip.id === editingId && editor ? editor : <ClipCard clip={clip} {...actions} />)}
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
