import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // End-to-end suites bind loopback ports and spawn child processes; two cores here.
    pool: 'forks',
    maxWorkers: 2,
  },
});
