'use client';

import { useId, useRef, useState, type ReactNode } from 'react';
import { ChartSkeleton } from '../charts/chart-skeleton';
import { WidgetErrorBoundary } from '@/components/common/widget-error-boundary.client';
import { useNearViewport } from './use-near-viewport';

export interface ChartPanelProps {
  title: string;
  /** What to notice, in a sentence or two. */
  caption: ReactNode;
  height: number;
  /** Identifies the data drawn (the scenario), for tests and the input-to-chart measurement. */
  dataKey: string;
  chart: () => ReactNode;
  table: () => ReactNode;
  /** Controls that belong to this chart only (a view switch). */
  tools?: ReactNode;
  /** The chart's colour key, as HTML outside the lazily loaded chart so nothing shifts when it loads. */
  legend?: ReactNode;
}

/**
 * A figure with a heading, a chart or its table, and a caption. "Show as table"
 * swaps the chart for the same numbers as a table; the chart itself mounts only
 * when the panel is near the viewport, with a placeholder of its size until then.
 */
export function ChartPanel({ title, caption, height, dataKey, chart, table, tools, legend }: ChartPanelProps) {
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewport(ref);
  const [asTable, setAsTable] = useState(false);
  return (
    <figure ref={ref} className="chart-panel" aria-labelledby={`${id}-title`}>
      <div className="chart-head">
        <h3 id={`${id}-title`}>{title}</h3>
        <div className="chart-tools">
          {tools}
          <button type="button" className="button button-quiet" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            Show as table
          </button>
        </div>
      </div>
      {asTable ? (
        <div className="chart-table" data-chart-key={dataKey}>
          {table()}
        </div>
      ) : (
        <>
          <div className="chart-box" style={{ minHeight: height }} data-chart-key={dataKey}>
            {/* A chart that fails leaves its table, and the other charts, working. */}
            <WidgetErrorBoundary what="This chart">{near ? chart() : <ChartSkeleton height={height} />}</WidgetErrorBoundary>
          </div>
          {legend}
        </>
      )}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
