// The gcc suite: compiles every ```c block of the lessons against Debian's
// DPDK, rdma-core, liburing, libxdp and libbpf headers. Kept apart from
// vitest.config.ts so that `npm test` runs on machines without those headers.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// vitest 5's reporter calls Map.groupBy (Node >= 21) when it prints a failure;
// on Node 20 it crashes instead, hiding gcc's diagnostics from the author.
// The reporter runs in this process, so the fallback goes here.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<T, K>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

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
