export interface ChartSkeletonProps {
  height: number;
}

/** The chart's space, held while recharts loads, so nothing below it moves when the chart appears. */
export function ChartSkeleton({ height }: ChartSkeletonProps) {
  return (
    <div className="chart-skeleton" style={{ height }}>
      <span className="visually-hidden">Loading the chart…</span>
    </div>
  );
}
