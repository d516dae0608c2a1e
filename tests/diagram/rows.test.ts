import { buildDiagram, PATH_VARIANT_IDS, placeOf, pathVariant, USER_ROWS } from '@/lib/diagram';

const SCENARIOS = [
  { payloadBytes: 64, linkGbps: 100 },
  { payloadBytes: 64, linkGbps: 100, spin: false },
  { payloadBytes: 9000, linkGbps: 25, protocol: 'tcp' as const, switchHops: 2 },
  { payloadBytes: 1_000_000, linkGbps: 400, spin: false, loadFraction: 0.5 },
];

describe('which row a stage is drawn in', () => {
  // The row mapping holds the one architecture fact the model's stages do not:
  // which layers a technique runs inside the process. These checks tie it to the
  // model's own `kind`, so the two cannot drift apart.
  it.each(PATH_VARIANT_IDS)('%s: kernel work is drawn below the boundary and user-space work above it', (id) => {
    for (const settings of SCENARIOS) {
      for (const step of buildDiagram(id, settings).steps) {
        if (step.kind === 'kernel') expect(USER_ROWS, `${id} ${step.id}`).not.toContain(step.place);
        if (step.kind === 'cpu') expect(USER_ROWS, `${id} ${step.id}`).toContain(step.place);
        if (step.kind === 'wire') expect(step.place, `${id} ${step.id}`).toBe('wire');
        if (step.kind === 'nic') expect(step.place).toBe('nic');
        if (step.kind === 'pcie') expect(step.place).toBe('pcie');
      }
    }
  });

  it('the DPDK poll-mode driver and Onload\'s TCP/IP are drawn in user space; AF_XDP\'s driver stays in the kernel', () => {
    expect(placeOf({ layer: 'driver' }, pathVariant('dpdk'))).toBe('library');
    expect(placeOf({ layer: 'protocol' }, pathVariant('onload'))).toBe('library');
    expect(placeOf({ layer: 'driver' }, pathVariant('af-xdp'))).toBe('driver');
    expect(placeOf({ layer: 'protocol' }, pathVariant('kernel'))).toBe('protocol');
  });
});
