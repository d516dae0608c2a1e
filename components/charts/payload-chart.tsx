'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { decadeTicks, formatBytes, logDomain, PAYLOAD_TICKS } from '@/lib/lab/axes';
import type { SweepRow } from '@/lib/lab/series';
import { TECHNIQUES, type TechniqueId } from '@/lib/model';
import { ChartTooltip } from './chart-tooltip';

export interface PayloadChartProps {
  rows: readonly SweepRow[];
  techniques: readonly TechniqueId[];
  /** The learner's own message size, marked on the x axis. */
  payloadBytes: number;
  /** A horizontal reference (the link speed on the throughput chart). */
  reference?: { value: number; label: string };
  format: (value: number) => string;
  height: number;
}

/**
 * A value per technique against message size, both axes logarithmic: flat where
 * per-message costs dominate, straight where bytes do.
 */
export function PayloadChart({ rows, techniques, payloadBytes, reference, format, height }: PayloadChartProps) {
  const values = rows.flatMap((r) => techniques.map((t) => r[t] ?? Number.NaN));
  // Room above a reference line for its label.
  const domain = logDomain(reference ? [...values, reference.value * 2] : values);
  return (
    <LineChart data={rows as SweepRow[]} responsive style={{ width: '100%', height }} margin={{ top: 12, right: 20, bottom: 4, left: 4 }}>
      <CartesianGrid stroke="var(--border)" />
      <XAxis dataKey="payloadBytes" type="number" scale="log" domain={[1, 1_048_576]} ticks={[...PAYLOAD_TICKS]} tickFormatter={formatBytes} stroke="var(--text-muted)" allowDataOverflow />
      <YAxis type="number" scale="log" domain={domain} ticks={decadeTicks(domain)} tickFormatter={format} width={72} stroke="var(--text-muted)" allowDataOverflow />
      <Tooltip
        content={({ active, payload, label }) =>
          active && payload?.length ? (
            <ChartTooltip title={`${formatBytes(Number(label))} messages`} items={payload.map((p) => ({ name: String(p.name), value: format(Number(p.value)), color: String(p.color ?? '') }))} />
          ) : null
        }
      />
      <ReferenceLine x={payloadBytes} stroke="var(--text-muted)" strokeDasharray="4 4" label={{ value: 'your size', position: 'insideTopLeft', fill: 'var(--text-muted)', fontSize: 12 }} />
      {reference && <ReferenceLine y={reference.value} stroke="var(--bad)" strokeDasharray="6 3" label={{ value: reference.label, position: 'insideTopRight', dy: 4, fill: 'var(--bad)', fontSize: 12 }} />}
      {techniques.map((t) => (
        <Line key={t} dataKey={t} name={TECHNIQUES[t].name} stroke={`var(--tech-${t})`} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
      ))}
    </LineChart>
  );
}
