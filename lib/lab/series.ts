/**
 * The lab's chart data, computed from the model: each function returns plain
 * arrays that a chart or a table draws as they are. Techniques that cannot honour
 * a setting adapt as the comparison table's rows do (lib/compare/rows.ts).
 */
import { rowScenario } from '@/lib/compare/rows';
import { estimate, STAGE_INFO, TECHNIQUES, type Layer, type Stage, type StageId, type TechniqueId } from '@/lib/model';
import type { ScenarioSettings } from '@/lib/store/scenario';

/** 1 B to 1 MiB in powers of two: 21 points, even on a log axis. */
export const PAYLOAD_SWEEP_BYTES: readonly number[] = Array.from({ length: 21 }, (_, i) => 2 ** i);

function safeEstimate(id: TechniqueId, settings: ScenarioSettings, payloadBytes?: number) {
  const { scenario } = rowScenario(id, payloadBytes === undefined ? settings : { ...settings, payloadBytes });
  try {
    return estimate(scenario);
  } catch {
    // One refused point leaves a gap in a line, not a broken chart.
    return null;
  }
}

/** A row per payload size: `{ payloadBytes, kernel: ns, dpdk: ns, … }`, one-way median. */
export type SweepRow = { payloadBytes: number } & Partial<Record<TechniqueId, number>>;

export function latencySweep(settings: ScenarioSettings, techniques: readonly TechniqueId[], sizes: readonly number[] = PAYLOAD_SWEEP_BYTES): SweepRow[] {
  return sizes.map((payloadBytes) => {
    const row: SweepRow = { payloadBytes };
    for (const id of techniques) {
      const e = safeEstimate(id, settings, payloadBytes);
      if (e) row[id] = e.oneWay.medianNs;
    }
    return row;
  });
}

/** Application Gb/s one receiving core delivers, per payload size (never above the line rate). */
export function throughputSweep(settings: ScenarioSettings, techniques: readonly TechniqueId[], sizes: readonly number[] = PAYLOAD_SWEEP_BYTES): SweepRow[] {
  return sizes.map((payloadBytes) => {
    const row: SweepRow = { payloadBytes };
    for (const id of techniques) {
      const e = safeEstimate(id, settings, payloadBytes);
      if (e) row[id] = e.throughput.gbpsPerCore;
    }
    return row;
  });
}

export interface StageKey {
  /** Unique within the chart: the stage id, suffixed if a path visits a stage twice. */
  key: string;
  id: StageId;
  label: string;
  layer: Layer;
}

export interface TechniqueBreakdown {
  id: TechniqueId;
  name: string;
  medianNs: number;
  stages: (Stage & { key: string })[];
}

export interface Breakdown {
  techniques: TechniqueBreakdown[];
  /** Every stage that appears, merged so that each path reads in order: the rows of the stage table. */
  keys: StageKey[];
}

function keyed(stages: readonly Stage[]): (Stage & { key: string })[] {
  const seen = new Map<string, number>();
  return stages.map((s) => {
    const n = (seen.get(s.id) ?? 0) + 1;
    seen.set(s.id, n);
    return { ...s, key: n === 1 ? s.id : `${s.id}#${n}` };
  });
}

/**
 * One order of stages in which every path reads sender → wire → receiver: a
 * topological order of "stage a comes right before stage b on some path", ties
 * broken by first appearance (Kahn's algorithm). Paths share stages (the wire,
 * the NIC), so a greedy merge can paint itself into a corner; a topological sort
 * cannot, unless two paths disagree, and then the earliest-seen stage goes first.
 */
function stackingOrder(paths: readonly (readonly string[])[]): string[] {
  const seen: string[] = [];
  const next = new Map<string, Set<string>>();
  const indegree = new Map<string, number>();
  for (const path of paths) {
    path.forEach((key, i) => {
      if (!indegree.has(key)) {
        seen.push(key);
        indegree.set(key, 0);
        next.set(key, new Set());
      }
      const prev = path[i - 1];
      if (prev !== undefined && !next.get(prev)?.has(key)) {
        next.get(prev)?.add(key);
        indegree.set(key, (indegree.get(key) ?? 0) + 1);
      }
    });
  }
  const order: string[] = [];
  const remaining = new Set(seen);
  while (remaining.size > 0) {
    const ready = seen.find((k) => remaining.has(k) && (indegree.get(k) ?? 0) === 0) ?? seen.find((k) => remaining.has(k));
    if (ready === undefined) break;
    remaining.delete(ready);
    order.push(ready);
    for (const k of next.get(ready) ?? []) indegree.set(k, (indegree.get(k) ?? 0) - 1);
  }
  return order;
}

/** Each technique's median split into its stages, and one order of all their stages for the table. */
export function stageBreakdown(settings: ScenarioSettings, techniques: readonly TechniqueId[]): Breakdown {
  const out: TechniqueBreakdown[] = [];
  const info = new Map<string, StageKey>();
  for (const id of techniques) {
    const e = safeEstimate(id, settings);
    if (!e) continue;
    const stages = keyed(e.oneWay.stages);
    for (const s of stages) if (!info.has(s.key)) info.set(s.key, { key: s.key, id: s.id, label: STAGE_INFO[s.id].label, layer: s.layer });
    out.push({ id, name: TECHNIQUES[id].name, medianNs: e.oneWay.medianNs, stages });
  }
  const order = stackingOrder(out.map((t) => t.stages.map((s) => s.key)));
  const keys = order.map((k) => info.get(k)).filter((k): k is StageKey => k !== undefined);
  return { techniques: out, keys };
}
