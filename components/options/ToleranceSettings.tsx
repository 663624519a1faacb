import { useEffect, useState } from 'preact/hooks';
import type { FigureKind } from '@/utils/extraction/types';
import { getLanguage, t, type MessageKey } from '@/utils/i18n';
import { getSetting, resetSetting, setSetting, TOLERANCE_MEASURE, watchSetting, type Tolerances } from '@/utils/settings';

const KINDS: readonly { kind: FigureKind; label: MessageKey; unit: MessageKey }[] = [
  { kind: 'percent', label: 'toleranceKindPercent', unit: 'toleranceUnitPoints' },
  { kind: 'rank', label: 'toleranceKindRank', unit: 'toleranceUnitPlaces' },
  { kind: 'rank_change', label: 'toleranceKindRankChange', unit: 'toleranceUnitPlaces' },
  { kind: 'score', label: 'toleranceKindScore', unit: 'toleranceUnitScore' },
  { kind: 'count', label: 'toleranceKindCount', unit: 'toleranceUnitRelative' },
  { kind: 'money', label: 'toleranceKindMoney', unit: 'toleranceUnitRelative' },
  { kind: 'ratio', label: 'toleranceKindRatio', unit: 'toleranceUnitRelative' },
];

/** Reads a number as the reader types it: `0,5` (Vietnamese) and `0.5` both mean one half. */
function readAmount(text: string): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** A stored amount the way the reader writes numbers: `0,5` in Vietnamese, `0.5` in English. */
function showAmount(value: number): string {
  return getLanguage() === 'vi' ? String(value).replace('.', ',') : String(value);
}

/** How far apart two figures of each kind may be and still agree, used by the notebook's comparisons. */
export function ToleranceSettings() {
  const [tolerances, setTolerances] = useState<Tolerances | undefined>();
  const [drafts, setDrafts] = useState<Partial<Record<FigureKind, string>>>({});
  const [status, setStatus] = useState('');

  useEffect(() => {
    void getSetting('tolerances').then(setTolerances);
    // A change from elsewhere shows at once; what the reader is typing here stays as typed.
    return watchSetting('tolerances', setTolerances);
  }, []);

  if (!tolerances) return null;

  const save = async (kind: FigureKind, text: string) => {
    const value = readAmount(text);
    if (value === undefined) return;
    await setSetting('tolerances', { ...(await getSetting('tolerances')), [kind]: value });
    setStatus(t('optionsSaved'));
  };

  const restore = async () => {
    await resetSetting('tolerances');
    setDrafts({});
    setStatus(t('toleranceRestored'));
  };

  return (
    <section class="card" aria-labelledby="tolerance-title">
      <h2 id="tolerance-title">{t('toleranceTitle')}</h2>
      <p class="help" id="tolerance-help">
        {t('toleranceHelp')}
      </p>
      <div class="tolerances">
        {KINDS.map(({ kind, label, unit }) => {
          const draft = drafts[kind];
          const invalid = draft !== undefined && readAmount(draft) === undefined;
          const id = `tolerance-${kind}`;
          return (
            <div class="tolerance" key={kind}>
              <label for={id}>{t(label)}</label>
              <input
                id={id}
                type="text"
                inputMode="decimal"
                class="amount"
                data-measure={TOLERANCE_MEASURE[kind]}
                value={draft ?? showAmount(tolerances[kind])}
                aria-invalid={invalid ? true : undefined}
                aria-describedby={invalid ? `${id}-unit ${id}-error` : `${id}-unit`}
                onInput={(event) => {
                  const text = event.currentTarget.value;
                  setDrafts((typed) => ({ ...typed, [kind]: text }));
                  void save(kind, text);
                }}
                onBlur={() => {
                  if (draft !== undefined && !invalid) setDrafts(({ [kind]: _typed, ...others }) => others);
                }}
              />
              <span id={`${id}-unit`} class="unit">
                {t(unit)}
              </span>
              {invalid && (
                <span id={`${id}-error`} class="field-error" role="alert">
                  {t('toleranceInvalid')}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <p role="status" class="status">
        {status}
      </p>
      <button type="button" class="quiet" onClick={() => void restore()}>
        {t('toleranceRestore')}
      </button>
    </section>
  );
}
