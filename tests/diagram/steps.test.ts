import { buildDiagram, stepAtTime, type DiagramStep } from '@/lib/diagram';
import { STAGE_INFO } from '@/lib/model';

const dpdk = buildDiagram('dpdk', { payloadBytes: 64, linkGbps: 100 });

describe('the step sequence', () => {
  it('adds up: the running total ends at the model total and the shares sum to one', () => {
    for (const view of [dpdk, buildDiagram('kernel', { payloadBytes: 20_000, linkGbps: 10, protocol: 'tcp' })]) {
      const last = view.steps[view.steps.length - 1];
      expect(last?.endNs).toBeCloseTo(view.totalNs, 6);
      expect(view.steps.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 9);
      view.steps.forEach((s, i) => {
        expect(s.index).toBe(i);
        expect(s.startNs).toBeCloseTo(view.steps[i - 1]?.endNs ?? 0, 9);
        expect(s.endNs - s.startNs).toBeCloseTo(s.ns, 9);
      });
    }
  });

  it('says what happens at each stage in the model\'s own words', () => {
    for (const s of dpdk.steps) expect(s.description).toBe(STAGE_INFO[s.id].description);
  });

  it('except where the model\'s words do not fit the path: an RDMA WRITE leaves no completion at the target', () => {
    const write = buildDiagram('rdma-write', { payloadBytes: 64, linkGbps: 100 });
    const placed = write.steps[write.steps.length - 1];
    expect(placed?.id).toBe('dma-rx-write');
    expect(placed?.description).toMatch(/no completion entry is written at the target/);
    // When the model's text stops claiming a completion, this override can go.
    expect(STAGE_INFO['dma-rx-write'].description).toMatch(/completion entry/);
  });

  it.each(['rdma-read', 'rdma-atomic'] as const)('%s: the response lands in the buffer the request named, not a posted receive', (id) => {
    const view = buildDiagram(id, { payloadBytes: 64, linkGbps: 100 });
    const landed = view.steps.find((s) => s.id === 'dma-rx-write');
    expect(landed?.side).toBe('sender');
    expect(landed?.description).toMatch(/local buffer the (READ|atomic) named/);
  });

  it('marks the stages where a core finds the message by spinning, and none on a sleeping path', () => {
    expect(dpdk.steps.filter((s) => s.spins).map((s) => s.id)).toEqual(['pmd-poll']);
    expect(buildDiagram('dpdk', { payloadBytes: 64, linkGbps: 100, spin: false }).steps.some((s) => s.spins)).toBe(false);
    expect(buildDiagram('kernel', { payloadBytes: 64, linkGbps: 100 }).steps.some((s) => s.spins)).toBe(false);
  });
});

describe('stepAtTime', () => {
  const steps: DiagramStep[] = dpdk.steps;
  it('finds the step in progress at any moment, and arrival after the last', () => {
    expect(stepAtTime(steps, 0)).toEqual({ index: 0, arrived: false });
    for (const s of steps) {
      if (s.ns === 0) continue;
      expect(stepAtTime(steps, (s.startNs + s.endNs) / 2)).toEqual({ index: s.index, arrived: false });
    }
    expect(stepAtTime(steps, dpdk.totalNs)).toEqual({ index: steps.length - 1, arrived: true });
    expect(stepAtTime(steps, dpdk.totalNs * 5).arrived).toBe(true);
  });
});
