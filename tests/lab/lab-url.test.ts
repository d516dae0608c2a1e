import { decodeLabView, DEFAULT_LAB_VIEW, encodeLabView, type LabView } from '@/lib/lab/lab-url';
import { TECHNIQUE_IDS } from '@/lib/model';
import { seeded } from '../compare/fixtures';

describe('lab view in the URL', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeLabView(DEFAULT_LAB_VIEW).toString()).toBe('');
    expect(decodeLabView(new URLSearchParams()).value).toEqual(DEFAULT_LAB_VIEW);
  });

  it('round-trips techniques, view, focus and seed', () => {
    const rand = seeded(3);
    for (let i = 0; i < 200; i++) {
      const techniques = TECHNIQUE_IDS.filter(() => rand() < 0.5);
      if (techniques.length === 0) continue;
      const view: LabView = {
        techniques,
        dist: rand() < 0.5 ? 'cdf' : 'histogram',
        focus: techniques[Math.floor(rand() * techniques.length)]!,
        seed: Math.floor(rand() * 1e6),
      };
      const decoded = decodeLabView(new URLSearchParams(encodeLabView(view).toString()));
      expect(decoded.problems).toEqual([]);
      expect(decoded.value).toEqual(view);
    }
  });

  it('draws the first chosen technique when the focus is not among them, and says so', () => {
    const { value, problems } = decodeLabView(new URLSearchParams('techniques=dpdk,rdma&focus=kernel'));
    expect(value.focus).toBe('dpdk');
    expect(problems).toEqual([{ param: 'focus', value: 'kernel', reason: 'not one of the techniques compared' }]);
  });

  it('drops a bad view or seed with a reason', () => {
    const { value, problems } = decodeLabView(new URLSearchParams('dist=violin&seed=-4'));
    expect(value.dist).toBe('cdf');
    expect(value.seed).toBe(DEFAULT_LAB_VIEW.seed);
    expect(problems.map((p) => p.param)).toEqual(['dist', 'seed']);
  });
});
