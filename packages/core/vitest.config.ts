import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // A guard against hangs, not a speed check: property tests run hundreds of cases and
    // CI runs every package's tests at once on two cores.
    testTimeout: 60_000,
  },
});
