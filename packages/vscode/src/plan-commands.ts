import { Project } from '@kehoach/core';
import * as vscode from 'vscode';
import { format, type UiLocale } from './messages.js';
import { resolvedPlanText } from './resolved-plan.js';
import { VscodeHost, uriToPath } from './vscode-host.js';

export const RESOLVED_SCHEME = 'kehoach-resolved';

/** The plan of a document, analysed through a Project (registry, templates, config). */
export async function analyse(uri: vscode.Uri) {
  const host = new VscodeHost(uri);
  const loaded = await new Project(host).analyze(uriToPath(uri));
  return loaded?.kind === 'plan' && loaded.analysis.plan ? loaded.analysis : undefined;
}

/** The active editor's plan file, or a message saying one must be open. */
export function activePlanUri(locale: UiLocale): vscode.Uri | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.languageId === 'yaml') return doc.uri;
  void vscode.window.showWarningMessage(format(locale, 'Open a plan file (*.kehoach.yaml) first.'));
  return undefined;
}

/** "Show resolved plan": a read-only YAML view of the plan after its templates, with provenance. */
export class ResolvedPlanProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly locale: () => UiLocale) {}

  static uriFor(plan: vscode.Uri): vscode.Uri {
    return vscode.Uri.from({ scheme: RESOLVED_SCHEME, path: `${plan.path}.resolved.yaml`, query: plan.toString() });
  }

  refresh(plan: vscode.Uri): void {
    this.changed.fire(ResolvedPlanProvider.uriFor(plan));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const plan = vscode.Uri.parse(uri.query);
    const analysis = await analyse(plan);
    if (!analysis) return `# ${format(this.locale(), '{0} is not a plan.', plan.path)}\n`;
    return resolvedPlanText(analysis, this.locale());
  }
}

export async function showResolvedPlan(locale: UiLocale): Promise<void> {
  const plan = activePlanUri(locale);
  if (!plan) return;
  const doc = await vscode.workspace.openTextDocument(ResolvedPlanProvider.uriFor(plan));
  await vscode.languages.setTextDocumentLanguage(doc, 'yaml');
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}

/** "Export to DOCX / HTML": the official document next to the plan. */
export async function exportPlan(kind: 'docx' | 'html', locale: UiLocale): Promise<void> {
  const plan = activePlanUri(locale);
  if (!plan) return;
  const analysis = await analyse(plan);
  if (!analysis) {
    void vscode.window.showErrorMessage(format(locale, '{0} is not a plan.', plan.path));
    return;
  }
  const { renderPlan } = await import('@kehoach/render');
  const target = plan.with({ path: plan.path.replace(/(\.kehoach)?\.ya?ml$/i, '') + `.${kind}` });
  const bytes = kind === 'docx' ? await renderPlan(analysis, { format: 'docx' }) : new TextEncoder().encode(await renderPlan(analysis, { format: 'html' }));
  await vscode.workspace.fs.writeFile(target, bytes);
  const open = format(locale, 'Open');
  const choice = await vscode.window.showInformationMessage(format(locale, 'Exported {0}', vscode.workspace.asRelativePath(target)), open);
  if (choice === open) await vscode.env.openExternal(target);
}
