'use client';

import { Area, AreaChart, CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNs, sig3 } from '@/lib/format';
import type { CdfPoint, HistogramBin } from '@/lib/lab/distribution';
import { ChartTooltip } from './chart-tooltip';

export interface DistributionChartProps {
  view: 'cdf' | 'histogram';
  cdf: readonly CdfPoint[];
  bins: readonly HistogramBin[];
  marks: readonly { label: string; ns: number }[];
  /** Right end of the x axis: a little beyond p99.9, so a rare huge sample cannot squash the body. */
  maxNs: number;
  color: string;
  height: number;
}

const percent = (f: number) => `${sig3(f * 100)}%`;

/** The one-way latency distribution of one technique, as a CDF or a histogram, with its percentiles marked. */
export function DistributionChart({ view, cdf, bins, marks, maxNs, color, height }: DistributionChartProps) {
  const minNs = cdf[0]?.ns ?? 0;
  const x = { dataKey: 'ns', type: 'number' as const, domain: [minNs, maxNs], tickFormatter: (v: number) => formatNs(v), stroke: 'var(--text-muted)', allowDataOverflow: true, tickCount: 6 };
  const markLines = marks.map((m, i) => (
    <ReferenceLine key={m.label} x={m.ns} stroke="var(--text-muted)" strokeDasharray="4 4" label={{ value: m.label, position: 'top', dy: i % 2 === 0 ? 0 : 12, fill: 'var(--text)', fontSize: 12 }} />
  ));
  const margin = { top: 28, right: 24, bottom: 4, left: 4 };
  if (view === 'cdf') {
    return (
      <LineChart data={cdf as CdfPoint[]} responsive style={{ width: '100%', height }} margin={margin}>
        <CartesianGrid stroke="var(--border)" />
        <XAxis {...x} />
        <YAxis type="number" domain={[0, 1]} tickFormatter={percent} width={52} stroke="var(--text-muted)" />
        <Tooltip content={({ active, payload }) => (active && payload?.[0] ? <ChartTooltip title={formatNs(Number(payload[0].payload.ns))} items={[{ name: 'messages at or below', value: percent(Number(payload[0].value)) }]} /> : null)} />
        {markLines}
        <Line dataKey="fraction" type="stepAfter" stroke={color} strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    );
  }
  const last = bins.at(-1);
  const steps = [...bins.map((b) => ({ ns: b.fromNs, fraction: b.fraction })), ...(last ? [{ ns: last.toNs, fraction: last.fraction }] : [])];
  return (
    <AreaChart data={steps} responsive style={{ width: '100%', height }} margin={margin}>
      <CartesianGrid stroke="var(--border)" />
      <XAxis {...x} />
      <YAxis type="number" tickFormatter={percent} width={52} stroke="var(--text-muted)" />
      <Tooltip content={({ active, payload }) => (active && payload?.[0] ? <ChartTooltip title={`from ${formatNs(Number(payload[0].payload.ns))}`} items={[{ name: 'share of messages', value: percent(Number(payload[0].value)) }]} /> : null)} />
      {markLines}
      <Area dataKey="fraction" type="stepAfter" stroke={color} fill={color} fillOpacity={0.35} isAnimationActive={false} />
    </AreaChart>
  );
}
