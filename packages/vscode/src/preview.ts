import * as vscode from 'vscode';
import { format, type UiLocale } from './messages.js';
import { analyse, activePlanUri } from './plan-commands.js';

/**
 * "Preview": the rendered official document in a webview beside the plan, redrawn as
 * the plan changes. The webview runs no script: the HTML is the renderer's, as is.
 */
export class Preview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private plan: vscode.Uri | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listener = vscode.workspace.onDidChangeTextDocument((e) => {
    if (this.plan && e.document.uri.toString() === this.plan.toString()) this.schedule();
  });

  constructor(private readonly locale: () => UiLocale) {}

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
    await this.render();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), 300);
  }

  private async render(): Promise<void> {
    try {
      await this.draw();
    } catch (e) {
      // Shown, never thrown: a plan being typed may not render for a moment.
      const message = e instanceof Error ? e.message : String(e);
      if (this.panel) this.panel.webview.html = `<p>${format(this.locale(), 'Cannot render the plan: {0}', escapeHtml(message))}</p>`;
    }
  }

  private async draw(): Promise<void> {
    if (!this.panel || !this.plan) return;
    const analysis = await analyse(this.plan);
    if (!analysis) {
      this.panel.webview.html = `<p>${escapeHtml(format(this.locale(), '{0} is not a plan.', this.plan.path))}</p>`;
      return;
    }
    const { renderPlan } = await import('@kehoach/render');
    const html = await renderPlan(analysis, { format: 'html' });
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">`;
    this.panel.webview.html = html.includes('<head>') ? html.replace('<head>', `<head>${csp}`) : `${csp}${html}`;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listener.dispose();
    this.panel?.dispose();
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
