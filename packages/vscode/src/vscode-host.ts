import { decodeUtf8, type ProjectHost, type SyntaxProblem } from '@kehoach/core';
import * as vscode from 'vscode';

/** Core works on plain paths; in VS Code they are the paths of one URI scheme and authority. */
export function uriToPath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath.replace(/\\/g, '/') : uri.path;
}

/**
 * Core's ProjectHost over VS Code: open documents first (unsaved text counts), then
 * `workspace.fs`, so it works on disk, in a remote and on vscode.dev alike.
 */
export class VscodeHost implements ProjectHost {
  readonly root: string;
  private readonly problems = new Map<string, readonly SyntaxProblem[]>();

  constructor(private readonly base: vscode.Uri) {
    const folder = vscode.workspace.getWorkspaceFolder(base)?.uri ?? base.with({ path: '/' });
    this.root = uriToPath(folder);
  }

  toUri(path: string): vscode.Uri {
    return this.base.scheme === 'file' ? vscode.Uri.file(path) : this.base.with({ path });
  }

  async readFile(path: string): Promise<string | undefined> {
    const uri = this.toUri(path);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      const { text, problems } = decodeUtf8(await vscode.workspace.fs.readFile(uri));
      this.problems.set(path, problems);
      return text;
    } catch {
      return undefined;
    }
  }

  problemsOf(path: string): readonly SyntaxProblem[] | undefined {
    return this.problems.get(path);
  }
}
