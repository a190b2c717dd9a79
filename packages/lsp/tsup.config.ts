import { defineConfig } from 'tsup';

export default defineConfig({
  // server.ts is the `kehoach-lsp` binary (Node); start-server.ts the server for any
  // transport (`@kehoach/lsp/server`: the VS Code extension runs it in a Web Worker);
  // index.ts exports the pure service for other hosts; node-options.ts the flags to
  // start the server with.
  entry: ['src/server.ts', 'src/start-server.ts', 'src/index.ts', 'src/node-options.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/start-server.ts', 'src/node-options.ts'] },
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
});
