/** Where the static site is published; absolute URLs (sitemap, OpenGraph) are built from it. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

export const SITE_NAME = 'Bypass';
export const SITE_DESCRIPTION =
  'An interactive course on kernel-bypass networking: how DPDK, RDMA, OpenOnload, busy polling, AF_XDP and io_uring take the kernel out of the data path, and what that costs.';
