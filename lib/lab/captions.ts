/**
 * What each lab chart asks the learner to notice, with the numbers of the
 * scenario on screen. Pure, so a caption can be tested against the model.
 */
import { formatGbps, formatNs, sig3 } from '@/lib/format';
import { TECHNIQUES, type TechniqueId } from '@/lib/model';
import type { Percentiles } from './distribution';
import { LAYER_LABEL, layerTotals } from './layers';
import type { Breakdown, SweepRow } from './series';

export function breakdownCaption(b: Breakdown): string {
  const sorted = [...b.techniques].sort((x, y) => y.medianNs - x.medianNs);
  const slowest = sorted[0];
  const fastest = sorted.at(-1);
  if (!slowest || !fastest) return 'Choose a technique to see where its time goes.';
  const top = layerTotals(slowest.stages)[0];
  const hardware = fastest.stages.filter((s) => s.kind === 'nic' || s.kind === 'pcie' || s.kind === 'wire').reduce((n, s) => n + s.ns, 0);
  const parts = [`Notice where the time goes. ${slowest.name} takes ${formatNs(slowest.medianNs)}, and its largest part is ${top ? `${LAYER_LABEL[top.layer]}: ${formatNs(top.ns)}` : 'none'}.`];
  if (fastest.id !== slowest.id) {
    parts.push(`${fastest.name} takes ${formatNs(fastest.medianNs)}, of which ${sig3((100 * hardware) / fastest.medianNs)}% is NIC, PCIe and wire: what bypass cannot remove.`);
  }
  return parts.join(' ');
}

function spread(row: SweepRow | undefined, techniques: readonly TechniqueId[]): { lo: TechniqueId; hi: TechniqueId; ratio: number } | null {
  if (!row) return null;
  const known = techniques.filter((t) => row[t] !== undefined);
  if (known.length < 2) return null;
  const by = [...known].sort((a, b) => (row[a] ?? 0) - (row[b] ?? 0));
  const lo = by[0]!;
  const hi = by.at(-1)!;
  return { lo, hi, ratio: (row[hi] ?? 0) / (row[lo] ?? 1) };
}

export function latencyCaption(rows: readonly SweepRow[], techniques: readonly TechniqueId[]): string {
  const small = spread(rows.find((r) => r.payloadBytes === 64), techniques);
  const large = spread(rows.at(-1), techniques);
  const base = 'Notice the two regimes: flat on the left, where fixed costs per message (system calls, interrupts, wake-ups, PCIe round trips) dominate, and rising on the right, where bytes dominate and copies and per-frame work separate the lines.';
  if (!small || !large) return base;
  return `${base} At 64 B ${TECHNIQUES[small.hi].name} is ${sig3(small.ratio)}× ${TECHNIQUES[small.lo].name}; at 1 MiB the gap between the slowest and the fastest is ${sig3(large.ratio)}×.`;
}

export function distributionCaption(technique: TechniqueId, p: Percentiles, polling: boolean): string {
  return (
    `Notice the tail: for ${TECHNIQUES[technique].name}, p99 is ${sig3(p.p99 / p.p50)}× the median and p99.9 ${sig3(p.p999 / p.p50)}×. ` +
    (polling
      ? 'A spinning receiver is tight until load queues messages behind each other or another task takes its core.'
      : 'A sleeping receiver spreads wider: interrupt moderation, the idle state\'s exit and the wake-up all vary.')
  );
}

export function throughputCaption(rows: readonly SweepRow[], techniques: readonly TechniqueId[], linkGbps: number): string {
  const small = rows.find((r) => r.payloadBytes === 64);
  const best = small ? [...techniques].filter((t) => small[t] !== undefined).sort((a, b) => (small[b] ?? 0) - (small[a] ?? 0))[0] : undefined;
  const base = 'Notice that small messages are limited by the receiving core\'s work per message, not by the link; large ones reach the line rate (dashed), a little below the link speed because headers and gaps take their share.';
  if (!small || !best) return base;
  return `${base} At 64 B the best here, ${TECHNIQUES[best].name}, delivers ${formatGbps(small[best] ?? 0)} per core of a ${formatGbps(linkGbps)} link.`;
}
