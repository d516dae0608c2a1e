/**
 * The comparison table's columns: what each shows, how it sorts, and whether a
 * baseline ratio makes sense for it. Components format values by `kind`.
 */
import type { CodeChanges, Complexity, Hardware } from '@/lib/content/technique-facts-schema';
import type { CompareRow } from './types';

export type ColumnId =
  | 'median'
  | 'p99'
  | 'throughput'
  | 'spins'
  | 'syscalls'
  | 'copies'
  | 'interrupts'
  | 'codeChanges'
  | 'complexity'
  | 'hardware'
  | 'kernelRole'
  | 'protocols'
  | 'stack';

/** latency: ns; rate: messages/s per core (Mpps); count: per message; flag: yes/no; fact: a content cell. */
export type ColumnKind = 'latency' | 'rate' | 'count' | 'flag' | 'fact';
export type SortDirection = 'ascending' | 'descending';

export interface ColumnDef {
  id: ColumnId;
  label: string;
  /** Unit for the CSV header and screen readers; empty for text. */
  unit: string;
  kind: ColumnKind;
  /** What the column means, for its header's description. */
  description: string;
  /** The first direction a click sorts in: the better end first. */
  firstDirection: SortDirection;
  /** Whether a pinned baseline turns the cell into a ratio. */
  ratio: boolean;
  /** The value sorting and CSV use; null when the model refused the row. */
  value: (row: CompareRow) => number | string | null;
}

const CODE_RANK: Record<CodeChanges, number> = { none: 0, relink: 1, rewrite: 2 };
const COMPLEXITY_RANK: Record<Complexity, number> = { low: 0, medium: 1, high: 2, 'very-high': 3 };
const HARDWARE_RANK: Record<Hardware, number> = { any: 0, driver: 1, vendor: 2, rdma: 3 };

export const COLUMNS: readonly ColumnDef[] = [
  { id: 'median', label: 'One-way median', unit: 'ns', kind: 'latency', firstDirection: 'ascending', ratio: true, description: 'Half a ping-pong round trip between two applications, median, for your scenario.', value: (r) => r.estimate?.oneWay.medianNs ?? null },
  { id: 'p99', label: 'One-way p99', unit: 'ns', kind: 'latency', firstDirection: 'ascending', ratio: true, description: '99th percentile of the one-way latency, from the model\'s stochastic tail.', value: (r) => r.estimate?.oneWay.p99Ns ?? null },
  { id: 'throughput', label: 'Messages per core', unit: 'Mpps', kind: 'rate', firstDirection: 'descending', ratio: true, description: 'Messages one receiving core can take per second, capped by the line rate.', value: (r) => r.estimate?.throughput.rxMppsPerCore ?? null },
  { id: 'spins', label: 'Core spins', unit: '', kind: 'flag', firstDirection: 'ascending', ratio: false, description: 'Whether a core busy-polls while idle to reach this latency.', value: (r) => (r.estimate ? Number(r.estimate.pollingCore) : null) },
  { id: 'syscalls', label: 'Syscalls', unit: 'per message', kind: 'count', firstDirection: 'ascending', ratio: false, description: 'System calls per message on the receiving host.', value: (r) => r.estimate?.counts.syscalls ?? null },
  { id: 'copies', label: 'Copies', unit: 'per message', kind: 'count', firstDirection: 'ascending', ratio: false, description: 'Payload copies by the CPU per message on the receiving host.', value: (r) => r.estimate?.counts.copies ?? null },
  { id: 'interrupts', label: 'Interrupts', unit: 'per message', kind: 'count', firstDirection: 'ascending', ratio: false, description: 'Interrupts per message on the receiving host.', value: (r) => r.estimate?.counts.interrupts ?? null },
  { id: 'codeChanges', label: 'Code changes', unit: '', kind: 'fact', firstDirection: 'ascending', ratio: false, description: 'What an existing socket program must change: none, relink, or rewrite.', value: (r) => CODE_RANK[r.facts.codeChanges.value] },
  { id: 'complexity', label: 'Complexity', unit: '', kind: 'fact', firstDirection: 'ascending', ratio: false, description: 'How hard it is to build and run well.', value: (r) => COMPLEXITY_RANK[r.facts.complexity.value] },
  { id: 'hardware', label: 'Hardware needed', unit: '', kind: 'fact', firstDirection: 'ascending', ratio: false, description: 'Which NICs it runs on.', value: (r) => HARDWARE_RANK[r.facts.hardware.value] },
  { id: 'kernelRole', label: 'What the kernel still does', unit: '', kind: 'fact', firstDirection: 'ascending', ratio: false, description: 'The kernel\'s remaining part, on the data path or beside it.', value: (r) => r.facts.kernelRole.text },
  { id: 'protocols', label: 'Protocols offered', unit: '', kind: 'fact', firstDirection: 'ascending', ratio: false, description: 'TCP, UDP, raw frames or verbs.', value: (r) => r.facts.protocols.value.join(' ') },
  { id: 'stack', label: 'Who runs the protocol stack', unit: '', kind: 'fact', firstDirection: 'ascending', ratio: false, description: 'Kernel, a library, the application, or the NIC.', value: (r) => r.facts.stack.value },
];

export const COLUMN_IDS: readonly ColumnId[] = COLUMNS.map((c) => c.id);

export function column(id: ColumnId): ColumnDef {
  const c = COLUMNS.find((x) => x.id === id);
  if (!c) throw new Error(`no column '${id}'`);
  return c;
}

/** Shown until the learner chooses: all of them (a phone scrolls sideways with the technique kept in view). */
export const DEFAULT_COLUMNS: readonly ColumnId[] = COLUMN_IDS;

const FACT_COLUMNS = ['codeChanges', 'complexity', 'hardware', 'kernelRole', 'protocols', 'stack'] as const satisfies readonly ColumnId[];
export type FactColumnId = (typeof FACT_COLUMNS)[number];

/** Columns whose cell is a content cell (text and sources) rather than a number. */
export function isFactColumn(id: ColumnId): id is FactColumnId {
  return (FACT_COLUMNS as readonly ColumnId[]).includes(id);
}

const FACT_VALUE_LABELS: Record<string, string> = {
  none: 'None',
  relink: 'Relink',
  rewrite: 'Rewrite',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  'very-high': 'Very high',
  any: 'Any NIC',
  driver: 'Driver support',
  vendor: 'One vendor',
  rdma: 'RDMA NICs',
  kernel: 'Kernel',
  library: 'Library',
  application: 'Application',
  nic: 'NIC',
  tcp: 'TCP',
  udp: 'UDP',
  raw: 'raw frames',
  verbs: 'verbs',
};

/** The short value a fact cell leads with ("Rewrite", "Any NIC", "TCP, UDP"); null where the text is all there is. */
export function factValueLabel(row: CompareRow, id: FactColumnId): string | null {
  if (id === 'kernelRole') return null;
  const value = row.facts[id].value;
  const parts = Array.isArray(value) ? value : [value];
  return parts.map((v) => FACT_VALUE_LABELS[v] ?? v).join(', ');
}
