import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The registry test starts verdaccio and runs npm: give it room on a shared machine.
    hookTimeout: 120_000,
  },
});
