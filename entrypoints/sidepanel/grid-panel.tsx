/**
 * The Compare tab: one indicator's grid at a time (read by its index range), following the
 * notebook, the 63/34 switch and the analyst's tolerances.
 */
import { useEffect, useState } from 'preact/hooks';
import { ComparisonGrid } from '@/components/notebook/ComparisonGrid';
import { buildGrid } from '@/utils/notebook/grid';
import type { NotebookDB } from '@/utils/notebook/db';
import type { ProvinceMap } from '@/utils/notebook/provinces';
import { clipFacets, gridClips } from '@/utils/notebook/queries';
import { getSetting, watchSetting, type Tolerances } from '@/utils/settings';
import { measured } from './measure';
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
  const [chosen, setChosen] = useState<string>();
  const tolerances = useTolerances();
  const facets = useLiveQuery(() => measured('soi:facets', () => clipFacets(db)), [db]);
  const indicators = facets.value?.indicators ?? [];
  const indicator = chosen && indicators.some((i) => i.id === chosen) ? chosen : indicators[0]?.id;
  const grids = useLiveQuery(async () => {
    if (!tolerances || !indicator) return [];
    const clips = await measured('soi:grid:read', () => gridClips(db, indicator));
    return measured('soi:grid:build', async () => buildGrid(clips, { map, tolerances }));
  }, [db, map, tolerances, indicator]);
  const error = facets.error ?? grids.error;
  if (error) return <p class="nb-error" role="alert">{problemLines(error).join(' ')}</p>;
  if (!grids.value || !facets.value) return null;
  return <ComparisonGrid indicators={indicators} indicator={indicator} onIndicatorChange={setChosen} grids={grids.value} map={map} onMapChange={setMap} />;
}
