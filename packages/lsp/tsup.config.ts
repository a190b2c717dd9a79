import { defineConfig } from 'tsup';

export default defineConfig({
  // server.ts is the `kehoach-lsp` binary; index.ts exports the pure service for other
  // hosts; node-options.ts the flags to start the server with.
  entry: ['src/server.ts', 'src/index.ts', 'src/node-options.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/node-options.ts'] },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
});
