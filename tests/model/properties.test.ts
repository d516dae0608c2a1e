import { estimate, STAGE_INFO, TECHNIQUES, type Estimate, type Scenario } from '@/lib/model';
import { randomScenarios } from './random-scenarios';

const SCENARIOS = randomScenarios(400, 20240611);
// Float sums of a few dozen terms: allow rounding, nothing more.
const EPS = 1e-9;

function notFaster(slower: Estimate, faster: Estimate): void {
  expect(slower.oneWay.medianNs).toBeGreaterThanOrEqual(faster.oneWay.medianNs * (1 - EPS));
  expect(slower.oneWay.p99Ns).toBeGreaterThanOrEqual(faster.oneWay.p99Ns * (1 - EPS));
  expect(slower.oneWay.p999Ns).toBeGreaterThanOrEqual(faster.oneWay.p999Ns * (1 - EPS));
}

function allNumbers(e: Estimate): number[] {
  return [
    e.oneWay.medianNs,
    e.oneWay.p99Ns,
    e.oneWay.p999Ns,
    e.rttNs,
    e.wireNs,
    ...Object.values(e.throughput),
    ...Object.values(e.counts),
    ...e.oneWay.stages.map((s) => s.ns),
  ];
}

describe('estimate() over random valid scenarios', () => {
  it('returns finite, non-negative numbers only', () => {
    for (const s of SCENARIOS) {
      for (const x of allNumbers(estimate(s))) {
        expect(Number.isFinite(x)).toBe(true);
        expect(x).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('has stages that sum to the median, each labelled as STAGE_INFO says', () => {
    for (const s of SCENARIOS) {
      const e = estimate(s);
      const total = e.oneWay.stages.reduce((sum, st) => sum + st.ns, 0);
      expect(Math.abs(total - e.oneWay.medianNs)).toBeLessThanOrEqual(e.oneWay.medianNs * EPS);
      for (const st of e.oneWay.stages) {
        const info = STAGE_INFO[st.id];
        expect({ label: st.label, kind: st.kind, layer: st.layer }).toEqual({ label: info.label, kind: info.kind, layer: info.layer });
      }
    }
  });

  it('orders its percentiles: p50 <= p99 <= p99.9', () => {
    for (const s of SCENARIOS) {
      const { medianNs, p99Ns, p999Ns } = estimate(s).oneWay;
      expect(p99Ns).toBeGreaterThanOrEqual(medianNs);
      expect(p999Ns).toBeGreaterThanOrEqual(p99Ns);
    }
  });

  it('is never faster with more payload', () => {
    for (const s of SCENARIOS) {
      const bigger = Math.min(1_048_576, Math.ceil(s.payloadBytes * 1.7) + 1);
      notFaster(estimate({ ...s, payloadBytes: bigger }), estimate(s));
    }
  });

  it('is never faster with more switch hops or a longer cable', () => {
    for (const s of SCENARIOS) {
      const base = estimate(s);
      notFaster(estimate({ ...s, switchHops: Math.min(16, (s.switchHops ?? 0) + 1) }), base);
      notFaster(estimate({ ...s, cableMeters: Math.min(10_000, (s.cableMeters ?? 2) * 2 + 1) }), base);
    }
  });

  it('is never slower on a faster link', () => {
    for (const s of SCENARIOS) {
      notFaster(estimate(s), estimate({ ...s, linkGbps: Math.min(800, s.linkGbps * 2) }));
    }
  });

  it('is never slower polling than interrupt-driven, at every percentile', () => {
    for (const s of SCENARIOS) {
      const info = TECHNIQUES[s.technique];
      if (info.spinConfigurable) {
        notFaster(estimate({ ...s, spin: false }), estimate({ ...s, spin: true }));
      } else {
        const { protocol } = s;
        notFaster(estimate({ ...s, technique: 'kernel', protocol }), estimate({ ...s, technique: 'kernel-busy-poll', protocol }));
      }
    }
  });

  it('never receives more messages per core than the line carries', () => {
    for (const s of SCENARIOS) {
      const { rxMppsPerCore, lineRateMpps } = estimate(s).throughput;
      expect(rxMppsPerCore).toBeLessThanOrEqual(lineRateMpps);
      expect(rxMppsPerCore).toBeGreaterThan(0);
    }
  });

  it('is deterministic', () => {
    for (const s of SCENARIOS.slice(0, 50)) expect(estimate(s)).toEqual(estimate(s));
  });
});

describe('payload sweeps across every segmentation boundary', () => {
  // Sizes straddling inline limits, CTPIO's 500-byte frames, one MTU, one MSS, RoCE's 1024-byte path MTU and a 64 KB datagram.
  const sizes = [1, 8, 18, 19, 46, 64, 219, 220, 221, 236, 237, 400, 442, 443, 454, 455, 1024, 1025, 1448, 1449, 1472, 1473, 1480, 1481, 2048, 2960, 2961, 4096, 4097, 9000, 65_507, 65_508, 65_536, 131_072, 1_048_576];
  const variants: Scenario[] = [];
  for (const technique of Object.values(TECHNIQUES)) {
    const base = { technique: technique.id, payloadBytes: 1, linkGbps: 100 };
    if (technique.ops.length > 0) for (const rdmaOp of technique.ops) variants.push({ ...base, rdmaOp });
    else for (const protocol of technique.protocols) variants.push({ ...base, protocol });
  }

  it.each(variants.map((v) => [`${v.technique} ${v.protocol ?? v.rdmaOp}`, v] as const))('%s never gets faster as the message grows', (_name, v) => {
    for (const linkGbps of [1, 25, 400]) {
      let previous: Estimate | undefined;
      for (const payloadBytes of sizes) {
        const e = estimate({ ...v, payloadBytes, linkGbps });
        if (previous) notFaster(e, previous);
        previous = e;
      }
    }
  });
});
