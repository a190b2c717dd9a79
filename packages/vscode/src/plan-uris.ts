import * as vscode from 'vscode';

/** Core works on plain paths; in VS Code they are the paths of one URI scheme and authority. */
export function uriToPath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath.replace(/\\/g, '/') : uri.path;
}
