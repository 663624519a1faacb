/** The comparison tab: the 63/34 switch, then each indicator's grid and charts. */
import { t } from '../../utils/i18n';
import type { IndicatorGrid } from '../../utils/notebook/grid';
import type { ProvinceMap } from '../../utils/notebook/provinces';
import { IndicatorComparison } from './IndicatorComparison';
import { MapSwitch } from './MapSwitch';

export interface ComparisonGridProps {
  grids: readonly IndicatorGrid[];
  map: ProvinceMap;
  onMapChange: (map: ProvinceMap) => void;
}

export function ComparisonGrid({ grids, map, onMapChange }: ComparisonGridProps) {
  return (
    <div class="nb-compare">
      <MapSwitch map={map} onChange={onMapChange} />
      {grids.length === 0 ? (
        <p class="nb-empty">{t('notebookGridEmpty')}</p>
      ) : (
        grids.map((grid) => <IndicatorComparison key={grid.indicator.id} grid={grid} />)
      )}
    </div>
  );
}
