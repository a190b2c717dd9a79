import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Hang guards, not speed limits: 10 minutes, so a busy machine never fails a test
    // (speed is measured by `pnpm bench`).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
