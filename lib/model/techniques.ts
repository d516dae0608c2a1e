/**
 * TECHNIQUES: what the lab, the comparison table and the diagrams say about each
 * technique, and which protocols or operations it offers.
 */
import type { Protocol, RdmaOp, TechniqueId } from './types';

export interface TechniqueInfo {
  id: TechniqueId;
  name: string;
  /** One line for a learner. */
  short: string;
  /** The lesson (slug) and heading (anchor) that explain it. */
  lesson: { slug: string; anchor: string };
  /** Protocols the scenario's `protocol` may name; empty when the technique has its own transport. */
  protocols: readonly Protocol[];
  /** RDMA operations the scenario's `rdmaOp` may name; empty for the others. */
  ops: readonly RdmaOp[];
  /** Whether the receiver spins by default (the scenario's `spin` default). */
  polling: boolean;
  /** Whether `spin` changes anything: false where the mode is the technique itself. */
  spinConfigurable: boolean;
}

export const TECHNIQUE_IDS: readonly TechniqueId[] = [
  'kernel',
  'kernel-busy-poll',
  'io-uring',
  'af-xdp',
  'dpdk',
  'onload',
  'ef-vi',
  'rdma',
];

export const TECHNIQUES: Readonly<Record<TechniqueId, TechniqueInfo>> = {
  kernel: {
    id: 'kernel',
    name: 'Linux sockets',
    short: 'send() and recv() through the kernel: system calls, copies, the full protocol stack, an interrupt and a wake-up.',
    lesson: { slug: 'linux-path', anchor: 'the-path-at-a-glance' },
    protocols: ['udp', 'tcp'],
    ops: [],
    polling: false,
    spinConfigurable: false,
  },
  'kernel-busy-poll': {
    id: 'kernel-busy-poll',
    name: 'Kernel busy polling',
    short: 'The same sockets with SO_BUSY_POLL: recv() spins on the NIC queue, so no interrupt or wake-up, but still system calls, copies and the kernel stack.',
    lesson: { slug: 'middle-grounds', anchor: 'kernel-busy-polling' },
    protocols: ['udp', 'tcp'],
    ops: [],
    polling: true,
    spinConfigurable: false,
  },
  'io-uring': {
    id: 'io-uring',
    name: 'io_uring',
    short: 'Requests and completions through shared rings, batched into fewer system calls; the kernel stack and its copies stay.',
    lesson: { slug: 'middle-grounds', anchor: 'io_uring' },
    protocols: ['udp', 'tcp'],
    ops: [],
    polling: false,
    spinConfigurable: true,
  },
  'af-xdp': {
    id: 'af-xdp',
    name: 'AF_XDP',
    short: 'An XDP program hands raw frames to a user-space socket through shared rings, zero-copy; the application does its own UDP/IP.',
    lesson: { slug: 'middle-grounds', anchor: 'xdp-and-af_xdp' },
    protocols: ['udp'],
    ops: [],
    polling: true,
    spinConfigurable: true,
  },
  dpdk: {
    id: 'dpdk',
    name: 'DPDK',
    short: 'A poll-mode driver in the application drives the NIC\'s rings directly: no kernel, no interrupt, no copy, and a core that spins.',
    lesson: { slug: 'dpdk', anchor: 'the-receive-and-transmit-burst-loop' },
    protocols: ['udp'],
    ops: [],
    polling: true,
    spinConfigurable: true,
  },
  onload: {
    id: 'onload',
    name: 'Onload',
    short: 'A TCP/UDP stack in a preloaded library: unchanged socket calls run in user space, still copying between app and packet buffers.',
    lesson: { slug: 'onload', anchor: 'a-tcpip-stack-in-a-shared-library' },
    protocols: ['udp', 'tcp'],
    ops: [],
    polling: true,
    spinConfigurable: true,
  },
  'ef-vi': {
    id: 'ef-vi',
    name: 'ef_vi',
    short: 'Onload\'s lower layer: raw Ethernet frames on a virtual interface\'s rings, zero-copy and polled.',
    lesson: { slug: 'onload', anchor: 'ef_vi' },
    protocols: ['udp'],
    ops: [],
    polling: true,
    spinConfigurable: true,
  },
  rdma: {
    id: 'rdma',
    name: 'RDMA verbs',
    short: 'The NIC runs the transport and moves data between registered memory; the initiator posts work requests and polls completions.',
    lesson: { slug: 'rdma', anchor: 'what-rdma-bypasses-and-what-it-keeps' },
    protocols: [],
    ops: ['send', 'write', 'read', 'atomic'],
    polling: true,
    spinConfigurable: true,
  },
};
