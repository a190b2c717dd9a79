import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Chromium, LibreOffice and DOCX packing on a shared 2-core machine can take
    // seconds; a timeout here is not an assertion about speed.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
