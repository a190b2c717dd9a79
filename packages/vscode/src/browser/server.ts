/**
 * The kehoach language server for VS Code for the Web: the same server as `kehoach-lsp`
 * (`@kehoach/lsp/server`), in a Web Worker, reading the workspace through the client
 * (see protocol.ts). This file only makes the connection and the host.
 */
import { startServer } from '@kehoach/lsp/server';
import lsp from '@kehoach/lsp/package.json' with { type: 'json' };
import { inSkippedFolder } from '@kehoach/core';
import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { LIST_YAML_FILES, type ListYamlFilesResult, PATH_EXISTS, READ_FILE, type ReadFileParams } from './protocol.js';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
const readFile = (path: string): Promise<string | undefined> =>
  connection.sendRequest<string | null>(READ_FILE, { path } satisfies ReadFileParams).then((t) => t ?? undefined);

startServer(connection, {
  info: { name: 'kehoach-lsp (web)', version: lsp.version },
  fs: { readFile },
  exists: (path) => connection.sendRequest<boolean>(PATH_EXISTS, { path } satisfies ReadFileParams).catch(() => false),
  // The editor's search cannot skip folders by name: the project policy's skipped folders are left out here.
  listYamlFiles: async (folders, stopped) => {
    const listed = await connection.sendRequest<ListYamlFilesResult>(LIST_YAML_FILES);
    // The client does not say where its listing stopped: the last path listed is the place.
    const last = listed.paths.at(-1);
    if (listed.cut && last) stopped?.(last.slice(0, last.lastIndexOf('/')) || '/');
    return listed.paths.filter((p) => !folders.some((f) => inSkippedFolder(f, p)));
  },
  // Rule docs: the client names where the extension serves them (initializationOptions.docsBase).
});
