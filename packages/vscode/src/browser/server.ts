/**
 * The kehoach language server for VS Code for the Web: the same LanguageService as
 * packages/lsp's Node server, in a Web Worker, reading files through the client.
 */
import { CheckScheduler, LanguageService } from '@kehoach/lsp';
import { detectDocumentKind } from '@kehoach/core';
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  CodeActionKind,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CancellationToken,
} from 'vscode-languageserver/browser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LIST_YAML_FILES, READ_FILE, type ReadFileParams } from './protocol.js';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const documents = new TextDocuments(TextDocument);
const fs = { readFile: (path: string) => connection.sendRequest<string | null>(READ_FILE, { path } satisfies ReadFileParams).then((t) => t ?? undefined) };
let service = new LanguageService({ root: '/', fs });
const scheduler = new CheckScheduler(
  (path) => validate(path),
  (path) => service.debounceFor(path),
  { urgent: (path) => service.ws.documentAt(path) !== undefined },
);
// Documents opened before the workspace listing ends are checked once, after it.
scheduler.hold();

connection.onInitialize((params) => {
  const folder = params.workspaceFolders?.[0]?.uri;
  const root = folder ? decodeURIComponent(folder.replace(/^file:\/\//, '')) : '/';
  service = new LanguageService({ root, fs, snippets: params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true });
  const init = params.initializationOptions as { kehoach?: unknown } | undefined;
  service.configure(init?.kehoach);
  return {
    capabilities: {
      positionEncoding: 'utf-16',
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      completionProvider: { triggerCharacters: [':', '[', ',', '-'] },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      inlayHintProvider: true,
      documentFormattingProvider: true,
    },
    serverInfo: { name: 'kehoach-lsp (web)', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  try {
    const paths = await connection.sendRequest<string[]>(LIST_YAML_FILES);
    const ours: string[] = [];
    for (const path of paths) {
      const text = await fs.readFile(path);
      if (text !== undefined && detectDocumentKind(path, text)) ours.push(path);
    }
    await service.setWorkspaceFiles(ours);
    // The listing just read every file: check them all without reading them again.
    scheduler.schedule(service.knownPaths(), 0);
  } catch (e) {
    connection.console.error(`[kehoach] workspace: ${String(e)}`);
  } finally {
    scheduler.release();
  }
});

connection.onDidChangeConfiguration((change) => {
  service.configure((change.settings as { kehoach?: unknown } | undefined)?.kehoach);
  scheduler.schedule(service.everything(), 0);
});

documents.onDidChangeContent(({ document }) => scheduler.schedule(service.updateDocument(document.uri, document.version, document.getText())));
documents.onDidClose(({ document }) => scheduler.schedule(service.closeDocument(document.uri), 0));

async function validate(path: string): Promise<void> {
  try {
    const result = await service.diagnostics(path);
    if (service.ws.documentAt(path)?.version !== result.version) return;
    await connection.sendDiagnostics({ uri: result.uri, diagnostics: result.diagnostics, ...(result.version === undefined ? {} : { version: result.version }) });
  } catch (e) {
    connection.console.error(`[kehoach] diagnostics ${path}: ${String(e)}`);
  }
}

/** Errors become empty answers: the worker must outlive any input. */
function handle<P, R>(empty: R, run: (p: P) => Promise<R>) {
  return async (p: P, token: CancellationToken): Promise<R> => {
    try {
      const r = await run(p);
      return token.isCancellationRequested ? empty : r;
    } catch (e) {
      connection.console.error(`[kehoach] ${String(e)}`);
      return empty;
    }
  };
}

connection.onCompletion(handle(null, (p) => service.completion(p.textDocument.uri, p.position)));
connection.onHover(handle(null, (p) => service.hover(p.textDocument.uri, p.position)));
connection.onCodeAction(handle([], (p) => service.codeActions(p.textDocument.uri, p.range, p.context.only)));
connection.onDocumentSymbol(handle([], (p) => service.documentSymbols(p.textDocument.uri)));
connection.onFoldingRanges(handle([], (p) => service.foldingRanges(p.textDocument.uri)));
connection.onDefinition(handle([], (p) => service.definition(p.textDocument.uri, p.position)));
connection.onReferences(handle([], (p) => service.references(p.textDocument.uri, p.position, p.context.includeDeclaration)));
connection.languages.inlayHint.on(handle([], (p) => service.inlayHints(p.textDocument.uri, p.range)));
connection.onDocumentFormatting(handle([], (p) => service.format(p.textDocument.uri)));

documents.listen(connection);
connection.listen();
