import { defineConfig } from 'tsup';

export default defineConfig({
  // The worker is its own entry: the isolate starts it by URL next to index.js.
  entry: ['src/index.ts', 'src/worker.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
});
