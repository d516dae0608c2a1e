import { buildDiagram, parsePathVariant, PATH_VARIANT_IDS, PATH_VARIANTS, variantScenario } from '@/lib/diagram';
import { estimate, TECHNIQUE_IDS, TECHNIQUES } from '@/lib/model';

describe('path variants', () => {
  it('cover every technique, and every RDMA operation separately', () => {
    const techniques = new Set(PATH_VARIANTS.map((v) => v.technique));
    expect([...techniques].sort()).toEqual([...TECHNIQUE_IDS].sort());
    const ops = PATH_VARIANTS.filter((v) => v.technique === 'rdma').map((v) => v.rdmaOp);
    expect(ops.sort()).toEqual([...TECHNIQUES.rdma.ops].sort());
    expect(new Set(PATH_VARIANT_IDS).size).toBe(PATH_VARIANT_IDS.length);
  });

  it('take the technique names the rest of the site uses', () => {
    for (const v of PATH_VARIANTS.filter((p) => p.technique !== 'rdma')) expect(v.name).toBe(TECHNIQUES[v.technique].name);
  });

  it('name the library each technique calls', () => {
    const library = Object.fromEntries(PATH_VARIANTS.map((v) => [v.id, v.library]));
    expect(library).toMatchObject({ 'io-uring': 'liburing', 'af-xdp': 'libxdp', dpdk: 'DPDK PMD', onload: 'libonload', 'rdma-read': 'libibverbs' });
  });

  it('a lesson typo names the valid paths instead of drawing the wrong one', () => {
    expect(parsePathVariant('dpdk')).toBe('dpdk');
    expect(() => parsePathVariant('rdma')).toThrow(/rdma-write/);
    expect(() => parsePathVariant(undefined, 'compare')).toThrow(/compare="undefined"/);
  });

  it('the scenario keeps the shared settings and fixes only the technique and operation', () => {
    const settings = { payloadBytes: 4096, linkGbps: 25, switchHops: 2, rdmaOp: 'send' as const, protocol: 'tcp' as const };
    const s = variantScenario('rdma-write', settings);
    expect(s).toMatchObject({ technique: 'rdma', rdmaOp: 'write', payloadBytes: 4096, linkGbps: 25, switchHops: 2 });
    expect(variantScenario('kernel', {})).toMatchObject({ technique: 'kernel', payloadBytes: 64, linkGbps: 100 });
  });

  it('the diagram computes exactly what the model computes for the same settings', () => {
    const settings = { payloadBytes: 1500, linkGbps: 10, protocol: 'tcp' as const };
    for (const id of PATH_VARIANT_IDS) {
      const view = buildDiagram(id, settings);
      const model = estimate(variantScenario(id, settings));
      expect(view.totalNs).toBe(model.oneWay.medianNs);
      expect(view.steps.map((s) => [s.id, s.ns])).toEqual(model.oneWay.stages.map((s) => [s.id, s.ns]));
      expect(view.estimate.counts).toEqual(model.counts);
    }
  });
});
