import { defineConfig } from 'tsup';

export default defineConfig({
  // @kehoach/core, @kehoach/core/internal, @kehoach/core/testing: one shared build, split in chunks.
  entry: { index: 'src/index.ts', internal: 'src/internal.ts', 'testing/index': 'src/testing/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
});
