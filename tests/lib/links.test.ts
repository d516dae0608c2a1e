import { checkLink, type SiteIndex } from '@/lib/content/links';

const site: SiteIndex = {
  routes: new Set(['/', '/glossary/', '/lessons/dpdk/', '/lessons/rdma/']),
  anchors: new Map([
    ['/lessons/dpdk/', new Set(['mempools-and-mbufs'])],
    ['/glossary/', new Set(['napi'])],
  ]),
};

describe('checkLink', () => {
  it.each([
    ['https://doc.dpdk.org/guides/', null],
    ['/lessons/rdma/', null],
    ['/lessons/dpdk/#mempools-and-mbufs', null],
    ['#mempools-and-mbufs', null],
    ['/glossary/#napi', null],
  ])('accepts %s', (url, expected) => {
    expect(checkLink(url, '/lessons/dpdk/', site)).toBe(expected);
  });

  it.each([
    ['/lessons/onload/', /no page at \/lessons\/onload\//],
    ['/lessons/dpdk/#nope', /no #nope on \/lessons\/dpdk\//],
    ['#nope', /no #nope/],
    ['/glossary/#qp', /no #qp on \/glossary\//],
    ['/lessons/rdma', /trailing slash/],
    ['lessons/rdma/', /start internal links with \//],
    ['//example.com/x', /leave the site/],
  ])('refuses %s', (url, reason) => {
    expect(checkLink(url, '/lessons/dpdk/', site)).toMatch(reason);
  });
});
