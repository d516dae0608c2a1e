import { estimate, type Scenario } from '@/lib/model';
import { rdmaPathMtu } from '@/lib/model/frames';
import { resolveScenario } from '@/lib/model/validate';

// Expected sizes are worked out here from the standards (IEEE 802.3, RFC 791/768/9293/7323,
// the IBA headers), so a wrong header in the model cannot hide behind its own arithmetic.
const GAP = 8 + 12; // preamble + SFD, inter-frame gap
const eth = (l3: number): number => Math.max(64, 14 + l3 + 4) + GAP;
const wireBytes = (s: Scenario): number => (estimate(s).wireNs * s.linkGbps) / 8;

describe('Ethernet framing', () => {
  it('pads short frames to 64 bytes: 84 bytes on the wire up to 18 bytes of UDP payload', () => {
    for (const payloadBytes of [1, 10, 18]) expect(wireBytes({ technique: 'dpdk', payloadBytes, linkGbps: 10 })).toBeCloseTo(84, 9);
    expect(wireBytes({ technique: 'dpdk', payloadBytes: 19, linkGbps: 10 })).toBeCloseTo(85, 9);
  });

  it('carries 1448 bytes per TCP segment at MTU 1500: 20 IP + 20 TCP + 12 timestamp option', () => {
    const s: Scenario = { technique: 'kernel', protocol: 'tcp', payloadBytes: 1448, linkGbps: 10 };
    expect(wireBytes(s)).toBeCloseTo(eth(1500), 9);
    expect(wireBytes({ ...s, payloadBytes: 1449 })).toBeCloseTo(eth(1500) + eth(52 + 1), 9);
  });

  it('sends raw-frame UDP as one datagram per frame, 1472 bytes each at MTU 1500', () => {
    const s: Scenario = { technique: 'ef-vi', payloadBytes: 1472, linkGbps: 10 };
    expect(wireBytes(s)).toBeCloseTo(eth(1500), 9);
    expect(wireBytes({ ...s, payloadBytes: 1473 })).toBeCloseTo(eth(1500) + eth(28 + 1), 9);
  });

  it('IP-fragments a socket UDP datagram above the MTU: 1480 bytes of IP payload per fragment', () => {
    const s: Scenario = { technique: 'kernel', payloadBytes: 1472, linkGbps: 10 };
    expect(wireBytes(s)).toBeCloseTo(eth(1500), 9);
    // 1473 + 8 = 1481 bytes of IP payload: 1480 in the first fragment, 1 in the second.
    expect(wireBytes({ ...s, payloadBytes: 1473 })).toBeCloseTo(eth(1500) + eth(20 + 1), 9);
  });

  it('splits socket UDP messages into datagrams of at most 65,507 bytes, one receive call each', () => {
    expect(estimate({ technique: 'kernel', payloadBytes: 65_507, linkGbps: 10 }).counts.syscalls).toBe(1);
    expect(estimate({ technique: 'kernel', payloadBytes: 65_508, linkGbps: 10 }).counts.syscalls).toBe(2);
  });

  it('follows the MTU setting', () => {
    expect(wireBytes({ technique: 'dpdk', payloadBytes: 8972, linkGbps: 10, mtuBytes: 9000 })).toBeCloseTo(eth(9000), 9);
  });
});

describe('RDMA framing', () => {
  const roce = (l4: number): number => eth(20 + 8 + 12 + l4 + 4); // IPv4 + UDP + BTH + extension/payload + ICRC
  const ib = (l4: number): number => 8 + 12 + l4 + 4 + 2; // LRH + BTH + ... + ICRC + VCRC

  it('fits RoCE\'s path MTU inside the Ethernet MTU: 1024 at 1500, 4096 with jumbo frames', () => {
    const r = (s: Partial<Scenario>) => resolveScenario({ technique: 'rdma', payloadBytes: 1, linkGbps: 100, ...s });
    expect(rdmaPathMtu(r({}))).toBe(1024);
    expect(rdmaPathMtu(r({ mtuBytes: 9000 }))).toBe(4096);
    expect(rdmaPathMtu(r({ rdmaTransport: 'infiniband' }))).toBe(4096);
    expect(rdmaPathMtu(r({ mtuBytes: 9000, rdmaPathMtuBytes: 2048 }))).toBe(2048);
  });

  it('puts a RETH on the first packet of a WRITE and cuts the rest at the path MTU', () => {
    const s: Scenario = { technique: 'rdma', rdmaOp: 'write', payloadBytes: 1024, linkGbps: 100 };
    expect(wireBytes(s)).toBeCloseTo(roce(16 + 1024), 9);
    expect(wireBytes({ ...s, payloadBytes: 1025 })).toBeCloseTo(roce(16 + 1024) + roce(1), 9);
    expect(wireBytes({ ...s, rdmaTransport: 'infiniband' })).toBeCloseTo(ib(16 + 1024), 9);
  });

  it('counts both the request and the response of a READ and of an atomic', () => {
    const read: Scenario = { technique: 'rdma', rdmaOp: 'read', payloadBytes: 64, linkGbps: 100 };
    expect(wireBytes(read)).toBeCloseTo(roce(16) + roce(4 + 64), 9);
    const atomic: Scenario = { technique: 'rdma', rdmaOp: 'atomic', payloadBytes: 8, linkGbps: 100 };
    expect(wireBytes(atomic)).toBeCloseTo(roce(28) + roce(4 + 8), 9);
  });
});
