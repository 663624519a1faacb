/** The clips, newest first, with the one being edited opened in place. */
import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n';
import type { Clip } from '../../utils/notebook/types';
import { ClipCard, type ClipCardProps } from './ClipCard';

export interface ClipListProps extends Omit<ClipCardProps, 'clip'> {
  clips: readonly Clip[];
  total: number;
  /** Whether the notebook holds any clip at all (so "nothing yet" and "nothing matches" read differently). */
  empty: boolean;
  editingId?: number;
  /** The editor for the clip being edited. */
  editor?: ComponentChildren;
}

export function ClipList({ clips, total, empty, editingId, editor, ...actions }: ClipListProps) {
  if (empty) return <p class="nb-empty">{t('notebookEmpty')}</p>;
  if (!clips.length) return <p class="nb-empty">{t('notebookNoMatch')}</p>;
  return (
    <section class="nb-list" aria-label={t('notebookTabClips')}>
      <p class="nb-count" aria-live="polite">
        {t('notebookCount', { shown: clips.length, total })}
      </p>
      <ol class="nb-clips">
        {clips.map((clip) => (
          <li key={clip.id}>{clip.id === editingId && editor ? editor : <ClipCard clip={clip} {...actions} />}</li>
        ))}
      </ol>
    </section>
  );
}
