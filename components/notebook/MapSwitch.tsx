/** The 63/34 switch: which administrative map provinces are shown on. */
import { t } from '../../utils/i18n';
import type { ProvinceMap } from '../../utils/notebook/provinces';

export interface MapSwitchProps {
  map: ProvinceMap;
  onChange: (map: ProvinceMap) => void;
}

export function MapSwitch({ map, onChange }: MapSwitchProps) {
  return (
    <fieldset class="nb-map">
      <legend>{t('notebookMap')}</legend>
      {([63, 34] as const).map((option) => (
        <label key={option}>
          <input type="radio" name="nb-map" value={option} checked={map === option} onChange={() => onChange(option)} />
          {t(option === 63 ? 'notebookMap63' : 'notebookMap34')}
        </label>
      ))}
    </fieldset>
  );
}
