import { estimate, type Estimate, type Scenario, type StageId } from '@/lib/model';
import { IDLE_EXIT_NS, PTI_CR3_SWITCH_CYCLES } from '@/lib/model/constants';

const ids = (e: Estimate): StageId[] => e.oneWay.stages.map((s) => s.id);
const has = (e: Estimate, id: StageId): boolean => ids(e).includes(id);
const base = { payloadBytes: 64, linkGbps: 25 };

describe('the Linux socket path', () => {
  const kernel = estimate({ ...base, technique: 'kernel' });

  it('goes through every step of send() and recv(), in order', () => {
    expect(ids(kernel)).toEqual([
      'syscall-entry', 'udp-sendmsg', 'copy-from-user', 'udp-tx', 'ip-tx', 'qdisc-driver-tx',
      'doorbell', 'dma-tx-read', 'nic-tx', 'serialization', 'propagation', 'nic-rx', 'dma-rx-write',
      'irq-coalesce', 'cstate-exit', 'hardirq', 'napi-poll', 'gro', 'ip-rx', 'udp-rx', 'socket-enqueue',
      'wakeup', 'context-switch', 'udp-recvmsg', 'copy-to-user', 'syscall-exit',
    ]);
    expect(kernel.counts).toEqual({ syscalls: 1, copies: 1, interrupts: 1, contextSwitches: 1 });
    expect(kernel.pollingCore).toBe(false);
  });

  it('uses TCP stages for TCP', () => {
    const tcp = estimate({ ...base, technique: 'kernel', protocol: 'tcp' });
    for (const id of ['tcp-sendmsg', 'tcp-tx', 'tcp-rx', 'tcp-recvmsg'] as const) expect(has(tcp, id)).toBe(true);
    expect(tcp.oneWay.medianNs).toBeGreaterThan(kernel.oneWay.medianNs);
  });

  it('busy polling removes the interrupt, the wake-up and the context switch, and keeps system calls, copies and protocol work', () => {
    const busy = estimate({ ...base, technique: 'kernel-busy-poll' });
    const removed: StageId[] = ['irq-coalesce', 'cstate-exit', 'hardirq', 'wakeup', 'context-switch'];
    const kept = ids(kernel).filter((id) => !removed.includes(id));
    const afterDma = kept.indexOf('dma-rx-write') + 1;
    expect(ids(busy)).toEqual([...kept.slice(0, afterDma), 'busy-poll', ...kept.slice(afterDma)]);
    expect(busy.counts).toEqual({ syscalls: 1, copies: 1, interrupts: 0, contextSwitches: 0 });
    expect(busy.pollingCore).toBe(true);
    expect(busy.oneWay.medianNs).toBeLessThan(kernel.oneWay.medianNs);
  });

  it('io_uring keeps the kernel stack and its copies; with spin it busy-polls instead of taking the interrupt', () => {
    const uring = estimate({ ...base, technique: 'io-uring' });
    for (const id of ['uring-submit', 'udp-rx', 'copy-to-user', 'hardirq', 'uring-complete', 'cq-ring-read'] as const) expect(has(uring, id)).toBe(true);
    const spinning = estimate({ ...base, technique: 'io-uring', spin: true });
    expect(has(spinning, 'hardirq')).toBe(false);
    expect(has(spinning, 'copy-to-user')).toBe(true);
    expect(spinning.counts).toEqual({ syscalls: 1, copies: 1, interrupts: 0, contextSwitches: 0 });
  });
});

