/**
 * How the extension recognises its files, to start the server only for them: the test
 * core's `detectDocumentKind` makes (test/units.test.ts holds the two to the same answers
 * on every example file), written out here so the client does not carry core (its
 * schemas would triple the client's size): `*.kehoach.yaml` / `*.kehoach.yml` and the
 * progress reports `*.baocao.yaml` whatever they say, `kehoach.config.yaml`, and any YAML
 * file whose top level says `kind: plan`, `kind: registry`, `kind: template` or `kind: report`. Other YAML files (CI configs, docker-compose...)
 * never start the server.
 */
const CONFIG_FILE = /^kehoach\.config\.ya?ml$/i;
const PLAN_FILE = /\.kehoach\.ya?ml$/i;
const REPORT_FILE = /\.baocao\.ya?ml$/i;
const KIND_LINE = /^kind:[ \t]*["']?(plan|registry|template|report)["']?[ \t]*(?:#.*)?$/m;

export function isKehoachFile(path: string, languageId: string, text: string): boolean {
  if (languageId !== 'yaml') return false;
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return CONFIG_FILE.test(name) || PLAN_FILE.test(name) || REPORT_FILE.test(name) || KIND_LINE.test(text);
}

/** The document selector of the language client: YAML on disk, unsaved and in the browser. */
export const DOCUMENT_SELECTOR = [
  { language: 'yaml', scheme: 'file' },
  { language: 'yaml', scheme: 'untitled' },
  { language: 'yaml', scheme: 'vscode-vfs' },
  { language: 'yaml', scheme: 'vscode-test-web' },
] as const;
