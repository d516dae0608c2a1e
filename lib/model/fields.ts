/**
 * SCENARIO_FIELDS: every scenario parameter with its label, unit, range, step and
 * default. The lab generates its controls from this table and validate.ts checks
 * scenarios against it, so a range is written down once.
 */
import { DEFAULT_INTERRUPT_COALESCING_US, IB_MTU_VALUES_BYTES } from './constants';
import { TECHNIQUE_IDS } from './techniques';
import type { Scenario, TechniqueId } from './types';

/** Which part of the result a field moves. */
export type FieldMoves = 'latency' | 'throughput' | 'both';

interface FieldBase {
  key: keyof Scenario;
  label: string;
  /** Every scenario field is a model input: changing it recomputes the model (view-only settings live with the views). */
  affects: 'model';
  /** Which figures it changes. */
  moves: FieldMoves;
  /** Techniques that read the field; the others ignore it. */
  appliesTo: 'all' | readonly TechniqueId[];
  help: string;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  unit: string;
  min: number;
  max: number;
  step: number;
  default: number;
  integer: boolean;
  /** Suggested slider scale. */
  scale: 'linear' | 'log';
  /** If set, only these values are valid. */
  values?: readonly number[];
}

export interface ChoiceField extends FieldBase {
  kind: 'choice';
  options: readonly string[];
  default: string;
}

export interface BooleanField extends FieldBase {
  kind: 'boolean';
  /** 'technique' means TECHNIQUES[technique].polling. */
  default: boolean | 'technique';
}

export type ScenarioField = NumberField | ChoiceField | BooleanField;

const SOCKET_TECHNIQUES: readonly TechniqueId[] = ['kernel', 'kernel-busy-poll', 'io-uring', 'onload'];
const INTERRUPT_TECHNIQUES: readonly TechniqueId[] = ['kernel', 'io-uring', 'af-xdp', 'dpdk', 'onload', 'ef-vi', 'rdma'];

