/**
 * The clips, newest first, as a virtual list: however many the notebook holds, only the cards on
 * screen (and a few around them) are in the page, and only their rows are read. It stays a list to
 * assistive technology (each item says its place in the whole), and Tab walks on through it: the
 * focused card is scrolled into view, which brings the next ones in.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { Clip } from '../../utils/notebook/types';
import { ClipCard, type ClipCardProps } from './ClipCard';
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
  const virtualizer = useVirtualizer({
    count: matching,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_HEIGHT,
    overscan: 3,
    // Before the first layout (and where there is none), plan for a side panel's height.
    initialRect: { width: 400, height: 800 },
  });
  const items = virtualizer.getVirtualItems();
  const start = items[0]?.index ?? 0;
  const end = (items.at(-1)?.index ?? -1) + 1;
  useEffect(() => onRange(start, end), [start, end]);

  if (total === 0) return <p class="nb-empty">{t('notebookEmpty')}</p>;
  if (matching === 0) return total === undefined ? null : <p class="nb-empty">{t('notebookNoMatch')}</p>;
  return (
    <>
      <p class="nb-count" aria-live="polite">
        {total !== undefined && t('notebookCount', { shown: matching, total })}
      </p>
      <section class="nb-list" aria-label={t('notebookTabClips')} ref={scroller} tabIndex={0}>
        <ol class="nb-clips" style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {items.map((item) => {
            const clip = clipAt(item.index);
            return (
              <li
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-setsize={matching}
                aria-posinset={item.index + 1}
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
