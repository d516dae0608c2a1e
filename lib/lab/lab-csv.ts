/**
 * Every number the lab shows, as one CSV in long form (one value per line), so
 * four charts of different shapes fit one file and a spreadsheet can pivot it.
 */
import { toCsv, type CsvCell } from '@/lib/csv';
import { TECHNIQUES, type TechniqueId } from '@/lib/model';
import type { Percentiles } from './distribution';
import type { Breakdown, SweepRow } from './series';

export interface LabNumbers {
  breakdown: Breakdown;
  latency: SweepRow[];
  throughput: SweepRow[];
  techniques: readonly TechniqueId[];
  /** The drawn distribution: whose, how many samples, with which seed. */
  distribution: { technique: TechniqueId; samples: number; seed: number; percentiles: Percentiles } | null;
}

const HEADER: CsvCell[] = ['chart', 'technique', 'x', 'x_unit', 'value', 'unit'];

export function labCsv(n: LabNumbers): string {
  const rows: CsvCell[][] = [HEADER];
  for (const t of n.breakdown.techniques) {
    for (const s of t.stages) rows.push(['stage breakdown', t.name, s.label, 'stage', s.ns, 'ns one-way']);
    rows.push(['stage breakdown', t.name, 'total (median)', 'stage', t.medianNs, 'ns one-way']);
  }
  for (const [chart, rowsOf, unit] of [
    ['latency vs payload', n.latency, 'ns one-way median'],
    ['throughput per core vs payload', n.throughput, 'Gb/s per core'],
  ] as const) {
    for (const r of rowsOf) {
      for (const id of n.techniques) {
        const v = r[id];
        if (v !== undefined) rows.push([chart, TECHNIQUES[id].name, r.payloadBytes, 'B payload', v, unit]);
      }
    }
  }
  if (n.distribution) {
    const { technique, samples, seed, percentiles } = n.distribution;
    const name = TECHNIQUES[technique].name;
    for (const [label, v] of [['p50', percentiles.p50], ['p90', percentiles.p90], ['p99', percentiles.p99], ['p99.9', percentiles.p999], ['max', percentiles.max]] as const) {
      rows.push([`distribution (${samples} samples, seed ${seed})`, name, label, 'percentile', v, 'ns one-way']);
    }
  }
  return toCsv(rows);
}
