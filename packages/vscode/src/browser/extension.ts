import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateExtension, type KehoachApi } from '../activate.js';
import { LIST_BACKSTOP, LIST_YAML_FILES, type ListYamlFilesResult, PATH_EXISTS, READ_FILE, type ReadFileParams } from './protocol.js';
import { webUriConverters } from './web-uris.js';

/**
 * VS Code for the Web (vscode.dev, github.dev): the server runs in a Web Worker and
 * reads the workspace through these requests, answered with `workspace.fs`.
 */
export function activate(context: vscode.ExtensionContext): Promise<KehoachApi> {
  return activateExtension(context, (options, _output) => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const toUri = (path: string): vscode.Uri => (folder ? folder.with({ path }) : vscode.Uri.file(path));
    const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js').toString(true));
    // The worker runs from a blob: here and cannot tell where the extension is served: the
    // rule docs it carries (docs/rules/) are linked from the extension's own URL.
    const docsBase = `${vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(true)}/`;
    const initializationOptions = { ...(options.initializationOptions as Record<string, unknown> | undefined), docsBase };
    const client = new LanguageClient('kehoach', 'kehoach', worker, { ...options, initializationOptions, uriConverters: webUriConverters(folder) });
    client.onRequest(READ_FILE, async ({ path }: ReadFileParams) => {
      const uri = toUri(path);
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open) return open.getText();
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        return null;
      }
    });
    client.onRequest(PATH_EXISTS, async ({ path }: ReadFileParams) => {
      try {
        await vscode.workspace.fs.stat(toUri(path));
        return true;
      } catch {
        return false;
      }
    });
    client.onRequest(LIST_YAML_FILES, async (): Promise<ListYamlFilesResult> => {
      // Listed in name order, as the Node host lists, so that a cut falls at the same files.
      const found = await vscode.workspace.findFiles('**/*.{yaml,yml}', '**/node_modules/**', LIST_BACKSTOP + 1);
      const paths = found.map((u) => u.path).sort();
      return { paths: paths.slice(0, LIST_BACKSTOP), cut: paths.length > LIST_BACKSTOP };
    });
    return client;
  });
}

export function deactivate(): void {
  // The client is stopped by its disposable in context.subscriptions.
}
