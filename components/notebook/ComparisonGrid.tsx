/** The comparison tab: the 63/34 switch, the indicator to compare, then its grid and charts. */
import type { Indicator } from '../../utils/attribution/types';
import { getLanguage, t } from '../../utils/i18n';
import type { GridSource, GridView } from '../../utils/notebook/grid';
import type { ProvinceMap } from '../../utils/notebook/provinces';
import { IndicatorComparison } from './IndicatorComparison';
import { MapSwitch } from './MapSwitch';

export interface ComparisonGridProps {
  /** Indicators the notebook holds figures for. */
  indicators: readonly Indicator[];
  indicator: string | undefined;
  onIndicatorChange: (id: string) => void;
  /** The grid of the chosen indicator (one indicator at a time keeps a large notebook quick); none when it has no placed figure. */
  view: GridView | undefined;
  /** Reads the sources a cell folds away, when the reader opens them. */
  loadSources: (ids: readonly number[]) => Promise<GridSource[]>;
  map: ProvinceMap;
  onMapChange: (map: ProvinceMap) => void;
}

export function ComparisonGrid({ indicators, indicator, onIndicatorChange, view, loadSources, map, onMapChange }: ComparisonGridProps) {
  const english = getLanguage() === 'en';
  return (
    <div class="nb-compare">
      <div class="nb-compare-controls">
        <label class="nb-field">
          <span>{t('notebookIndicator')}</span>
          <select value={indicator ?? ''} onChange={(event) => onIndicatorChange((event.currentTarget as HTMLSelectElement).value)}>
            {indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {english && i.en ? i.en : i.name}
              </option>
            ))}
          </select>
        </label>
        <MapSwitch map={map} onChange={onMapChange} />
      </div>
      {view ? <IndicatorComparison key={view.indicator.id} view={view} loadSources={loadSources} /> : <p class="nb-empty">{t('notebookGridEmpty')}</p>}
    </div>
  );
}
