#!/usr/bin/env node
/**
 * kehoach-lsp: the language server as a Node process (stdio, IPC, socket). This file only
 * makes the connection and the Node host; the server itself is start-server.ts, the
 * same one the VS Code extension runs in a browser worker.
 */
import { getHeapStatistics } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { editorPlugins } from '@kehoach/plugin-host';
import pkg from '../package.json' with { type: 'json' };
import { DiskFileSystem, docsUrlResolver, exists, fullCollection, listYamlFiles } from './node-host.js';
import { startServer } from './start-server.js';

if (process.argv.includes('--version')) {
  console.log(`kehoach-lsp ${pkg.version}`);
  process.exit(0);
}

const connection = createConnection(ProposedFeatures.all);
const fail = (where: string, error: unknown): void =>
  connection.console.error(`[kehoach] ${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
// The server must outlive any input: a bug in one request never takes it down.
process.on('uncaughtException', (e) => fail('uncaught', e));
process.on('unhandledRejection', (e) => fail('unhandled rejection', e));

startServer(connection, {
  info: { name: 'kehoach-lsp', version: pkg.version },
  fs: new DiskFileSystem(),
  exists,
  listYamlFiles,
  docsUrl: docsUrlResolver(),
  plugins: (files, trusted) => editorPlugins(files, trusted),
  memory: { collect: fullCollection(), heapUsed: () => getHeapStatistics().used_heap_size },
  warmUp: !process.argv.includes('--no-warm-up'),
});
