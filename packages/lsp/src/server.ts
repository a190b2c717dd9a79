#!/usr/bin/env node
/**
 * kehoach-lsp: the Language Server Protocol over the pure LanguageService. This file
 * only wires the connection: documents, debounce, cancellation, settings, watched
 * files and the workspace scan. Every feature lives in ./service.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CancellationToken,
  type CodeActionParams,
  type CompletionParams,
  type DocumentFormattingParams,
  type DocumentSymbolParams,
  type FoldingRangeParams,
  type HoverParams,
  type InitializeParams,
  type InlayHintParams,
  type PrepareRenameParams,
  type ReferenceParams,
  type DefinitionParams,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver/node';
import { format } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pick } from '@kehoach/core';
import { editorPlugins, type EditorPlugins } from '@kehoach/plugin-host';
import { clampParams } from './clamp-positions.js';
import { FrameGuard } from './frame-guard.js';
import { DiskFileSystem, commonRoot, docsUrlResolver, fullCollection, scanWorkspace } from './node-host.js';
import { FIX_ALL_KIND } from './service/code-actions.js';
import { LanguageService } from './service/language-service.js';
import { MemoryKeeper } from './service/memory.js';
import { warmUp } from './service/warm-up.js';
import { CheckScheduler } from './service/scheduler.js';
import { parseSettings } from './service/settings.js';
import { uriToPath } from './service/uri.js';

if (process.argv.includes('--version')) {
  console.log('kehoach-lsp 0.1.0');
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
const documents = new TextDocuments(TextDocument);
const disk = new DiskFileSystem();
let service = new LanguageService({ root: '/', fs: disk });
// Reads `service` at each call: initialize replaces it with the workspace's own.
const scheduler = new CheckScheduler(
  (path) => validate(path),
  (path) => service.debounceFor(path),
  { urgent: (path) => service.ws.documentAt(path) !== undefined },
);
// Documents opened before the workspace scan ends are checked once, after it.
scheduler.hold();
// The texts of large documents replaced at each keystroke are collected between checks.
const memory = new MemoryKeeper({
  // Checks of closed files (the workspace being read) may wait for a collection; an open document's may not.
  busy: () => !scheduler.urgentIdle(),
  collect: fullCollection(),
  heapUsed: () => getHeapStatistics().used_heap_size,
  onCollect: (bytes, ms) => {
    const mib = (n: number): number => Math.round(n / 1048576);
    const m = process.memoryUsage();
    verbose(`gc: ${mib(bytes)} MiB of replaced text, ${Math.round(ms)} ms; heap ${mib(m.heapUsed)}/${mib(m.heapTotal)} MiB, external ${mib(m.external)} MiB, rss ${mib(m.rss)} MiB`);
  },
});
let folders: string[] = [];
let canPullConfiguration = false;
let initialSettings: unknown;
/** Plugin rules, run only when the client says the workspace is trusted; else the notice that they did not. */
let editor: EditorPlugins | undefined;

