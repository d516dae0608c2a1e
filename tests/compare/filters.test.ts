import { applyFilters, FILTERS } from '@/lib/compare/filters';
import { buildRows } from '@/lib/compare/rows';
import { TECHNIQUE_IDS, TECHNIQUES } from '@/lib/model';
import { FACTS } from './fixtures';

describe('applyFilters', () => {
  const rows = buildRows({ payloadBytes: 64, linkGbps: 100 }, FACTS);
  const ids = (filters: Parameters<typeof applyFilters>[1], from = rows) => applyFilters(from, filters).map((r) => r.id);

  it('keeps every row with no filter on', () => {
    expect(ids([])).toEqual(TECHNIQUE_IDS);
  });

  it('"TCP available" keeps exactly the techniques the model can run over TCP', () => {
    expect(ids(['tcp'])).toEqual(TECHNIQUE_IDS.filter((t) => TECHNIQUES[t].protocols.includes('tcp')));
  });

  it('"No code changes" and "Runs on any NIC" follow the content file', () => {
    expect(ids(['no-code-changes'])).toEqual(TECHNIQUE_IDS.filter((t) => FACTS[t].codeChanges.value === 'none'));
    expect(ids(['any-nic'])).toEqual(TECHNIQUE_IDS.filter((t) => FACTS[t].hardware.value === 'any'));
    expect(ids(['any-nic'])).not.toContain('onload');
    expect(ids(['any-peer'])).not.toContain('rdma');
  });

  it('combines filters: a row must pass all of them', () => {
    const both = ids(['tcp', 'no-code-changes']);
    expect(both).toEqual(ids(['tcp']).filter((t) => ids(['no-code-changes']).includes(t)));
    expect(both).toContain('onload');
  });

  it('"No spinning core" depends on the scenario: turning spinning off lets more techniques through', () => {
    const spinning = ids(['no-spinning-core']);
    const sleeping = ids(['no-spinning-core'], buildRows({ payloadBytes: 64, linkGbps: 100, spin: false }, FACTS));
    expect(spinning).not.toContain('dpdk');
    expect(sleeping).toContain('dpdk');
    expect(sleeping).not.toContain('kernel-busy-poll');
    expect(sleeping.length).toBeGreaterThan(spinning.length);
  });

  it('has a distinct label for every filter', () => {
    expect(new Set(FILTERS.map((f) => f.label)).size).toBe(FILTERS.length);
  });
});
