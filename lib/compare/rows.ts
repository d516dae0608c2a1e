/**
 * The comparison table's rows: one estimate() per technique for the learner's
 * settings. One set of settings follows the learner across techniques, so a row
 * adapts where a technique cannot honour a setting (DPDK has no TCP) and says so.
 */
import { estimate, scenarioField, TECHNIQUE_IDS, TECHNIQUES, type Scenario, type TechniqueId } from '@/lib/model';
import type { ScenarioSettings } from '@/lib/store/scenario';
import type { CompareRow, FactsById } from './types';

function numberDefault(key: 'payloadBytes' | 'linkGbps'): number {
  const f = scenarioField(key);
  if (f.kind !== 'number') throw new Error(`${key} is not a number field`);
  return f.default;
}

const RDMA_OP_NOTES: Record<string, string> = {
  write: 'RDMA WRITE: one-sided; the figure ends when the target NIC has placed the data, and the target CPU does nothing.',
  send: 'RDMA SEND: two-sided; the target posts receives and polls its completion queue.',
  read: 'RDMA READ: a round trip of its own, from post to completion.',
  atomic: 'RDMA atomic: an 8-byte round trip of its own, from post to completion.',
};

/** The scenario a technique's row is computed for, and a note when it differs from the settings. */
export function rowScenario(id: TechniqueId, settings: ScenarioSettings, overrides: Partial<Scenario> = {}): { scenario: Scenario; note: string | null } {
  const info = TECHNIQUES[id];
  const scenario: Scenario = {
    ...settings,
    payloadBytes: settings.payloadBytes ?? numberDefault('payloadBytes'),
    linkGbps: settings.linkGbps ?? numberDefault('linkGbps'),
    ...overrides,
    technique: id,
  };
  let note: string | null = null;
  if (scenario.protocol && info.protocols.length > 0 && !info.protocols.includes(scenario.protocol)) {
    delete scenario.protocol;
    note = `${info.name} carries UDP here: it has no TCP stack of its own.`;
  }
  if (info.ops.length > 0) note = RDMA_OP_NOTES[scenario.rdmaOp ?? 'write'] ?? null;
  return { scenario, note };
}

export function buildRow(id: TechniqueId, settings: ScenarioSettings, facts: FactsById, overrides?: Partial<Scenario>): CompareRow {
  const { scenario, note } = rowScenario(id, settings, overrides);
  try {
    return { id, name: TECHNIQUES[id].name, scenario, estimate: estimate(scenario), error: null, note, facts: facts[id] };
  } catch (err) {
    // A ScenarioError for one row must not blank the table: the row says why instead.
    return { id, name: TECHNIQUES[id].name, scenario, estimate: null, error: err instanceof Error ? err.message : String(err), note, facts: facts[id] };
  }
}

/** Every technique, in course order. */
export function buildRows(settings: ScenarioSettings, facts: FactsById): CompareRow[] {
  return TECHNIQUE_IDS.map((id) => buildRow(id, settings, facts));
}
