import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Hang guards, not speed limits: 10 minutes, so a busy machine never fails a test
    // (vitest's own default is 5 seconds).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
