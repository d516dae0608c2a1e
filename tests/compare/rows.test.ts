import { buildRows } from '@/lib/compare/rows';
import { estimate, TECHNIQUE_IDS, TECHNIQUES } from '@/lib/model';
import { FACTS } from './fixtures';

describe('buildRows', () => {
  it('gives one row per technique, in course order, with the model\'s numbers for the settings', () => {
    const settings = { payloadBytes: 1024, linkGbps: 25, switchHops: 2 };
    const rows = buildRows(settings, FACTS);
    expect(rows.map((r) => r.id)).toEqual(TECHNIQUE_IDS);
    for (const r of rows) {
      expect(r.scenario).toMatchObject({ ...settings, technique: r.id });
      expect(r.estimate).toEqual(estimate(r.scenario));
      expect(r.facts.id).toBe(r.id);
    }
  });

  it('runs UDP, and says so, where a technique has no TCP stack', () => {
    const rows = buildRows({ payloadBytes: 64, linkGbps: 100, protocol: 'tcp' }, FACTS);
    for (const r of rows) {
      const info = TECHNIQUES[r.id];
      if (info.protocols.includes('tcp')) {
        expect(r.scenario.protocol).toBe('tcp');
      } else if (info.protocols.length > 0) {
        expect(r.scenario.protocol).toBeUndefined();
        expect(r.note).toMatch(/UDP/);
      }
      expect(r.error).toBeNull();
    }
  });

  it('turns a scenario the model refuses into a row that says why, instead of throwing', () => {
    const rows = buildRows({ payloadBytes: 0, linkGbps: 100 }, FACTS);
    expect(rows).toHaveLength(TECHNIQUE_IDS.length);
    for (const r of rows) {
      expect(r.estimate).toBeNull();
      expect(r.error).toMatch(/payloadBytes/);
    }
  });
});
