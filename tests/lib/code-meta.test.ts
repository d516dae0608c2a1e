import { parseCodeMeta } from '@/lib/mdx/code-meta.mjs';

describe('parseCodeMeta', () => {
  it('reads every option', () => {
    expect(parseCodeMeta('title="basicfwd.c (excerpt)" context=dpdk body {3,5-7} wrong nocopy')).toEqual({
      highlight: [3, 5, 6, 7], title: 'basicfwd.c (excerpt)', context: 'dpdk', body: true, wrong: true, nocopy: true,
    });
  });

  it('defaults to nothing special', () => {
    expect(parseCodeMeta(undefined)).toEqual({ highlight: [], body: false, wrong: false, nocopy: false });
  });

  it('merges and sorts overlapping ranges', () => {
    expect(parseCodeMeta('{4-5} {1,4}').highlight).toEqual([1, 4, 5]);
  });

  it.each([
    ['wrnog', /unknown code meta flag "wrnog"/],
    ['ctx=dpdk', /unknown code meta key "ctx"/],
    ['{5-2}', /bad line range "5-2"/],
    ['{a}', /bad line range "a"/],
    ['title="unclosed', /code meta/],
  ])('refuses %s', (meta, message) => {
    expect(() => parseCodeMeta(meta)).toThrow(message);
  });
});
