#!/usr/bin/env node
/**
 * kehoach-lsp: the language server as a Node process (stdio, IPC, socket). This file only
 * makes the connection and the Node host; the server itself is start-server.ts, the
 * same one the VS Code extension runs in a browser worker.
 */
import { format } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { editorPlugins } from '@kehoach/plugin-host';
import pkg from '../package.json' with { type: 'json' };
import { FrameGuard } from './frame-guard.js';
import { DiskFileSystem, docsUrlResolver, exists, fullCollection, listYamlFiles } from './node-host.js';
import { startServer } from './start-server.js';

if (process.argv.includes('--version')) {
  console.log(`kehoach-lsp ${pkg.version}`);
  process.exit(0);
}
// Run by hand (no transport, or --help): say how it is run, not a stack trace.
const TRANSPORT = /^--(stdio|node-ipc|socket=\d+|pipe=.+|clientProcessId=\d+)$/;
if (process.argv.some((a) => a === '--help' || a === '-h') || !process.argv.slice(2).some((a) => TRANSPORT.test(a))) {
  const help = process.argv.some((a) => a === '--help' || a === '-h');
  (help ? process.stdout : process.stderr).write(`kehoach-lsp: máy chủ ngôn ngữ (LSP) của kehoach, do trình soạn thảo chạy / the kehoach language server, started by an editor.
Cách dùng / usage: kehoach-lsp --stdio   (hoặc / or --node-ipc, --socket=<cổng>)
Cài cho VS Code, Neovim, Helix, Emacs / set up in an editor: https://github.com/kehoach/kehoach/blob/main/packages/lsp/README.md
`);
  process.exit(help ? 0 : 2);
}

// Over stdio the framing is checked first: a malformed header costs its own message
// only, never the next one (frame-guard.ts). Other transports are vscode-jsonrpc's own.
const stdio = process.argv.includes('--stdio');
const connection = stdio
  ? // Handed over as a stream, the library ends the server when stdin ends, as for stdin itself.
    createConnection(ProposedFeatures.all, process.stdin.pipe(new FrameGuard(dropped)), process.stdout)
  : createConnection(ProposedFeatures.all);
// What the library does for `--stdio` it finds itself: console output is the client's log, never stdout.
if (stdio) {
  const to = (write: (message: string) => void) => (...args: unknown[]): void => write(format(...args));
  console.log = console.info = console.debug = to((m) => connection.console.log(m));
  console.warn = to((m) => connection.console.warn(m));
  console.error = to((m) => connection.console.error(m));
}

function dropped(reason: string): void {
  process.stderr.write(`[kehoach] bỏ qua một thông điệp có phần đầu sai / dropped a message with a malformed header: ${reason}\n`);
}

const fail = (where: string, error: unknown): void =>
  connection.console.error(`[kehoach] ${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
// The server must outlive any input: a bug in one request never takes it down.
process.on('uncaughtException', (e) => fail('uncaught', e));
process.on('unhandledRejection', (e) => fail('unhandled rejection', e));

startServer(connection, {
  info: { name: 'kehoach-lsp', version: pkg.version },
  fs: new DiskFileSystem(),
  exists,
  listYamlFiles: (folders, stopped) => listYamlFiles(folders, stopped ? { stopped } : {}),
  docsUrl: docsUrlResolver(),
  plugins: (files, trusted) => editorPlugins(files, trusted),
  memory: { collect: fullCollection(), heapUsed: () => getHeapStatistics().used_heap_size },
  warmUp: !process.argv.includes('--no-warm-up'),
});