describe('user-space data paths', () => {
  it('DPDK and ef_vi spin a core and never enter the kernel or copy', () => {
    for (const technique of ['dpdk', 'ef-vi'] as const) {
      const e = estimate({ ...base, technique });
      expect(e.pollingCore).toBe(true);
      expect(e.oneWay.stages.filter((s) => s.kind === 'kernel')).toEqual([]);
      expect(e.counts).toEqual({ syscalls: 0, copies: 0, interrupts: 0, contextSwitches: 0 });
    }
  });

  it('DPDK without spinning sleeps on an Rx interrupt: interrupt, wake-up and a system call come back', () => {
    const e = estimate({ ...base, technique: 'dpdk', spin: false });
    for (const id of ['hardirq', 'wakeup', 'context-switch', 'syscall-exit'] as const) expect(has(e, id)).toBe(true);
    expect(e.pollingCore).toBe(false);
  });

  it('Onload serves plain send() and recv() in user space, but still copies', () => {
    for (const protocol of ['udp', 'tcp'] as const) {
      const e = estimate({ ...base, technique: 'onload', protocol });
      expect(has(e, 'copy-to-pkt-buf')).toBe(true);
      expect(has(e, 'copy-to-app')).toBe(true);
      expect(has(e, protocol === 'tcp' ? 'onload-tcp-rx' : 'onload-udp-rx')).toBe(true);
      expect(e.oneWay.stages.filter((s) => s.kind === 'kernel')).toEqual([]);
      expect(e.counts).toEqual({ syscalls: 0, copies: 1, interrupts: 0, contextSwitches: 0 });
    }
  });

  it('Onload sends small frames by CTPIO and larger ones through the DMA ring', () => {
    const small = estimate({ ...base, technique: 'onload' });
    expect(has(small, 'ctpio-tx')).toBe(true);
    expect(has(small, 'dma-tx-read')).toBe(false);
    const large = estimate({ ...base, technique: 'onload', payloadBytes: 1000 });
    expect(has(large, 'ctpio-tx')).toBe(false);
    expect(has(large, 'dma-tx-read')).toBe(true);
  });

  it('AF_XDP skips the kernel protocol stack: XDP redirects the frame, the application parses it, nothing is copied', () => {
    const e = estimate({ ...base, technique: 'af-xdp' });
    expect(has(e, 'xdp-redirect')).toBe(true);
    expect(has(e, 'xsk-kick')).toBe(true);
    for (const id of ['ip-rx', 'udp-rx', 'socket-enqueue', 'copy-to-user'] as const) expect(has(e, id)).toBe(false);
    expect(e.counts.copies).toBe(0);
  });
});

describe('RDMA operations', () => {
  const rdma = (s: Partial<Scenario>): Estimate => estimate({ ...base, technique: 'rdma', ...s });

  it('a SEND: the sender posts, the receiver polls its completion queue', () => {
    const e = rdma({ rdmaOp: 'send' });
    expect(e.oneWay.stages.find((s) => s.id === 'post-wr')?.side).toBe('sender');
    expect(e.oneWay.stages.find((s) => s.id === 'cq-poll')?.side).toBe('receiver');
    expect(e.pollingCore).toBe(true);
  });

  it('a WRITE never involves the remote CPU: every receiver-side step is NIC or PCIe, and nothing counts there', () => {
    const e = rdma({ rdmaOp: 'write' });
    const remote = e.oneWay.stages.filter((s) => s.side === 'receiver');
    expect(remote.length).toBeGreaterThan(0);
    for (const s of remote) expect(['nic', 'pcie']).toContain(s.kind);
    expect(e.counts).toEqual({ syscalls: 0, copies: 0, interrupts: 0, contextSwitches: 0 });
  });

  it('a READ is a round trip of its own: the responder NIC reads memory and the answer comes back', () => {
    const read = rdma({ rdmaOp: 'read' });
    for (const id of ['responder-dma-read', 'resp-serialization', 'resp-rnic-rx'] as const) expect(has(read, id)).toBe(true);
    expect(read.oneWay.stages.find((s) => s.id === 'cqe-process')?.side).toBe('sender');
    expect(read.rttNs).toBe(read.oneWay.medianNs);
    expect(read.oneWay.medianNs).toBeGreaterThan(rdma({ rdmaOp: 'write' }).oneWay.medianNs);
  });

  it('an atomic moves 8 bytes whatever the payload, with a read-modify-write at the responder', () => {
    const a = rdma({ rdmaOp: 'atomic', payloadBytes: 8 });
    expect(has(a, 'responder-atomic')).toBe(true);
    expect(rdma({ rdmaOp: 'atomic', payloadBytes: 4096 }).oneWay.medianNs).toBe(a.oneWay.medianNs);
    expect(a.rttNs).toBe(a.oneWay.medianNs);
  });

  it('pushes small messages inline with the work request and DMA-reads larger ones', () => {
    expect(has(rdma({ rdmaOp: 'send', payloadBytes: 236 }), 'dma-payload-read')).toBe(false);
    expect(has(rdma({ rdmaOp: 'send', payloadBytes: 237 }), 'dma-payload-read')).toBe(true);
    expect(has(rdma({ rdmaOp: 'write', payloadBytes: 221 }), 'dma-payload-read')).toBe(true);
  });

  it('without spinning a SEND completes through an unmoderated completion event', () => {
    const e = rdma({ rdmaOp: 'send', spin: false });
    for (const id of ['hardirq', 'wakeup', 'context-switch'] as const) expect(has(e, id)).toBe(true);
    expect(has(e, 'irq-coalesce')).toBe(false);
    expect(e.counts).toEqual({ syscalls: 1, copies: 0, interrupts: 1, contextSwitches: 1 });
  });
});

