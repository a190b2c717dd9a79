import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Rendering every example (DOCX packing, LibreOffice) on a shared 2-core machine can
    // take seconds; a timeout here is not an assertion about speed.
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
