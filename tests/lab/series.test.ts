import { decadeTicks, formatBytes, logDomain } from '@/lib/lab/axes';
import { cdfPoints, histogram, percentiles, quantileSorted, sortedCopy } from '@/lib/lab/distribution';
import { latencySweep, PAYLOAD_SWEEP_BYTES, stageBreakdown, throughputSweep } from '@/lib/lab/series';
import { estimate, sampleLatency, TECHNIQUE_IDS } from '@/lib/model';

const settings = { payloadBytes: 256, linkGbps: 25, switchHops: 1 };

describe('latencySweep and throughputSweep', () => {
  it('give the model\'s median and per-core Gb/s at every payload, for every technique chosen', () => {
    const latency = latencySweep(settings, ['kernel', 'dpdk']);
    const throughput = throughputSweep(settings, ['kernel', 'dpdk']);
    expect(latency.map((r) => r.payloadBytes)).toEqual(PAYLOAD_SWEEP_BYTES);
    for (const [i, payloadBytes] of PAYLOAD_SWEEP_BYTES.entries()) {
      const e = estimate({ ...settings, technique: 'dpdk', payloadBytes });
      expect(latency[i]?.dpdk).toBe(e.oneWay.medianNs);
      expect(throughput[i]?.dpdk).toBe(e.throughput.gbpsPerCore);
      expect(throughput[i]?.dpdk).toBeLessThanOrEqual(settings.linkGbps);
      expect(latency[i]?.rdma).toBeUndefined();
    }
  });

  it('leaves gaps, not errors, where the model refuses a point', () => {
    const rows = latencySweep({ payloadBytes: 64, linkGbps: 0 }, ['kernel']);
    expect(rows.every((r) => r.kernel === undefined)).toBe(true);
  });
});

describe('stageBreakdown', () => {
  const b = stageBreakdown(settings, TECHNIQUE_IDS);

  it('splits each technique\'s median into stages that add up to it', () => {
    for (const t of b.techniques) {
      const sum = t.stages.reduce((s, x) => s + x.ns, 0);
      expect(sum).toBeCloseTo(estimate({ ...settings, technique: t.id }).oneWay.medianNs, 6);
    }
  });

  it('merges the stages into one order that keeps every technique\'s path in order', () => {
    const order = b.keys.map((k) => k.key);
    expect(new Set(order).size).toBe(order.length);
    for (const t of b.techniques) {
      const positions = t.stages.map((s) => order.indexOf(s.key));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
    }
  });
});

describe('distribution summaries', () => {
  it('takes nearest-rank quantiles', () => {
    const xs = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantileSorted(xs, 0.5)).toBe(50);
    expect(quantileSorted(xs, 0.99)).toBe(99);
    expect(quantileSorted(xs, 1)).toBe(100);
    expect(percentiles(xs)).toMatchObject({ min: 1, max: 100, p90: 90 });
  });

  it('agrees with estimate()\'s percentiles for the model\'s own samples', () => {
    const s = { technique: 'kernel' as const, payloadBytes: 64, linkGbps: 100 };
    const p = percentiles(sortedCopy(sampleLatency(s, { samples: 20_000, seed: 3 })));
    const e = estimate(s);
    expect(p.p50 / e.oneWay.medianNs).toBeCloseTo(1, 1);
    expect(p.p99 / e.oneWay.p99Ns).toBeCloseTo(1, 1);
  });

  it('draws a CDF that rises to 1 at the maximum', () => {
    const sorted = sortedCopy(sampleLatency({ technique: 'dpdk', payloadBytes: 64, linkGbps: 100 }, { samples: 5000, seed: 1 }));
    const cdf = cdfPoints(sorted);
    for (let i = 1; i < cdf.length; i++) {
      expect(cdf[i]!.fraction).toBeGreaterThan(cdf[i - 1]!.fraction);
      expect(cdf[i]!.ns).toBeGreaterThanOrEqual(cdf[i - 1]!.ns);
    }
    expect(cdf.at(-1)).toEqual({ ns: sorted[sorted.length - 1], fraction: 1 });
  });

  it('bins every sample exactly once in contiguous bins', () => {
    const sorted = sortedCopy(sampleLatency({ technique: 'kernel', payloadBytes: 64, linkGbps: 100 }, { samples: 5000, seed: 2 }));
    const bins = histogram(sorted, 30);
    expect(bins).toHaveLength(30);
    expect(bins.reduce((s, b) => s + b.fraction, 0)).toBeCloseTo(1, 12);
    for (let i = 1; i < bins.length; i++) expect(bins[i]!.fromNs).toBeCloseTo(bins[i - 1]!.toNs, 9);
  });
});

describe('log axes', () => {
  it('spans whole decades around the data and ticks once per decade', () => {
    expect(logDomain([730, 12_100, 654_000])).toEqual([100, 1_000_000]);
    expect(logDomain([0, -1, 5])).toEqual([1, 10]);
    expect(logDomain([1000])).toEqual([1000, 10_000]);
    expect(decadeTicks([100, 100_000])).toEqual([100, 1000, 10_000, 100_000]);
    expect([1, 64, 4096, 65_536, 1_048_576, 1500].map(formatBytes)).toEqual(['1 B', '64 B', '4 KiB', '64 KiB', '1 MiB', '1500 B']);
  });
});
