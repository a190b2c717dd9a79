import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Hang guards, not speed limits (10 minutes): the smoke tests only check the harness runs.
  test: { include: ['test/**/*.test.mjs'], testTimeout: 600_000, hookTimeout: 600_000 },
});
