import { defineConfig } from 'tsup';

export default defineConfig({
  // server.ts is the `kehoach-lsp` binary; index.ts exports the pure service for other hosts.
  entry: ['src/server.ts', 'src/index.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
});
