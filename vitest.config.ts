import './tests/node20-polyfills.ts';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./', import.meta.url)) },
  },
  test: {
    globals: true,
    environment: 'node',
    // Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock,
    // so pure lib tests stay fast.
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/snippets/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
