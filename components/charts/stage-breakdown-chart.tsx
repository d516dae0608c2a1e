'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNs } from '@/lib/format';
import type { TechniqueBreakdown } from '@/lib/lab/series';
import { ChartTooltip } from './chart-tooltip';

export interface StageBreakdownChartProps {
  techniques: readonly TechniqueBreakdown[];
  height: number;
}

/**
 * One bar per technique, split into its stages in path order, each stage coloured
 * by its layer of the stack. One <Bar> draws every segment itself (a custom
 * shape): a <Bar> per stage would be forty series for recharts to register and
 * lay out on every slider move, for the same picture.
 */
export function StageBreakdownChart({ techniques, height }: StageBreakdownChartProps) {
  const data = techniques.map((t) => ({ name: t.name, medianNs: t.medianNs }));
  return (
    <BarChart layout="vertical" data={data} responsive style={{ width: '100%', height }} margin={{ top: 4, right: 16, bottom: 4, left: 4 }} barCategoryGap="22%">
      <CartesianGrid horizontal={false} stroke="var(--border)" />
      <XAxis type="number" tickFormatter={(v: number) => formatNs(v)} stroke="var(--text-muted)" />
      <YAxis type="category" dataKey="name" width={128} stroke="var(--text-muted)" />
      <Tooltip
        cursor={{ fill: 'var(--highlight)' }}
        content={({ active, label }) => {
          const t = active ? techniques.find((x) => x.name === label) : undefined;
          if (!t) return null;
          // A path has up to thirty stages: the tooltip lists the largest, the table has them all.
          const items = [...t.stages]
            .sort((a, b) => b.ns - a.ns)
            .slice(0, 8)
            .map((s) => ({ name: s.label, value: formatNs(s.ns), color: `var(--layer-${s.layer})` }));
          return <ChartTooltip title={`${t.name}, ${formatNs(t.medianNs)}: largest stages`} items={items} />;
        }}
      />
      <Bar
        dataKey="medianNs"
        name="one-way median"
        isAnimationActive={false}
        shape={({ x, y, width, height: barHeight, index }) => {
          const t = techniques[index];
          if (!t || t.medianNs <= 0) return null;
          let at = x;
          return (
            <g>
              {t.stages.map((s) => {
                const w = (width * s.ns) / t.medianNs;
                const rect = <rect key={s.key} x={at} y={y} width={Math.max(0, w)} height={barHeight} fill={`var(--layer-${s.layer})`} stroke="var(--bg-raised)" strokeWidth={0.5} />;
                at += w;
                return rect;
              })}
            </g>
          );
        }}
      />
    </BarChart>
  );
}
