/**
 * Public types of the latency model. Units are in the names: `Ns` nanoseconds,
 * `Bytes`, `Gbps` (10^9 bit/s), `Ghz`, `Mpps` (10^6 messages per second).
 */
import type { StageId } from './stage-info';

export type { StageId } from './stage-info';

export type TechniqueId =
  | 'kernel'
  | 'kernel-busy-poll'
  | 'io-uring'
  | 'af-xdp'
  | 'dpdk'
  | 'onload'
  | 'ef-vi'
  | 'rdma';

export type Protocol = 'tcp' | 'udp';
export type RdmaOp = 'send' | 'write' | 'read' | 'atomic';
export type RdmaTransport = 'roce-v2' | 'infiniband';
/** The idle state a sleeping receiver's core sits in when its interrupt arrives. */
export type IdleState = 'poll' | 'c1' | 'c1e' | 'c6';
export type SwitchMode = 'cut-through' | 'store-and-forward';

/** What the learner sets. Every optional field has a default (see SCENARIO_FIELDS). */
export interface Scenario {
  technique: TechniqueId;
  /** Default 'udp'. Used by kernel, kernel-busy-poll, io-uring and onload; dpdk, af-xdp and ef-vi carry UDP only. */
  protocol?: Protocol;
  /** Default 'write'. rdma only. */
  rdmaOp?: RdmaOp;
  /** Application bytes per message, 1 to 1,048,576. */
  payloadBytes: number;
  /** Link data rate, 1 to 800. */
  linkGbps: number;
  /** Switches between the hosts, 0 (back to back) to 16. */
  switchHops?: number;
  /** Length of each cable, metres (default 2). */
  cableMeters?: number;
  /** Core clock, 1 to 6 (default 3.0). */
  cpuGhz?: number;
  /** Offered load as a fraction of what the bottleneck can carry, 0 to 0.95 (default 0: idle ping-pong). */
  loadFraction?: number;
  /** The receiver spins instead of sleeping. Default per technique (TECHNIQUES[t].polling). */
  spin?: boolean;
  /** NIC receive-interrupt moderation timer, µs (default 3). */
  interruptCoalescingUs?: number;
  /** Idle state of a sleeping receiver's core (default 'c1'). */
  idleState?: IdleState;
  /** Kernel page-table isolation: a CR3 switch on every kernel entry and exit (default false). */
  pti?: boolean;
  /** Buffers and the receiving thread on the other socket from the NIC (default false). */
  numaRemote?: boolean;
  /** Ethernet IP MTU, 576 to 9216 (default 1500). */
  mtuBytes?: number;
  /** Receive batch under load (DPDK burst, NAPI batch), 1 to 256 (default 32). Throughput only. */
  batchSize?: number;
  /** Default 'roce-v2'. rdma only. */
  rdmaTransport?: RdmaTransport;
  /** RDMA path MTU requested, 256 to 4096 (default 4096); RoCE is further limited by mtuBytes. */
  rdmaPathMtuBytes?: number;
  /** Default 'cut-through'. */
  switchMode?: SwitchMode;
}

/** A scenario with every default filled in and every value checked. */
export interface ResolvedScenario {
  technique: TechniqueId;
  protocol: Protocol;
  rdmaOp: RdmaOp;
  payloadBytes: number;
  linkGbps: number;
  switchHops: number;
  cableMeters: number;
  cpuGhz: number;
  loadFraction: number;
  spin: boolean;
  interruptCoalescingUs: number;
  idleState: IdleState;
  pti: boolean;
  numaRemote: boolean;
  mtuBytes: number;
  batchSize: number;
  rdmaTransport: RdmaTransport;
  rdmaPathMtuBytes: number;
  switchMode: SwitchMode;
}

/** Where a stage's time goes. */
export type StageKind = 'cpu' | 'kernel' | 'nic' | 'pcie' | 'wire' | 'wait';
/** Which host the stage runs on ('sender' is the host that starts the operation). */
export type StageSide = 'sender' | 'wire' | 'receiver';
/** The layer of the stack diagram a stage belongs to. */
export type Layer =
  | 'app'
  | 'library'
  | 'syscall'
  | 'socket'
  | 'protocol'
  | 'driver'
  | 'irq'
  | 'pcie'
  | 'nic'
  | 'wire'
  | 'switch';

/** A row of the stage tables (lib/model/info/*): what the stack diagram shows for a stage. */
export interface StageEntry {
  /** Equal to the row's key. */
  id: string;
  label: string;
  /** One or two sentences for a learner: what happens at this step. */
  description: string;
  layer: Layer;
  kind: StageKind;
}

/** What the stack diagram shows for a stage: the same for every scenario. */
export interface StageInfo extends StageEntry {
  id: StageId;
}

export interface Stage {
  id: StageId;
  label: string;
  /** Median contribution, ns. The stages of an estimate sum to its median. */
  ns: number;
  side: StageSide;
  kind: StageKind;
  layer: Layer;
}

export interface Estimate {
  /**
   * Half the round trip of a ping-pong between two applications (what sockperf,
   * sfnt-pingpong and perftest report). For an RDMA read or atomic, which is a
   * round trip of its own, it is the whole operation from post to completion.
   */
  oneWay: { medianNs: number; p99Ns: number; p999Ns: number; stages: Stage[] };
  /** Median round trip: twice the one-way median, or the operation itself for read and atomic. */
  rttNs: number;
  /** Time the message's frames occupy the wire, preamble and inter-frame gap included. */
  wireNs: number;
  throughput: { rxMppsPerCore: number; lineRateMpps: number; gbpsPerCore: number };
  /** Per message on the receiving host (for read and atomic: the responder). */
  counts: { syscalls: number; copies: number; interrupts: number; contextSwitches: number };
  /** A core spins while idle to get this latency. */
  pollingCore: boolean;
}

export interface SampleOptions {
  samples: number;
  seed: number;
}
