import type { Subject } from '../../utils/attribution/types';
import { t } from '../../utils/i18n';

/** Both provincial maps, as the notebook offers them for a choice. */
export type ProvinceChoices = { 63: readonly Subject[]; 34: readonly Subject[] };

interface ProvinceSelectProps {
  value: string;
  provinces: ProvinceChoices;
  /** The label of the empty choice: "unknown" when editing, "all" when filtering. */
  emptyLabel: string;
  onChange: (id: string) => void;
}

/** A province chosen on either map: the 63 units before 1 July 2025 and the 34 after, grouped. */
export function ProvinceSelect({ value, provinces, emptyLabel, onChange }: ProvinceSelectProps) {
  return (
    <label class="nb-field">
      <span>{t('notebookProvince')}</span>
      <select value={value} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}>
        <option value="">{emptyLabel}</option>
        {([63, 34] as const).map((map) => (
          <optgroup key={map} label={t(map === 63 ? 'notebookMap63' : 'notebookMap34')}>
            {provinces[map].map((subject) => (
              <option key={subject.id} value={subject.id}>
                {subject.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
