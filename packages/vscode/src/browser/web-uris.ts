import * as vscode from 'vscode';

/**
 * The language service works on file:// paths. On the web the workspace is
 * `vscode-vfs://github/...` or `vscode-test-web://mount/...`: the client speaks file://
 * to the server for the workspace folder's scheme and authority and maps answers back,
 * so relative paths (`registry: ./agencies.yaml`) resolve as they do on disk.
 */
export function webUriConverters(folder: vscode.Uri | undefined) {
  return {
    code2Protocol: (uri: vscode.Uri): string =>
      folder && uri.scheme === folder.scheme && uri.authority === folder.authority ? vscode.Uri.file(uri.path).toString() : uri.toString(),
    protocol2Code: (value: string): vscode.Uri => {
      const uri = vscode.Uri.parse(value);
      return folder && uri.scheme === 'file' ? folder.with({ path: uri.path }) : uri;
    },
  };
}
