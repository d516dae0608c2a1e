import { fileURLToPath } from 'node:url';
import createMDX from '@next/mdx';

// Turbopack passes loader options across a process boundary, so plugins are
// named by package name or absolute path (strings), never as functions.
const local = (file) => fileURLToPath(new URL(`./lib/mdx/${file}`, import.meta.url));

const withMDX = createMDX({
  extension: /\.mdx?$/,
  options: {
    remarkPlugins: [
      ['remark-gfm'],
      ['remark-frontmatter', ['yaml']],
      ['remark-mdx-frontmatter', { name: 'frontmatter' }],
      [local('remark-headings.mjs')],
    ],
    rehypePlugins: [[local('rehype-code.mjs')]],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default withMDX(nextConfig);
