/**
 * A uPlot chart sized to its column. uPlot draws on a canvas, so the figure carries a text
 * summary for screen readers; the grid above it holds the same numbers as a table.
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';

export interface UPlotChartProps {
  title: string;
  /** What the chart shows, in words, for those who cannot see it. */
  summary: string;
  options: (width: number) => uPlot.Options;
  data: uPlot.AlignedData;
}

export function UPlotChart({ title, summary, options, data }: UPlotChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = holder.current;
    if (!element || typeof HTMLCanvasElement === 'undefined' || !element.clientWidth) return;
    const chart = new uPlot(options(element.clientWidth), data, element);
    const resize = new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height: chart.height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [options, data]);
  return (
    <figure class="nb-chart">
      <figcaption>{title}</figcaption>
      <div ref={holder} role="img" aria-label={summary} />
    </figure>
  );
}
