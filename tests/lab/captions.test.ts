import { LAYER_LABEL, layerTotals } from '@/lib/lab/layers';
import { breakdownCaption, distributionCaption, latencyCaption, throughputCaption } from '@/lib/lab/captions';
import { latencySweep, stageBreakdown, throughputSweep } from '@/lib/lab/series';
import { formatNs } from '@/lib/format';
import { estimate } from '@/lib/model';

const settings = { payloadBytes: 64, linkGbps: 100 };

describe('chart captions', () => {
  it('name the slowest technique\'s median and its largest layer', () => {
    const caption = breakdownCaption(stageBreakdown(settings, ['kernel', 'dpdk']));
    const kernel = estimate({ technique: 'kernel', ...settings });
    const top = layerTotals(kernel.oneWay.stages)[0]!;
    expect(caption).toContain(`its largest part is ${LAYER_LABEL[top.layer]}: ${formatNs(top.ns)}`);
    expect(caption).toContain(`Linux sockets takes ${formatNs(estimate({ technique: 'kernel', ...settings }).oneWay.medianNs)}`);
    expect(caption).toContain(`DPDK takes ${formatNs(estimate({ technique: 'dpdk', ...settings }).oneWay.medianNs)}`);
  });

  it('compare the techniques at 64 B and at 1 MiB, and the throughput against the link', () => {
    expect(latencyCaption(latencySweep(settings, ['kernel', 'dpdk']), ['kernel', 'dpdk'])).toMatch(/At 64 B Linux sockets is [\d.]+× DPDK/);
    expect(throughputCaption(throughputSweep(settings, ['kernel', 'dpdk']), ['kernel', 'dpdk'], 100)).toMatch(/the best here, DPDK, delivers [\d.]+ Gb\/s per core of a 100 Gb\/s link/);
  });

  it('say whether the tail is a spinning or a sleeping receiver\'s', () => {
    const p = { p50: 100, p90: 110, p99: 150, p999: 300, min: 90, max: 500 };
    expect(distributionCaption('kernel', p, false)).toMatch(/p99 is 1.5× the median and p99.9 3×\. A sleeping receiver/);
    expect(distributionCaption('dpdk', p, true)).toMatch(/A spinning receiver/);
  });
});

describe('layerTotals', () => {
  it('adds each layer\'s stages and puts the largest first', () => {
    const stages = estimate({ technique: 'kernel', ...settings }).oneWay.stages;
    const totals = layerTotals(stages);
    expect(totals.reduce((n, t) => n + t.ns, 0)).toBeCloseTo(stages.reduce((n, s) => n + s.ns, 0), 6);
    expect(totals.map((t) => t.ns)).toEqual([...totals.map((t) => t.ns)].sort((a, b) => b - a));
  });
});
