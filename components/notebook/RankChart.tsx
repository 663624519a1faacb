/** Each province's rank over the periods; rank 1 sits at the top. */
import { useMemo } from 'preact/hooks';
import type uPlot from 'uplot';
import { t } from '../../utils/i18n';
import type { RankSeries } from '../../utils/notebook/grid';
import { PALETTE } from './palette';
import { UPlotChart } from './UPlotChart';
import { periodName } from '../../utils/i18n/period';

/** More lines than this cannot be told apart; the provinces ranked most often are kept. */
const MOST_LINES = 8;

export function RankChart({ ranks }: { ranks: RankSeries }) {
  const shown = useMemo(
    () => [...ranks.series].sort((a, b) => b.ranks.filter((r) => r !== null).length - a.ranks.filter((r) => r !== null).length).slice(0, MOST_LINES),
    [ranks],
  );
  const data = useMemo<uPlot.AlignedData>(() => [ranks.periods.map((_, i) => i), ...shown.map((s) => s.ranks)], [ranks, shown]);
  const options = useMemo(
    () =>
      (width: number): uPlot.Options => ({
        width,
        height: 220,
        scales: { x: { time: false }, y: { dir: -1, range: (_u, min, max) => [Math.max(0, Math.floor(min) - 1), Math.ceil(max) + 1] } },
        axes: [
          { values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? periodName(ranks.periods[i] ?? '') : '')), stroke: 'currentColor' },
          {
            label: t('notebookChartRankAxis'),
            stroke: 'currentColor',
            incrs: [1, 2, 5, 10, 20],
            values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')),
          },
        ],
        series: [
          { label: t('notebookPeriod'), value: (_u, i) => (i === null ? '' : periodName(ranks.periods[i] ?? '')) },
          ...shown.map((s, i) => ({ label: s.place, stroke: PALETTE[i % PALETTE.length], width: 2, points: { size: 7 }, spanGaps: true })),
        ],
      }),
    [ranks, shown],
  );
  const summary = shown.map((s) => `${s.place}: ${s.ranks.map((r, i) => `${periodName(ranks.periods[i] ?? '')} ${r ?? '–'}`).join(', ')}`).join('; ');
  return <UPlotChart title={t('notebookChartRank')} summary={summary} options={options} data={data} />;
}
