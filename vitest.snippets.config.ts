// The gcc suite: compiles every ```c block of the lessons against Debian's
// DPDK, rdma-core, liburing, libxdp and libbpf headers. Kept apart from
// vitest.config.ts so that `npm test` runs on machines without those headers.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import './tests/node20-polyfills.ts';

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/snippets/**/*.test.ts'],
    // One gcc run per block with the DPDK headers takes about a second on a
    // loaded 2-core machine; the default 5 s leaves too little margin.
    testTimeout: 60_000,
  },
});
