import {
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type CodeActionParams,
  type CompletionParams,
  type DefinitionParams,
  type DocumentFormattingParams,
  type DocumentSymbolParams,
  type FoldingRangeParams,
  type HoverParams,
  type InlayHintParams,
  type PrepareRenameParams,
  type ReferenceParams,
  type RenameParams,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver';
import type { LanguageService } from './service/language-service.js';
import { clampParams, type DocumentLines } from './clamp-positions.js';
import type { ServerConnection } from './start-server.js';

/** What the request handlers share with the server. */
export interface Served {
  /** The current service (initialize replaces the first one). */
  service(): LanguageService;
  /** Resolves once the workspace is scanned. */
  ready(): Promise<void>;
  connection: ServerConnection;
  fail(where: string, error: unknown): void;
  verbose(message: string): void;
  /** An open document's lines, to clamp request positions against. */
  documentOf(uri: string): DocumentLines | undefined;
}

/**
 * A refusal the user must read (rename: "this cannot be renamed, because..."), carried
 * through the request wrapper as the error the client shows, never logged as a failure.
 */
export class Refusal extends Error {}

const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');

interface HandleOptions<P> {
  /** The document the answer is about: dropped when its text changed meanwhile. */
  uriOf?: (params: P) => string;
  /**
   * Keep an answer computed for an older text of the document. Completion does: the
   * client filters it by what was typed since (dropping it showed "No suggestions"
   * while the author typed on).
   */
  keepStale?: boolean;
}

/** Errors become empty answers (the server outlives any input), refusals the client's error; work for a stale text is dropped. */
export function handler<P, R>(s: Served, name: string, empty: R, run: (params: P) => Promise<R>, options: HandleOptions<P> = {}) {
  return async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
    if (token.isCancellationRequested) return cancelled();
    const started = Date.now();
    try {
      const uri = options.uriOf?.(params);
      const before = uri ? s.service().ws.document(uri)?.version : undefined;
      // Positions inside the document before any work: one far past a line's end costs nothing.
      const result = await run(clampParams(params, (u) => s.documentOf(u)));
      if (token.isCancellationRequested) return cancelled();
      // The text changed while we worked: the answer would point at the wrong places.
      if (uri && !options.keepStale && s.service().ws.document(uri)?.version !== before) return empty;
      s.verbose(`${name} ${Date.now() - started} ms`);
      return result;
    } catch (e) {
      if (e instanceof Refusal) return new ResponseError(LSPErrorCodes.RequestFailed, e.message);
      s.fail(name, e);
      return empty;
    }
  };
}

type WithDoc = { textDocument: { uri: string } };
const doc = (p: WithDoc): string => p.textDocument.uri;

export function registerFeatures(s: Served): void {
  const { connection } = s;
  const service = (): LanguageService => s.service();
  connection.onCompletion(handler(s, 'completion', null, (p: CompletionParams) => service().completion(p.textDocument.uri, p.position), { uriOf: doc, keepStale: true }));
  connection.onHover(handler(s, 'hover', null, (p: HoverParams) => service().hover(p.textDocument.uri, p.position), { uriOf: doc }));
  connection.onCodeAction(handler(s, 'codeAction', [], (p: CodeActionParams) => service().codeActions(p.textDocument.uri, p.range, p.context.only), { uriOf: doc }));
  connection.onDocumentSymbol(handler(s, 'documentSymbol', [], (p: DocumentSymbolParams) => service().documentSymbols(p.textDocument.uri), { uriOf: doc }));
  connection.onFoldingRanges(handler(s, 'foldingRange', [], (p: FoldingRangeParams) => service().foldingRanges(p.textDocument.uri), { uriOf: doc }));
  connection.onDefinition(handler(s, 'definition', [], (p: DefinitionParams) => service().definition(p.textDocument.uri, p.position), { uriOf: doc }));
  connection.onReferences(
    handler(s, 'references', [], (p: ReferenceParams) => service().references(p.textDocument.uri, p.position, p.context.includeDeclaration), { uriOf: doc }),
  );
  connection.onWorkspaceSymbol(handler(s, 'workspaceSymbol', [], (p: WorkspaceSymbolParams) => service().workspaceSymbols(p.query)));
  connection.languages.inlayHint.on(handler(s, 'inlayHint', [], (p: InlayHintParams) => service().inlayHints(p.textDocument.uri, p.range), { uriOf: doc }));
  connection.onDocumentFormatting(handler(s, 'formatting', [], (p: DocumentFormattingParams) => service().format(p.textDocument.uri), { uriOf: doc }));

  // Why something cannot be renamed is the answer the author reads (in their language),
  // not a failure to log: the client shows the error's message.
  connection.onPrepareRename(
    handler(
      s,
      'prepareRename',
      null,
      async (p: PrepareRenameParams) => {
        const r = await service().prepareRename(p.textDocument.uri, p.position);
        if (!r.ok) throw new Refusal(r.message);
        return r.value;
      },
      { uriOf: doc },
    ),
  );
  connection.onRenameRequest(
    handler(
      s,
      'rename',
      null,
      async (p: RenameParams) => {
        const r = await service().rename(p.textDocument.uri, p.position, p.newName);
        if (!r.ok) throw new Refusal(r.message);
        return r.value;
      },
      { uriOf: doc },
    ),
  );
}