export const SCENARIO_FIELDS: readonly ScenarioField[] = [
  { key: 'technique', kind: 'choice', label: 'Technique', options: TECHNIQUE_IDS, default: 'kernel', appliesTo: 'all', affects: 'model', moves: 'both', help: 'The data path the message takes.' },
  { key: 'protocol', kind: 'choice', label: 'Protocol', options: ['udp', 'tcp'], default: 'udp', appliesTo: SOCKET_TECHNIQUES, affects: 'model', moves: 'both', help: 'TCP or UDP over the socket API. DPDK, AF_XDP and ef_vi always carry UDP: they have no TCP stack.' },
  { key: 'rdmaOp', kind: 'choice', label: 'RDMA operation', options: ['send', 'write', 'read', 'atomic'], default: 'write', appliesTo: ['rdma'], affects: 'model', moves: 'both', help: 'Two-sided SEND, or one-sided WRITE, READ or atomic.' },
  { key: 'payloadBytes', kind: 'number', label: 'Message size', unit: 'B', min: 1, max: 1_048_576, step: 1, default: 64, integer: true, scale: 'log', appliesTo: 'all', affects: 'model', moves: 'both', help: 'Application bytes per message; an atomic always moves 8.' },
  { key: 'linkGbps', kind: 'number', label: 'Link speed', unit: 'Gb/s', min: 1, max: 800, step: 1, default: 100, integer: false, scale: 'log', appliesTo: 'all', affects: 'model', moves: 'both', help: 'Data rate of each link.' },
  { key: 'switchHops', kind: 'number', label: 'Switch hops', unit: 'hops', min: 0, max: 16, step: 1, default: 0, integer: true, scale: 'linear', appliesTo: 'all', affects: 'model', moves: 'latency', help: '0 means the hosts are cabled back to back.' },
  { key: 'cableMeters', kind: 'number', label: 'Cable length', unit: 'm', min: 0, max: 10_000, step: 1, default: 2, integer: false, scale: 'log', appliesTo: 'all', affects: 'model', moves: 'latency', help: 'Length of each cable (one more cable than switches).' },
  { key: 'cpuGhz', kind: 'number', label: 'CPU clock', unit: 'GHz', min: 1, max: 6, step: 0.1, default: 3, integer: false, scale: 'linear', appliesTo: 'all', affects: 'model', moves: 'both', help: 'Clock of the cores doing the software work.' },
  { key: 'loadFraction', kind: 'number', label: 'Offered load', unit: '× capacity', min: 0, max: 0.95, step: 0.05, default: 0, integer: false, scale: 'linear', appliesTo: 'all', affects: 'model', moves: 'latency', help: 'Traffic as a fraction of what the bottleneck carries; 0 is an idle ping-pong.' },
  { key: 'spin', kind: 'boolean', label: 'Receiver spins', default: 'technique', appliesTo: ['io-uring', 'af-xdp', 'dpdk', 'onload', 'ef-vi', 'rdma'], affects: 'model', moves: 'latency', help: 'Busy-poll instead of sleeping until an interrupt (io_uring NAPI busy poll, SO_PREFER_BUSY_POLL, EF_POLL_USEC, ibv_poll_cq).' },
  { key: 'interruptCoalescingUs', kind: 'number', label: 'Interrupt moderation', unit: 'µs', min: 0, max: 100, step: 1, default: DEFAULT_INTERRUPT_COALESCING_US, integer: false, scale: 'linear', appliesTo: INTERRUPT_TECHNIQUES, affects: 'model', moves: 'latency', help: 'NIC receive-interrupt timer (ethtool -C rx-usecs); RDMA completion events are not moderated.' },
  { key: 'idleState', kind: 'choice', label: 'Idle state', options: ['poll', 'c1', 'c1e', 'c6'], default: 'c1', appliesTo: INTERRUPT_TECHNIQUES, affects: 'model', moves: 'latency', help: 'C-state the sleeping receiver\'s core waits in; deeper saves power and wakes slower.' },
  { key: 'pti', kind: 'boolean', label: 'Page-table isolation', default: false, appliesTo: 'all', affects: 'model', moves: 'both', help: 'A CR3 switch on every kernel entry and exit (Meltdown mitigation); matters only where the path enters the kernel.' },
  { key: 'numaRemote', kind: 'boolean', label: 'NUMA-remote', default: false, appliesTo: 'all', affects: 'model', moves: 'both', help: 'Buffers and threads on the other socket from the NIC.' },
  { key: 'mtuBytes', kind: 'number', label: 'Ethernet MTU', unit: 'B', min: 576, max: 9216, step: 1, default: 1500, integer: true, scale: 'linear', appliesTo: 'all', affects: 'model', moves: 'both', help: 'Largest IP packet per frame; RoCE\'s path MTU must fit inside it.' },
  { key: 'batchSize', kind: 'number', label: 'Receive batch', unit: 'messages', min: 1, max: 256, step: 1, default: 32, integer: true, scale: 'log', appliesTo: 'all', affects: 'model', moves: 'throughput', help: 'Messages handled per poll under load (DPDK burst, NAPI batch).' },
  { key: 'rdmaTransport', kind: 'choice', label: 'RDMA transport', options: ['roce-v2', 'infiniband'], default: 'roce-v2', appliesTo: ['rdma'], affects: 'model', moves: 'both', help: 'RoCE v2 (RDMA over UDP/IP on Ethernet) or native InfiniBand.' },
  { key: 'rdmaPathMtuBytes', kind: 'number', label: 'RDMA path MTU', unit: 'B', min: 256, max: 4096, step: 256, default: 4096, integer: true, scale: 'log', values: IB_MTU_VALUES_BYTES, appliesTo: ['rdma'], affects: 'model', moves: 'both', help: 'Payload per RDMA packet; on RoCE the Ethernet MTU can lower it.' },
  { key: 'switchMode', kind: 'choice', label: 'Switching', options: ['cut-through', 'store-and-forward'], default: 'cut-through', appliesTo: 'all', affects: 'model', moves: 'latency', help: 'Whether each switch waits for the whole frame before forwarding.' },
];

/** Looks a field up by key; every Scenario key has one. */
export function scenarioField(key: keyof Scenario): ScenarioField {
  const field = SCENARIO_FIELDS.find((f) => f.key === key);
  if (!field) throw new Error(`no scenario field '${key}'`);
  return field;
}
