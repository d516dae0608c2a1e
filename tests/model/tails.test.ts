import { estimate, sampleLatency, type Scenario } from '@/lib/model';
import { inverseNormal, mulberry32 } from '@/lib/model/tails';

function percentile(sorted: Float64Array, p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

function spread(s: Scenario): number {
  const { medianNs, p999Ns } = estimate(s).oneWay;
  return (p999Ns - medianNs) / medianNs;
}

const CASES: [string, Scenario][] = [
  ['kernel TCP, idle', { technique: 'kernel', protocol: 'tcp', payloadBytes: 64, linkGbps: 25 }],
  ['kernel UDP at 80% load', { technique: 'kernel', payloadBytes: 512, linkGbps: 10, loadFraction: 0.8 }],
  ['DPDK 64 B', { technique: 'dpdk', payloadBytes: 64, linkGbps: 100 }],
  ['Onload TCP, sleeping', { technique: 'onload', protocol: 'tcp', payloadBytes: 64, linkGbps: 25, spin: false }],
  ['RDMA read 4 KB at 50% load', { technique: 'rdma', rdmaOp: 'read', payloadBytes: 4096, linkGbps: 100, loadFraction: 0.5 }],
  ['io_uring 1 MB', { technique: 'io-uring', protocol: 'tcp', payloadBytes: 1_048_576, linkGbps: 100 }],
];

describe('sampleLatency', () => {
  it.each(CASES)('%s: 100k samples agree with estimate() within 3%% at p50, p99 and p99.9', (_name, s) => {
    const e = estimate(s).oneWay;
    const xs = sampleLatency(s, { samples: 100_000, seed: 7 }).sort();
    expect(Math.abs(percentile(xs, 0.5) / e.medianNs - 1)).toBeLessThan(0.03);
    expect(Math.abs(percentile(xs, 0.99) / e.p99Ns - 1)).toBeLessThan(0.03);
    expect(Math.abs(percentile(xs, 0.999) / e.p999Ns - 1)).toBeLessThan(0.03);
  });

  it('gives the same samples for the same seed and different ones for another seed', () => {
    const s = CASES[0]?.[1] ?? { technique: 'kernel', payloadBytes: 1, linkGbps: 1 };
    const a = sampleLatency(s, { samples: 1000, seed: 42 });
    expect(sampleLatency(s, { samples: 1000, seed: 42 })).toEqual(a);
    expect(sampleLatency(s, { samples: 1000, seed: 43 })).not.toEqual(a);
  });

  it('returns the draws in random order, with no trace of the stratified sampling', () => {
    const s = CASES[0]?.[1] ?? { technique: 'kernel', payloadBytes: 1, linkGbps: 1 };
    const xs = sampleLatency(s, { samples: 20_000, seed: 5 });
    let rises = 0;
    for (let i = 1; i < xs.length; i++) if ((xs[i] ?? 0) > (xs[i - 1] ?? 0)) rises++;
    expect(rises / (xs.length - 1)).toBeGreaterThan(0.48);
    expect(rises / (xs.length - 1)).toBeLessThan(0.52);
  });

  it('never returns a sample below the fastest possible path or a non-finite one', () => {
    for (const [, s] of CASES) {
      const xs = sampleLatency(s, { samples: 20_000, seed: 3 });
      const floor = estimate(s).wireNs;
      for (const x of xs) {
        expect(Number.isFinite(x)).toBe(true);
        expect(x).toBeGreaterThan(floor);
      }
    }
  });
});

describe('tails', () => {
  it('grow with load: p99 and p99.9 rise as the offered load rises', () => {
    for (const technique of ['kernel', 'dpdk', 'onload', 'rdma'] as const) {
      let previous = estimate({ technique, payloadBytes: 256, linkGbps: 25, loadFraction: 0 }).oneWay;
      for (const loadFraction of [0.3, 0.6, 0.9]) {
        const now = estimate({ technique, payloadBytes: 256, linkGbps: 25, loadFraction }).oneWay;
        expect(now.p99Ns).toBeGreaterThan(previous.p99Ns);
        expect(now.p999Ns).toBeGreaterThan(previous.p999Ns);
        previous = now;
      }
    }
  });

  it('spread wider on interrupt-driven paths than on polling ones', () => {
    const base = { payloadBytes: 64, linkGbps: 25 };
    expect(spread({ ...base, technique: 'kernel' })).toBeGreaterThan(spread({ ...base, technique: 'kernel-busy-poll' }));
    for (const technique of ['io-uring', 'af-xdp', 'dpdk', 'onload', 'ef-vi'] as const) {
      expect(spread({ ...base, technique, spin: false })).toBeGreaterThan(spread({ ...base, technique, spin: true }));
    }
    expect(spread({ ...base, technique: 'rdma', rdmaOp: 'send', spin: false })).toBeGreaterThan(
      spread({ ...base, technique: 'rdma', rdmaOp: 'send', spin: true }),
    );
  });
});

describe('the random source', () => {
  it('inverseNormal matches tabulated standard normal quantiles', () => {
    expect(inverseNormal(0.5)).toBe(0);
    expect(inverseNormal(0.975)).toBeCloseTo(1.959964, 5);
    expect(inverseNormal(0.99)).toBeCloseTo(2.326348, 5);
    expect(inverseNormal(0.999)).toBeCloseTo(3.090232, 5);
    expect(inverseNormal(0.01)).toBeCloseTo(-2.326348, 5);
  });

  it('mulberry32 stays strictly inside (0, 1) and looks uniform', () => {
    const next = mulberry32(123);
    let sum = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const u = next();
      expect(u).toBeGreaterThan(0);
      expect(u).toBeLessThan(1);
      sum += u;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
  });
});