const log = (message: string): void => connection.console.log(`[kehoach] ${message}`);
const fail = (where: string, error: unknown): void =>
  connection.console.error(`[kehoach] ${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
const verbose = (message: string): void => {
  if (service.settings.trace === 'verbose') log(message);
};

// The server must outlive any input: a bug in one request never takes it down.
process.on('uncaughtException', (e) => fail('uncaught', e));
process.on('unhandledRejection', (e) => fail('unhandled rejection', e));

connection.onInitialize(async (params: InitializeParams) => {
  // Before the first document: its first keystrokes then run compiled code (see warm-up.ts).
  if (!process.argv.includes('--no-warm-up')) {
    await warmUp().catch(() => undefined);
    // What the warm-up left is garbage: give it back before the workspace is read.
    memory.collectNow();
  }
  const caps = params.capabilities;
  canPullConfiguration = caps.workspace?.configuration === true;
  folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri));
  if (folders.length === 0 && params.rootUri) folders = [uriToPath(params.rootUri)];
  const options = (params.initializationOptions ?? {}) as { settings?: unknown; trusted?: unknown; workspaceTrusted?: unknown };
  initialSettings = options.settings ?? params.initializationOptions;
  // Plugin code runs only in a workspace the editor trusts (VS Code sends workspace.isTrusted);
  // a client that says nothing gets built-in rules and one information message.
  const trusted = options.trusted === true || options.workspaceTrusted === true;
  service = new LanguageService({
    root: commonRoot(folders),
    fs: disk,
    docsUrl: docsUrlResolver(),
    snippets: caps.textDocument?.completion?.completionItem?.snippetSupport === true,
    snippetEdits: caps.workspace?.workspaceEdit?.snippetEditSupport === true,
    plugins: (files) => (editor = editorPlugins(files, trusted)).plugins,
  });
  service.configure((initialSettings as { kehoach?: unknown } | undefined)?.kehoach ?? initialSettings);
  return {
    capabilities: {
      positionEncoding: 'utf-16',
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      completionProvider: { triggerCharacters: [':', '[', ',', '-'] },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      workspaceSymbolProvider: true,
      inlayHintProvider: true,
      documentFormattingProvider: true,
      workspace: { workspaceFolders: { supported: true } },
    },
    serverInfo: { name: 'kehoach-lsp', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  try {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'kehoach' }).catch(() => undefined);
      await pullSettings();
    }
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] })
      .catch(() => undefined);
    const started = Date.now();
    const files = await scanWorkspace(folders, disk);
    await service.setWorkspaceFiles(files);
    log(`${files.length} kế hoạch/danh mục/cấu hình trong ${folders.join(', ') || '(no folder)'} (${Date.now() - started} ms)`);
    // The scan just read every file: check them all without reading them again.
    scheduler.schedule(service.knownPaths(), 0);
  } catch (e) {
    fail('initialized', e);
  } finally {
    scheduler.release();
  }
});

async function pullSettings(): Promise<void> {
  try {
    const [section] = (await connection.workspace.getConfiguration([{ section: 'kehoach' }])) as unknown[];
    service.configure(section ?? initialSettings);
  } catch (e) {
    fail('workspace/configuration', e);
  }
}

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfiguration) await pullSettings();
  else service.configure((change.settings as { kehoach?: unknown } | undefined)?.kehoach ?? change.settings);
  scheduler.schedule(service.everything(), 0);
});

// ---- documents: debounced, versioned diagnostics ---------------------------------

// The buffer's line offsets are computed on its first incremental change: for a 3 MB
// plan that is 30-45 ms the first keystroke would wait for. Compute them on open instead.
documents.onDidOpen(({ document }) => {
  void document.lineCount;
});

documents.onDidChangeContent(({ document }) => {
  try {
    const text = document.getText();
    memory.replacedText(text.length);
    scheduler.schedule(service.updateDocument(document.uri, document.version, text));
  } catch (e) {
    fail('didChange', e);
  }
});

documents.onDidClose(({ document }) => {
  try {
    memory.closed(uriToPath(document.uri));
    scheduler.schedule(service.closeDocument(document.uri), 0);
  } catch (e) {
    fail('didClose', e);
  }
});

async function validate(path: string): Promise<void> {
  try {
    const started = Date.now();
    const result = await service.diagnostics(path);
    // Never publish what was computed for an older text (of this file or of one it
    // depends on): the change that made it stale has scheduled a newer check.
    if (!service.isCurrent(path, result)) return;
    const doc = service.ws.documentAt(path);
    if (doc) memory.publishing(path, doc.text.length);
    await connection.sendDiagnostics({ uri: result.uri, diagnostics: result.diagnostics, ...(result.version === undefined ? {} : { version: result.version }) });
    // Asked only for published results, so a stale one never uses up the once-per-session notice.
    const notice = editor?.noticeFor(result);
    // A notification (window/showMessage), not showInformationMessage's request: nothing to answer.
    if (notice) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: pick(notice, result.locale ?? 'vi') });
    verbose(`${path}@${result.version ?? 'disk'}: ${result.diagnostics.length} diagnostics in ${Date.now() - started} ms`);
  } catch (e) {
    fail(`diagnostics ${path}`, e);
  } finally {
    memory.checked(!service.ws.documentAt(path));
  }
}

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  for (const change of changes) {
    try {
      const path = uriToPath(change.uri);
      const kind = change.type === FileChangeType.Created ? 'created' : change.type === FileChangeType.Deleted ? 'deleted' : 'changed';
      const affected = await service.fileChanged(path, kind);
      if (/kehoach\.config\.ya?ml$/.test(path)) scheduler.schedule(service.everything(), 0);
      else scheduler.schedule(affected, 0);
    } catch (e) {
      fail('didChangeWatchedFiles', e);
    }
  }
});

// ---- requests: errors become empty answers; work for a stale text is dropped ------

const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');

function handle<P, R>(name: string, empty: R, run: (params: P) => Promise<R>, uriOf?: (params: P) => string) {
  return async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
    if (token.isCancellationRequested) return cancelled();
    const started = Date.now();
    try {
      const uri = uriOf?.(params);
      const before = uri ? service.ws.document(uri)?.version : undefined;
      // Positions inside the document before any work: one far past a line's end costs nothing.
      const result = await run(clampParams(params, (u) => documents.get(u)));
      if (token.isCancellationRequested) return cancelled();
      // The text changed while we worked: the answer would point at the wrong places.
      if (uri && service.ws.document(uri)?.version !== before) return empty;
      verbose(`${name} ${Date.now() - started} ms`);
      return result;
    } catch (e) {
      fail(name, e);
      return empty;
    }
  };
}

type WithDoc = { textDocument: { uri: string } };
const doc = (p: WithDoc): string => p.textDocument.uri;

connection.onCompletion(handle('completion', null, (p: CompletionParams) => service.completion(p.textDocument.uri, p.position), doc));
connection.onHover(handle('hover', null, (p: HoverParams) => service.hover(p.textDocument.uri, p.position), doc));
connection.onCodeAction(handle('codeAction', [], (p: CodeActionParams) => service.codeActions(p.textDocument.uri, p.range, p.context.only), doc));
connection.onDocumentSymbol(handle('documentSymbol', [], (p: DocumentSymbolParams) => service.documentSymbols(p.textDocument.uri), doc));
connection.onFoldingRanges(handle('foldingRange', [], (p: FoldingRangeParams) => service.foldingRanges(p.textDocument.uri), doc));
connection.onDefinition(handle('definition', [], (p: DefinitionParams) => service.definition(p.textDocument.uri, p.position), doc));
connection.onReferences(
  handle('references', [], (p: ReferenceParams) => service.references(p.textDocument.uri, p.position, p.context.includeDeclaration), doc),
);
connection.onWorkspaceSymbol(handle('workspaceSymbol', [], (p: WorkspaceSymbolParams) => service.workspaceSymbols(p.query)));
connection.languages.inlayHint.on(handle('inlayHint', [], (p: InlayHintParams) => service.inlayHints(p.textDocument.uri, p.range), doc));
connection.onDocumentFormatting(handle('formatting', [], (p: DocumentFormattingParams) => service.format(p.textDocument.uri), doc));

connection.onPrepareRename(
  handle('prepareRename', null, async (p: PrepareRenameParams) => {
    const r = await service.prepareRename(p.textDocument.uri, p.position);
    if (!r.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, r.message);
    return r.value;
  }, doc),
);
connection.onRenameRequest(async (p, token) => {
  try {
    if (token.isCancellationRequested) return cancelled();
    const { position } = clampParams(p, (u) => documents.get(u));
    const r = await service.rename(p.textDocument.uri, position, p.newName);
    if (token.isCancellationRequested) return cancelled();
    return r.ok ? r.value : new ResponseError(LSPErrorCodes.RequestFailed, r.message);
  } catch (e) {
    fail('rename', e);
    return null;
  }
});

documents.listen(connection);
// The plugin worker must not outlive the server.
connection.onShutdown(async () => {
  await editor?.close();
});

connection.listen();
