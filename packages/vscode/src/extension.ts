import * as vscode from 'vscode';
import { SERVER_EXEC_ARGV } from '@kehoach/lsp/node-options';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateExtension, type KehoachApi } from './activate.js';

/**
 * VS Code desktop (and code-server): the bundled server (dist/server.mjs) runs in a
 * Node process next to the extension host. `kehoach.server.path` points at another
 * server for development (e.g. packages/lsp/dist/server.js of a checkout).
 */
export function activate(context: vscode.ExtensionContext): Promise<KehoachApi> {
  return activateExtension(context, (options, output) => {
    const custom = vscode.workspace.isTrusted ? vscode.workspace.getConfiguration('kehoach').get<string | null>('server.path') : undefined;
    const module = custom || vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.mjs').fsPath;
    if (custom) output.info(`kehoach.server.path: ${custom}`);
    const run = { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } };
    const server: ServerOptions = { run, debug: { ...run, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } } };
    return new LanguageClient('kehoach', 'kehoach', server, options);
  });
}

export function deactivate(): void {
  // The client is stopped by its disposable in context.subscriptions.
}
