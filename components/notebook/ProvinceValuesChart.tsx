/** An indicator's value in each province for one period, as bars. */
import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import { t } from '../../utils/i18n';
import type { ProvinceValues } from '../../utils/notebook/grid';
import { PALETTE } from './palette';
import { UPlotChart } from './UPlotChart';
import { periodName } from '../../utils/i18n/period';

export function ProvinceValuesChart({ values }: { values: ProvinceValues }) {
  const data = useMemo<uPlot.AlignedData>(() => [values.places.map((_, i) => i), values.values], [values]);
  const options = useMemo(
    () =>
      (width: number): uPlot.Options => ({
        width,
        height: 240,
        scales: { x: { time: false, auto: false, range: [-0.6, values.places.length - 0.4] }, y: { range: (_u, _min, max) => [0, max * 1.1 || 1] } },
        axes: [
          {
            values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? (values.places[i] ?? '') : '')),
            rotate: values.places.length > 4 ? -45 : 0,
            size: 70,
            stroke: 'currentColor',
          },
          { stroke: 'currentColor' },
        ],
        series: [
          {},
          {
            label: t(`notebookKind_${values.kind}`),
            fill: PALETTE[0],
            stroke: PALETTE[0],
            paths: uPlot.paths.bars?.({ size: [0.6, 60] }),
            points: { show: false },
          },
        ],
        legend: { show: false },
      }),
    [values],
  );
  const summary = values.places.map((place, i) => `${place}: ${values.values[i]}`).join('; ');
  return (
    <UPlotChart
      title={t('notebookChartValues', { kind: t(`notebookKind_${values.kind}`), period: periodName(values.period) })}
      summary={summary}
      options={options}
      data={data}
    />
  );
}
