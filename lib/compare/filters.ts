/** The table's filters: each keeps the rows that pass its test; several together keep rows that pass all. */
import type { CompareRow } from './types';

export type FilterId = 'no-code-changes' | 'any-nic' | 'tcp' | 'no-spinning-core' | 'any-peer';

export interface FilterDef {
  id: FilterId;
  label: string;
  test: (row: CompareRow) => boolean;
}

export const FILTERS: readonly FilterDef[] = [
  { id: 'no-code-changes', label: 'No code changes', test: (r) => r.facts.codeChanges.value === 'none' },
  { id: 'any-nic', label: 'Runs on any NIC', test: (r) => r.facts.hardware.value === 'any' },
  { id: 'tcp', label: 'TCP available', test: (r) => r.facts.protocols.value.includes('tcp') },
  // Depends on the scenario: with "Receiver spins" off, most bypass paths sleep too.
  { id: 'no-spinning-core', label: 'No spinning core', test: (r) => r.estimate !== null && !r.estimate.pollingCore },
  { id: 'any-peer', label: 'Talks to any TCP/UDP peer', test: (r) => r.facts.peer.value === 'any' },
];

export const FILTER_IDS: readonly FilterId[] = FILTERS.map((f) => f.id);

export function applyFilters(rows: readonly CompareRow[], active: readonly FilterId[]): CompareRow[] {
  const tests = FILTERS.filter((f) => active.includes(f.id));
  return rows.filter((r) => tests.every((f) => f.test(r)));
}
