/** How the notebook names a clip's parts in the reader's language. */
import type { FigureContext } from '../../utils/attribution/types';
import { getLanguage, t } from '../../utils/i18n';
import type { Clip, FigureClip, ReferenceClip } from '../../utils/notebook/types';
import { figureValue, plainDate } from '../card/format';
import { periodName } from '../../utils/i18n/period';

export function kindLabel(clip: Clip): string {
  return t(clip.kind === 'figure' ? `notebookKind_${clip.figureKind}` : 'notebookKind_reference');
}

/** The value in plain numbers (`98,65 %`, `hạng 10/63`), or the document's symbol. */
export function valueLabel(clip: Pick<FigureClip, 'kind' | 'text' | 'figureKind' | 'value' | 'of' | 'unit'> | Pick<ReferenceClip, 'kind' | 'symbol'>): string {
  if (clip.kind === 'reference') return clip.symbol;
  return figureValue({ text: clip.text, kind: clip.figureKind, value: clip.value, of: clip.of, unit: clip.unit, start: 0, end: 0 });
}

export function indicatorLabel(attribution: FigureContext): string {
  const { indicator } = attribution;
  if (indicator === 'unknown') return t('notebookUnknown');
  return getLanguage() === 'en' && indicator.en ? indicator.en : indicator.name;
}

export function subjectLabel(attribution: FigureContext): string {
  return attribution.subject === 'unknown' ? t('notebookUnknown') : attribution.subject.name;
}

export function periodLabel(attribution: FigureContext): string {
  return attribution.period === 'unknown' ? t('notebookUnknown') : periodName(attribution.period.key);
}

export function dateLabel(ms: number): string {
  return plainDate(new Date(ms).toISOString().slice(0, 10));
}

export { plainDate };
