/**
 * The Compare tab: one indicator's grid at a time, read through its index range and built in the
 * panel's worker, following the notebook, the 63/34 switch and the analyst's tolerances.
 */
import { useEffect, useState } from 'preact/hooks';
import { ComparisonGrid } from '@/components/notebook/ComparisonGrid';
import { SHOWN_SOURCES } from '@/components/notebook/IndicatorComparison';
import type { NotebookDB } from '@/utils/notebook/db';
import { gridSource, type GridSource, type GridView } from '@/utils/notebook/grid';
import type { ProvinceMap } from '@/utils/notebook/provinces';
import { getSetting, watchSetting, type Tolerances } from '@/utils/settings';
import { problemLines } from './notices';
import { watchGrid } from './panel-worker-client';
import { clipIndicators } from '@/utils/notebook/queries';
import { measured } from './measure';
import { useLiveQuery } from './use-live-query';

function useTolerances(): Tolerances | undefined {
  const [tolerances, setTolerances] = useState<Tolerances>();
  useEffect(() => {
    void getSetting('tolerances').then(setTolerances);
    return watchSetting('tolerances', setTolerances);
  }, []);
  return tolerances;
}

interface Shown {
  /** Which request the view answers, so a view of the previous indicator is never shown as this one's. */
  key: string;
  view?: GridView;
  error?: Error;
}

export function GridPanel({ db }: { db: NotebookDB }) {
  const [map, setMap] = useState<ProvinceMap>(63);
  const [chosen, setChosen] = useState<string>();
  const [shown, setShown] = useState<Shown>();
  const tolerances = useTolerances();
  // The indicator menu alone (a few index seeks), not the list's filter values: the grid waits for nothing else.
  const menu = useLiveQuery(() => measured('soi:grid-indicators', () => clipIndicators(db)), [db]);
  const indicators = menu.value ?? [];
  const indicator = chosen && indicators.some((i) => i.id === chosen) ? chosen : indicators[0]?.id;
  const key = JSON.stringify([indicator, map, tolerances]);

  useEffect(() => {
    if (!tolerances || !indicator) return;
    const start = performance.now();
    let first = true;
    return watchGrid(
      db,
      { indicator, options: { map, tolerances }, shownSources: SHOWN_SOURCES },
      (view) => {
        if (first) performance.measure('soi:grid', { start, end: performance.now() });
        first = false;
        setShown({ key, view });
      },
      (error) => setShown({ key, error }),
    );
  }, [db, key]);

  const loadSources = async (ids: readonly number[]): Promise<GridSource[]> =>
    (await db.gridEntries.bulkGet([...ids])).filter((entry) => entry !== undefined).map(gridSource);

  const error = menu.error ?? (shown?.key === key ? shown.error : undefined);
  if (error)
    return (
      <p class="nb-error" role="alert">
        {problemLines(error).join(' ')}
      </p>
    );
  if (!menu.value || (indicator && shown?.key !== key)) return null;
  return (
    <ComparisonGrid
      indicators={indicators}
      indicator={indicator}
      onIndicatorChange={setChosen}
      view={indicator ? shown?.view : undefined}
      loadSources={loadSources}
      map={map}
      onMapChange={setMap}
    />
  );
}