describe('the knobs move the stages they should, and only those', () => {
  it('page-table isolation adds a CR3 switch to each kernel entry and exit on the path', () => {
    const s: Scenario = { ...base, technique: 'kernel', cpuGhz: 3 };
    const extra = estimate({ ...s, pti: true }).oneWay.medianNs - estimate(s).oneWay.medianNs;
    // send() entry, recv() exit, and the interrupt's entry and exit.
    expect(extra).toBeCloseTo((4 * PTI_CR3_SWITCH_CYCLES) / 3, 9);
    const dpdk: Scenario = { ...base, technique: 'dpdk' };
    expect(estimate({ ...dpdk, pti: true }).oneWay.medianNs).toBe(estimate(dpdk).oneWay.medianNs);
  });

  it('a deeper idle state slows the sleeping path by its exit latency and leaves polling alone', () => {
    const s: Scenario = { ...base, technique: 'kernel' };
    const extra = estimate({ ...s, idleState: 'c6' }).oneWay.medianNs - estimate({ ...s, idleState: 'c1' }).oneWay.medianNs;
    expect(extra).toBeCloseTo(IDLE_EXIT_NS.c6 - IDLE_EXIT_NS.c1, 6);
    const busy: Scenario = { ...base, technique: 'kernel-busy-poll' };
    expect(estimate({ ...busy, idleState: 'c6' }).oneWay.medianNs).toBe(estimate(busy).oneWay.medianNs);
  });

  it('interrupt moderation costs the sleeping path half the timer at the median, and polling nothing', () => {
    const s: Scenario = { ...base, technique: 'kernel' };
    const extra = estimate({ ...s, interruptCoalescingUs: 20 }).oneWay.medianNs - estimate({ ...s, interruptCoalescingUs: 0 }).oneWay.medianNs;
    expect(extra).toBeCloseTo(10_000, 6);
    const dpdk: Scenario = { ...base, technique: 'dpdk' };
    expect(estimate({ ...dpdk, interruptCoalescingUs: 50 }).oneWay.medianNs).toBe(estimate(dpdk).oneWay.medianNs);
  });

  it('NUMA-remote buffers slow every technique down', () => {
    for (const technique of ['kernel', 'dpdk', 'onload', 'rdma', 'af-xdp'] as const) {
      expect(estimate({ ...base, technique, numaRemote: true }).oneWay.medianNs).toBeGreaterThan(estimate({ ...base, technique }).oneWay.medianNs);
    }
  });

  it('a faster CPU shortens the software steps and leaves the wire alone', () => {
    const slow = estimate({ ...base, technique: 'kernel', cpuGhz: 2 });
    const fast = estimate({ ...base, technique: 'kernel', cpuGhz: 4 });
    expect(fast.oneWay.medianNs).toBeLessThan(slow.oneWay.medianNs);
    const wire = (e: Estimate) => e.oneWay.stages.filter((s) => s.kind === 'wire').map((s) => s.ns);
    expect(wire(fast)).toEqual(wire(slow));
  });

  it('a store-and-forward switch waits for each full frame; a cut-through one does not', () => {
    const s: Scenario = { technique: 'dpdk', payloadBytes: 1472, linkGbps: 10, switchHops: 2 };
    const cut = estimate(s);
    const saf = estimate({ ...s, switchMode: 'store-and-forward' });
    expect(saf.oneWay.medianNs - cut.oneWay.medianNs).toBeCloseTo(2 * cut.wireNs, 6);
  });

  it('load adds a queueing stage whose median wait appears once more than half the capacity is used', () => {
    const s: Scenario = { ...base, technique: 'kernel' };
    expect(has(estimate(s), 'queueing')).toBe(false);
    expect(estimate({ ...s, loadFraction: 0.4 }).oneWay.stages.find((x) => x.id === 'queueing')?.ns).toBe(0);
    expect(estimate({ ...s, loadFraction: 0.8 }).oneWay.stages.find((x) => x.id === 'queueing')?.ns).toBeGreaterThan(0);
  });
});
