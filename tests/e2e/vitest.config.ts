import { defineConfig } from 'vitest/config';

// The browser tests: the built site (dist/) in Debian's Chromium. They run on
// their own, after the other suites, so a busy machine does not slow the page
// they time Stop on.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
