import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const require = createRequire(import.meta.url);
const lspDir = dirname(require.resolve('@kehoach/lsp/package.json'));
const coreDir = dirname(require.resolve('@kehoach/core/package.json'));
const pluginHostDir = dirname(require.resolve('@kehoach/plugin-host/package.json'));

// The .vsix carries no node_modules: every dependency is bundled, `vscode` is the host's.
const bundled: Options = {
  noExternal: [/^(?!vscode$)/],
  external: ['vscode'],
  treeshake: true,
  minify: true,
  sourcemap: true,
  // core's `import "zod"` is dropped on purpose (zod has no side effects): not worth a warning.
  esbuildOptions: (options) => {
    options.logOverride = { 'ignored-bare-import': 'silent' };
  },
};

// The three builds run at once: clean once, before any of them writes.
rmSync('dist', { recursive: true, force: true });

export default defineConfig([
  {
    // The client VS Code desktop loads (CommonJS: VS Code 1.91 loads no ESM extensions).
    ...bundled,
    entry: { extension: 'src/extension.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    platform: 'node',
    target: 'node20',
    onSuccess: async () => {
      // The plan and report JSON Schemas, contributed to the YAML extension (`yamlValidation`).
      mkdirSync('schemas', { recursive: true });
      for (const name of ['plan.schema.json', 'report.schema.json']) cpSync(join(coreDir, 'schema', name), join('schemas', name));
      // The rule docs travel with the server: diagnostics link to docs/rules/<id>.md next to dist/.
      rmSync('docs', { recursive: true, force: true });
      cpSync(join(coreDir, 'docs', 'rules'), join('docs', 'rules'), { recursive: true });
    },
  },
  {
    // The language server of packages/lsp, built, with its dependencies inlined.
    ...bundled,
    entry: { server: join(lspDir, 'dist', 'server.js') },
    format: ['esm'],
    // One file: the renderer the server loads on first use is inlined, not a chunk.
    splitting: false,
    outExtension: () => ({ js: '.mjs' }),
    platform: 'node',
    target: 'node20',
    // vscode-languageserver is CommonJS and requires node built-ins.
    banner: { js: "import { createRequire as __kehoachRequire } from 'node:module'; const require = __kehoachRequire(import.meta.url);" },
  },
  {
    // The plugin worker the server starts in a trusted workspace, found next to the
    // server as ./worker.js (CommonJS: the .vsix has no package.json "type").
    ...bundled,
    entry: { worker: join(pluginHostDir, 'dist', 'worker.js') },
    format: ['cjs'],
    outExtension: () => ({ js: '.js' }),
    platform: 'node',
    target: 'node20',
  },
  {
    // VS Code for the Web: the client, and the server in a Web Worker.
    ...bundled,
    entry: { 'browser/extension': 'src/browser/extension.ts', 'browser/server': 'src/browser/server.ts' },
    format: ['cjs'],
    platform: 'browser',
    target: 'es2022',
  },
]);
