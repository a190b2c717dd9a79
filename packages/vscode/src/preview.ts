import * as vscode from 'vscode';
import { format, type UiLocale } from './messages.js';
import { activePlanUri, ask, REQUESTS, serverUri, type ClientOf, type Rendered } from './plan-commands.js';

/**
 * "Preview": the official document the server renders (`kehoach/render`, HTML) in a
 * webview beside the plan, redrawn as the plan changes. The webview runs no script.
 */
export class Preview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private plan: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listener = vscode.workspace.onDidChangeTextDocument((e) => {
    if (this.plan && e.document.uri.toString() === this.plan.toString()) this.schedule();
  });

  constructor(
    private readonly locale: () => UiLocale,
    private readonly client: ClientOf,
  ) {}

  async show(): Promise<void> {
    const plan = activePlanUri(this.locale());
    if (!plan) return;
    this.plan = plan;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('kehoach.preview', '', vscode.ViewColumn.Beside, { enableScripts: false });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = format(this.locale(), 'Preview: {0}', plan.path.split('/').pop() ?? '');
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    await this.draw(true);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.draw(), 300);
  }

  /** `tell`: say why the plan cannot be shown (when asked for it, not while typing). */
  private async draw(tell = false): Promise<void> {
    if (!this.panel || !this.plan) return;
    // A plan being typed may not render for a moment: the last drawing stays until it does.
    const rendered = await ask<Rendered>(this.client, REQUESTS.render, { textDocument: { uri: await serverUri(this.client, this.plan) }, format: 'html' }, tell);
    if (!rendered?.text || !this.panel) return;
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">`;
    this.panel.webview.html = rendered.text.includes('<head>') ? rendered.text.replace('<head>', `<head>${csp}`) : `${csp}${rendered.text}`;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listener.dispose();
    this.panel?.dispose();
  }
}
