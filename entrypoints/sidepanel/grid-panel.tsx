/** The Compare tab: the grid follows the notebook, the 63/34 switch and the analyst's tolerances. */
import { useEffect, useState } from 'preact/hooks';
import { ComparisonGrid } from '@/components/notebook/ComparisonGrid';
import { buildGrid } from '@/utils/notebook/grid';
import type { NotebookDB } from '@/utils/notebook/db';
import type { ProvinceMap } from '@/utils/notebook/provinces';
import { gridClips } from '@/utils/notebook/queries';
import { getSetting, watchSetting, type Tolerances } from '@/utils/settings';
import { problemLines } from './notices';
import { useLiveQuery } from './use-live-query';

function useTolerances(): Tolerances | undefined {
  const [tolerances, setTolerances] = useState<Tolerances>();
  useEffect(() => {
    void getSetting('tolerances').then(setTolerances);
    return watchSetting('tolerances', setTolerances);
  }, []);
  return tolerances;
}

export function GridPanel({ db }: { db: NotebookDB }) {
  const [map, setMap] = useState<ProvinceMap>(63);
  const tolerances = useTolerances();
  const grids = useLiveQuery(async () => {
    if (!tolerances) return undefined;
    performance.mark('soi:grid:start');
    const grid = buildGrid(await gridClips(db), { map, tolerances });
    performance.measure('soi:grid', 'soi:grid:start');
    return grid;
  }, [db, map, tolerances]);
  if (grids.error) return <p class="nb-error" role="alert">{problemLines(grids.error).join(' ')}</p>;
  if (!grids.value) return null;
  return <ComparisonGrid grids={grids.value} map={map} onMapChange={setMap} />;
}
