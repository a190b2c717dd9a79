import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Hang guards only: the end-to-end test installs from a real registry, which takes
    // what it takes on a busy machine.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
