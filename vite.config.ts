import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'data/**'],
    // Property tests and conformance suites are CPU-bound; two cores on CI.
    testTimeout: 30_000,
  },
});
