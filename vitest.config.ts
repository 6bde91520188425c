import { defineConfig } from 'vitest/config';

// The example tests spawn build/bin/goro and Go binaries; they run in parallel files.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
