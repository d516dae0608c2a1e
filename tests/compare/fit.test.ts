import { FIT_QUESTIONS, rankTechniques } from '@/lib/compare/fit';
import { estimate, TECHNIQUE_IDS } from '@/lib/model';
import { FACTS } from './fixtures';

const settings = { payloadBytes: 64, linkGbps: 100 };
const fitting = (answers: Parameters<typeof rankTechniques>[0]) =>
  rankTechniques(answers, settings, FACTS)
    .filter((r) => r.fits)
    .map((r) => r.id);

describe('rankTechniques', () => {
  it('with no answers, every technique fits, ranked 1, 2, 3… by one-way median', () => {
    const results = rankTechniques({}, settings, FACTS);
    expect(results.every((r) => r.fits)).toBe(true);
    expect(results.map((r) => r.rank)).toEqual(TECHNIQUE_IDS.map((_, i) => i + 1));
    const medians = results.map((r) => r.medianNs ?? Infinity);
    expect(medians).toEqual([...medians].sort((a, b) => a - b));
  });

  it('needing TCP rules out the raw-frame paths and RDMA, and says why', () => {
    const results = rankTechniques({ needTcp: 'yes' }, settings, FACTS);
    expect(results.filter((r) => r.fits).map((r) => r.id).sort()).toEqual(['io-uring', 'kernel', 'kernel-busy-poll', 'onload']);
    for (const r of results.filter((x) => !x.fits)) {
      expect(r.rank).toBeNull();
      expect(r.reasons.some((x) => x.tone === 'against' && /TCP/.test(x.text))).toBe(true);
    }
    // Ruled-out techniques come after every fitting one.
    const firstOut = results.findIndex((r) => !r.fits);
    expect(results.slice(firstOut).every((r) => !r.fits)).toBe(true);
  });

  it('no code changes leaves the techniques whose code changes are "none"', () => {
    expect(fitting({ changeCode: 'no' }).sort()).toEqual(TECHNIQUE_IDS.filter((t) => FACTS[t].codeChanges.value === 'none').sort());
    expect(fitting({ changeCode: 'yes' })).toHaveLength(TECHNIQUE_IDS.length);
  });

  it('NICs you cannot choose rule out vendor and RDMA adapters, and warn about driver support', () => {
    const results = rankTechniques({ chooseNics: 'no' }, settings, FACTS);
    const byId = new Map(results.map((r) => [r.id, r]));
    expect(byId.get('onload')?.fits).toBe(false);
    expect(byId.get('ef-vi')?.fits).toBe(false);
    expect(byId.get('rdma')?.fits).toBe(false);
    expect(byId.get('dpdk')?.fits).toBe(true);
    expect(byId.get('dpdk')?.reasons.some((r) => r.tone === 'caution')).toBe(true);
  });

  it('no spinning core rules out busy polling and ranks the others by their sleeping latency', () => {
    const results = rankTechniques({ spinOk: 'no' }, settings, FACTS);
    const dpdk = results.find((r) => r.id === 'dpdk');
    expect(results.find((r) => r.id === 'kernel-busy-poll')?.fits).toBe(false);
    expect(dpdk?.medianNs).toBe(estimate({ technique: 'dpdk', ...settings, spin: false }).oneWay.medianNs);
    expect(dpdk?.medianNs).toBeGreaterThan(estimate({ technique: 'dpdk', ...settings }).oneWay.medianNs);
  });

  it('a peer you do not control rules out RDMA', () => {
    expect(fitting({ bothEnds: 'no' })).not.toContain('rdma');
    expect(fitting({ bothEnds: 'no' })).toHaveLength(TECHNIQUE_IDS.length - 1);
  });

  it('asks the questions from the issue, each with choices', () => {
    expect(FIT_QUESTIONS.map((q) => q.key)).toEqual(['changeCode', 'needTcp', 'chooseNics', 'spinOk', 'bothEnds']);
    for (const q of FIT_QUESTIONS) expect(q.options.length).toBeGreaterThanOrEqual(2);
  });
});
