/**
 * Correcting a clip: the analyst's note and tags, and what Soi guessed it is about (indicator,
 * province, period). An indicator typed that Soi does not know is kept under its own name.
 */
import { useState } from 'preact/hooks';
import type { FigureContext, Indicator } from '../../utils/attribution/types';
import { t } from '../../utils/i18n';
import type { ClipEdit } from '../../utils/notebook/clips';
import { periodFromKey } from '../../utils/notebook/period';
import type { Clip } from '../../utils/notebook/types';
import { foldedId, foldName } from '../../utils/extraction/text/fold';
import { ProvinceSelect, type ProvinceChoices } from './ProvinceSelect';

export interface ClipEditorProps {
  clip: Clip;
  /** Indicators to choose from: the data file's and those already in the notebook. */
  indicators: readonly Indicator[];
  provinces: ProvinceChoices;
  onSave: (edit: ClipEdit) => void;
  onCancel: () => void;
}

function indicatorFrom(name: string, known: readonly Indicator[]): Indicator | 'unknown' {
  const typed = name.trim();
  if (!typed) return 'unknown';
  const folded = foldName(typed);
  const found = known.find((i) => foldName(i.name) === folded || (i.en && foldName(i.en) === folded) || i.id === typed);
  return found ?? { id: foldedId(typed), name: typed };
}

export function ClipEditor({ clip, indicators, provinces, onSave, onCancel }: ClipEditorProps) {
  const { attribution } = clip;
  const [note, setNote] = useState(clip.note);
  const [tags, setTags] = useState(clip.tags.join(', '));
  const [indicator, setIndicator] = useState(attribution.indicator === 'unknown' ? '' : attribution.indicator.name);
  const [subject, setSubject] = useState(attribution.subject === 'unknown' ? '' : attribution.subject.id);
  const [period, setPeriod] = useState(attribution.period === 'unknown' ? '' : attribution.period.key);
  const periodValue = period.trim() ? periodFromKey(period) : 'unknown';
  const listId = `nb-indicators-${clip.id}`;

  const save = (event: Event) => {
    event.preventDefault();
    if (!periodValue) return;
    const chosen = [...provinces[63], ...provinces[34]].find((s) => s.id === subject);
    const next: FigureContext = {
      indicator: indicatorFrom(indicator, indicators),
      subject: chosen ?? 'unknown',
      period: periodValue,
      ...(attribution.target ? { target: true as const } : {}),
    };
    onSave({ note, tags: tags.split(','), attribution: next });
  };

  return (
    <form class="nb-editor" onSubmit={save} aria-label={t('notebookEditTitle', { text: clip.text })}>
      <label class="nb-field">
        <span>{t('notebookIndicator')}</span>
        <input list={listId} value={indicator} onInput={(e) => setIndicator((e.currentTarget as HTMLInputElement).value)} />
        <datalist id={listId}>
          {indicators.map((i) => (
            <option key={i.id} value={i.name} />
          ))}
        </datalist>
      </label>
      <ProvinceSelect value={subject} provinces={provinces} emptyLabel={t('notebookUnknown')} onChange={setSubject} />
      <label class="nb-field">
        <span>{t('notebookPeriod')}</span>
        <input
          value={period}
          placeholder="2023, 2021-2025, 2023-Q3"
          translate={false}
          aria-invalid={!periodValue}
          aria-describedby={!periodValue ? `${listId}-period` : undefined}
          onInput={(e) => setPeriod((e.currentTarget as HTMLInputElement).value)}
        />
        {!periodValue && (
          <span id={`${listId}-period`} class="nb-error">
            {t('notebookCsvBadPeriod', { value: period })}
          </span>
        )}
      </label>
      <label class="nb-field">
        <span>{t('notebookNote')}</span>
        <textarea rows={3} value={note} onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <label class="nb-field">
        <span>{t('notebookTags')}</span>
        <input value={tags} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div class="nb-editor-actions">
        <button type="submit" disabled={!periodValue}>
          {t('notebookSave')}
        </button>
        <button type="button" class="nb-quiet" onClick={onCancel}>
          {t('notebookCancel')}
        </button>
      </div>
    </form>
  );
}
