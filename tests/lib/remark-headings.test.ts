import { collectHeadings, headingId } from '@/lib/mdx/remark-headings.mjs';
import { parseMdx } from '../content/site-index';

describe('heading ids', () => {
  it('are lower-case words joined by hyphens, without punctuation', () => {
    expect(headingId('Mempools and mbufs')).toBe('mempools-and-mbufs');
    expect(headingId('Why `rte_mempool_create` is wrong?')).toBe('why-rte_mempool_create-is-wrong');
  });

  it('include the text inside inline code and components', () => {
    const tree = parseMdx('## The `recv()` copy\n\n### What <Term id="napi">NAPI</Term> does\n');
    expect(collectHeadings(tree).map((h) => h.id)).toEqual(['the-recv-copy', 'what-napi-does']);
  });

  it('skip the page title and headings below level 4', () => {
    const tree = parseMdx('# Title\n\n## Two\n\n##### Five\n');
    expect(collectHeadings(tree).map((h) => h.id)).toEqual(['two']);
  });

  it('refuse a duplicate id, naming the file and both headings', () => {
    const tree = parseMdx('## Costs\n\n### Costs!\n');
    expect(() => collectHeadings(tree, 'content/lessons/x.mdx')).toThrow(
      /content\/lessons\/x\.mdx: duplicate heading id "costs" \("Costs!" repeats "Costs"\)/,
    );
  });
});
