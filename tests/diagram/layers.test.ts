import { buildDiagram, bypassedRows, type HostSide, type Row } from '@/lib/diagram';

const base = { payloadBytes: 64, linkGbps: 100 };
const bypassed = (id: Parameters<typeof buildDiagram>[0], side: HostSide, settings: object = {}): Row[] =>
  bypassedRows(buildDiagram(id, { ...base, ...settings }).layers, side);

describe('which layers a path uses and bypasses', () => {
  it('the Linux socket path bypasses nothing: it is the reference', () => {
    expect(bypassed('kernel', 'sender')).toEqual([]);
    expect(bypassed('kernel', 'receiver')).toEqual([]);
  });

  it('busy polling removes only the interrupt: system call, stack and copy stay', () => {
    expect(bypassed('kernel-busy-poll', 'receiver')).toEqual(['irq']);
    const layers = buildDiagram('kernel-busy-poll', base).layers.receiver;
    expect([layers.boundary, layers.socket, layers.protocol]).toEqual(['used', 'used', 'used']);
  });

  it('DPDK skips the whole kernel on both hosts; its driver runs in the process', () => {
    expect(bypassed('dpdk', 'sender')).toEqual(['boundary', 'socket', 'protocol', 'driver']);
    expect(bypassed('dpdk', 'receiver')).toEqual(['boundary', 'socket', 'protocol', 'driver', 'irq']);
    expect(buildDiagram('dpdk', base).layers.receiver.library).toBe('used');
  });

  it('a DPDK core that sleeps brings the interrupt and a system call back', () => {
    const receiver = buildDiagram('dpdk', { ...base, spin: false }).layers.receiver;
    expect(receiver.irq).toBe('used');
    expect(receiver.boundary).toBe('used');
    expect(receiver.protocol).toBe('bypassed');
  });

  it('AF_XDP keeps the kernel driver (where XDP runs) and skips IP and UDP', () => {
    const receiver = buildDiagram('af-xdp', base).layers.receiver;
    expect(receiver.driver).toBe('used');
    expect(receiver.protocol).toBe('bypassed');
    expect(bypassed('af-xdp', 'sender')).toEqual(['socket', 'protocol']);
  });

  it('Onload runs TCP in the process: no kernel layer on the data path unless it sleeps', () => {
    const tcp = buildDiagram('onload', { ...base, protocol: 'tcp' });
    expect(bypassedRows(tcp.layers, 'sender')).toEqual(['boundary', 'socket', 'protocol', 'driver']);
    expect(tcp.steps.filter((s) => s.id === 'onload-tcp-tx').map((s) => s.place)).toEqual(['library']);
    const sleeping = buildDiagram('onload', { ...base, spin: false }).layers.receiver;
    expect([sleeping.irq, sleeping.boundary]).toEqual(['used', 'used']);
  });

  it('RDMA WRITE: the target CPU is idle and the path ends in its memory', () => {
    const write = buildDiagram('rdma-write', base);
    expect(write.layers.receiver.app).toBe('idle');
    expect(write.layers.receiver.library).toBe('idle');
    expect(write.ends.end).toBeNull();
    expect(write.steps[write.steps.length - 1]).toMatchObject({ side: 'receiver', place: 'pcie' });
  });

  it('RDMA SEND: the receiver\'s CPU takes part (it finds the message in its completion queue)', () => {
    const send = buildDiagram('rdma-send', base);
    expect(send.layers.receiver.library).toBe('used');
    expect(send.ends.end).toEqual({ side: 'receiver', row: 'app' });
  });

  it.each(['rdma-read', 'rdma-atomic'] as const)('%s: a round trip back to the requester, with the responder idle', (id) => {
    const view = buildDiagram(id, base);
    expect(view.roundTrip).toBe(true);
    expect(view.hosts).toEqual({ sender: 'Requester', receiver: 'Responder' });
    expect(view.layers.receiver.app).toBe('idle');
    expect(view.ends.end).toEqual({ side: 'sender', row: 'app' });
    const sides = view.steps.map((s) => s.side);
    expect(sides.indexOf('receiver')).toBeLessThan(sides.lastIndexOf('sender'));
  });
});
