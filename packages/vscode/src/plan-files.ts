import { detectDocumentKind } from '@kehoach/core';

/**
 * How the extension recognises its files (the same test as the server and the CLI):
 * `*.kehoach.yaml` / `*.kehoach.yml` whatever they say, `kehoach.config.yaml`, and any
 * YAML file whose top level says `kind: plan`, `kind: registry` or `kind: template`.
 * Other YAML files (CI configs, docker-compose...) never start the server.
 */
export function isKehoachFile(path: string, languageId: string, text: string): boolean {
  if (languageId !== 'yaml') return false;
  return detectDocumentKind(path, text) !== undefined;
}

/** The document selector of the language client: YAML on disk, unsaved and in the browser. */
export const DOCUMENT_SELECTOR = [
  { language: 'yaml', scheme: 'file' },
  { language: 'yaml', scheme: 'untitled' },
  { language: 'yaml', scheme: 'vscode-vfs' },
  { language: 'yaml', scheme: 'vscode-test-web' },
] as const;
