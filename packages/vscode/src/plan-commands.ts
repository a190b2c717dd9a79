import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { format, type UiLocale } from './messages.js';

export const RESOLVED_SCHEME = 'kehoach-resolved';

/** The server's requests (packages/lsp/README.md, "Requests"): the client only shows their answers. */
export const REQUESTS = {
  render: 'kehoach/render',
  resolve: 'kehoach/resolve',
  templates: 'kehoach/templates',
  newPlan: 'kehoach/newPlan',
} as const;

export interface Rendered {
  format: 'html' | 'docx' | 'md';
  fileName: string;
  text?: string;
  base64?: string;
}

/** The running client, started if need be (a command may come before any plan is open). */
export type ClientOf = () => Promise<BaseLanguageClient>;

/**
 * A request to the server; its refusal ("… không phải là tệp kế hoạch") is shown as the
 * server wrote it, and undefined comes back.
 */
export async function ask<R>(client: ClientOf, method: string, params: unknown, show = true): Promise<R | undefined> {
  try {
    const c = await client();
    return ((await c.sendRequest(method, params)) as R | null) ?? undefined;
  } catch (e) {
    if (show) void vscode.window.showErrorMessage(`kehoach: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

/** How the server names a document (the client's URI converters map web schemes). */
export async function serverUri(client: ClientOf, uri: vscode.Uri): Promise<string> {
  return (await client()).code2ProtocolConverter.asUri(uri);
}

/** The active editor's plan file, or a message saying one must be open. */
export function activePlanUri(locale: UiLocale): vscode.Uri | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId === 'yaml') return doc.uri;
  void vscode.window.showWarningMessage(format(locale, 'Open a plan file (*.kehoach.yaml) first.'));
  return undefined;
}

/** "Show resolved plan": a read-only YAML view of the plan after its templates (the server's `kehoach/resolve`). */
export class ResolvedPlanProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: ClientOf) {}

  static uriFor(plan: vscode.Uri): vscode.Uri {
    return vscode.Uri.from({ scheme: RESOLVED_SCHEME, path: `${plan.path}.resolved.yaml`, query: plan.toString() });
  }

  refresh(plan: vscode.Uri): void {
    this.changed.fire(ResolvedPlanProvider.uriFor(plan));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const plan = vscode.Uri.parse(uri.query);
    const answer = await ask<{ text: string }>(this.client, REQUESTS.resolve, { textDocument: { uri: await serverUri(this.client, plan) } });
    return answer?.text ?? '';
  }
}

export async function showResolvedPlan(locale: UiLocale): Promise<void> {
  const plan = activePlanUri(locale);
  if (!plan) return;
  const doc = await vscode.workspace.openTextDocument(ResolvedPlanProvider.uriFor(plan));
  await vscode.languages.setTextDocumentLanguage(doc, 'yaml');
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}

/** "Export to DOCX / HTML / Markdown": the official document, rendered by the server, next to the plan. */
export async function exportPlan(client: ClientOf, kind: 'docx' | 'html' | 'md', locale: UiLocale): Promise<void> {
  const plan = activePlanUri(locale);
  if (!plan) return;
  const rendered = await ask<Rendered>(client, REQUESTS.render, { textDocument: { uri: await serverUri(client, plan) }, format: kind });
  if (!rendered) return;
  const bytes = rendered.base64 !== undefined ? Uint8Array.from(atob(rendered.base64), (c) => c.charCodeAt(0)) : new TextEncoder().encode(rendered.text ?? '');
  const target = vscode.Uri.joinPath(plan, '..', rendered.fileName);
  await vscode.workspace.fs.writeFile(target, bytes);
  const open = format(locale, 'Open');
  const choice = await vscode.window.showInformationMessage(format(locale, 'Exported {0}', vscode.workspace.asRelativePath(target)), open);
  if (choice === open) await vscode.env.openExternal(target);
}
