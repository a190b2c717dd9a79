import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/server.js (and core's dist) when missing or older than src/.
    globalSetup: ['test/global-setup.ts'],
    // Protocol and Neovim tests start real processes; generous limits for a busy machine
    // (these guard against hangs, they do not measure speed: that is `pnpm bench`).
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
