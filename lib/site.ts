/** Where the static site is published; absolute URLs (sitemap, OpenGraph) are built from it. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');

export const SITE_NAME = 'Bypass';
export const SITE_DESCRIPTION =
  'An interactive course on kernel-bypass networking: how DPDK, RDMA, OpenOnload, busy polling, AF_XDP and io_uring take the kernel out of the data path, and what that costs.';

/** The card a link preview shows (public/og.png, 1200 × 630). */
export const OG_IMAGE = { url: '/og.png', width: 1200, height: 630, alt: 'Bypass: take the kernel out of the data path, and know what it costs' };
