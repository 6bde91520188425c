import { configDefaults, defineConfig } from 'vitest/config';

// The example tests spawn build/bin/goro and Go binaries; they run in parallel
// files. The browser tests have their own config (tests/e2e/vitest.config.ts).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
