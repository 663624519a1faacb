/** One clip in the list: what it says, what Soi thinks it is about, where it came from, and what can be done with it. */
import { t } from '../../utils/i18n';
import { webLink } from '../../utils/links';
import type { Clip } from '../../utils/notebook/types';
import { dateLabel, indicatorLabel, kindLabel, periodLabel, plainDate, subjectLabel, valueLabel } from './labels';

export interface ClipCardProps {
  clip: Clip;
  onEdit: (clip: Clip) => void;
  onDelete: (clip: Clip) => void;
  onOpen: (clip: Clip) => void;
}

export function ClipCard({ clip, onEdit, onDelete, onOpen }: ClipCardProps) {
  const { attribution } = clip;
  return (
    <article class={`nb-clip nb-clip-${clip.kind}`} data-clip-id={clip.id} aria-labelledby={`clip-${clip.id}`}>
      <header class="nb-clip-head">
        <h2 id={`clip-${clip.id}`} class="nb-clip-text">
          {clip.text}
        </h2>
        <span class="nb-clip-value">{valueLabel(clip)}</span>
      </header>
      <dl class="nb-clip-facts">
        <div>
          <dt>{t('notebookColumnKind')}</dt>
          <dd>
            {kindLabel(clip)}
            {clip.kind === 'figure' && clip.qualifier ? ` · ${t('notebookHedge', { hedge: clip.qualifier })}` : ''}
            {attribution.target ? ` · ${t('notebookTarget')}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('notebookIndicator')}</dt>
          <dd class={attribution.indicator === 'unknown' ? 'nb-unknown' : undefined}>{indicatorLabel(attribution)}</dd>
        </div>
        <div>
          <dt>{t('notebookProvince')}</dt>
          <dd class={attribution.subject === 'unknown' ? 'nb-unknown' : undefined}>{subjectLabel(attribution)}</dd>
        </div>
        <div>
          <dt>{t('notebookPeriod')}</dt>
          <dd class={attribution.period === 'unknown' ? 'nb-unknown' : undefined}>{periodLabel(attribution)}</dd>
        </div>
      </dl>
      <blockquote class="nb-clip-sentence">{clip.sentence}</blockquote>
      <p class="nb-clip-source">
        <span class="nb-clip-title">{clip.title}</span> · <span>{clip.site}</span>
        {clip.publishedAt ? ` · ${t('notebookPublishedAt', { date: plainDate(clip.publishedAt.slice(0, 10)) })}` : ''}
        {` · ${t('notebookClippedAt', { date: dateLabel(clip.clippedAt) })}`}
      </p>
      {clip.note && <p class="nb-clip-note">{clip.note}</p>}
      {clip.tags.length > 0 && (
        <ul class="nb-tags" aria-label={t('notebookTag')}>
          {clip.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      <div class="nb-clip-actions">
        {webLink(clip.url) && (
          <button type="button" onClick={() => onOpen(clip)}>
            {t('notebookOpenSource')}
          </button>
        )}
        <button type="button" onClick={() => onEdit(clip)} aria-label={t('notebookEditTitle', { text: clip.text })}>
          {t('notebookEdit')}
        </button>
        <button type="button" class="nb-danger" onClick={() => onDelete(clip)}>
          {t('notebookDelete')}
        </button>
      </div>
    </article>
  );
}
