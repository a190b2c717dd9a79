import * as vscode from 'vscode';
import { countDiagnostics } from './diagnostic-counts.js';
import { format, type UiLocale } from './messages.js';

/**
 * The workspace's kehoach errors and warnings, always in view; a click opens the
 * Problems panel. In an untrusted workspace it also says plugins are not loaded.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('kehoach.status', vscode.StatusBarAlignment.Left, 10);
  private readonly listener: vscode.Disposable;

  constructor(private locale: () => UiLocale) {
    this.item.name = 'kehoach';
    this.item.command = 'workbench.actions.view.problems';
    this.listener = vscode.languages.onDidChangeDiagnostics(() => this.update());
    this.update();
  }

  update(): void {
    const { errors, warnings } = countDiagnostics(vscode.languages.getDiagnostics());
    const l = this.locale();
    this.item.text = `$(checklist) kehoach $(error) ${errors} $(warning) ${warnings}`;
    const lines = [format(l, 'kehoach: {0} errors, {1} warnings in plans', errors, warnings)];
    if (!vscode.workspace.isTrusted) lines.push(format(l, 'Restricted mode: built-in rules run, plugin rules are not loaded.'));
    this.item.tooltip = lines.join('\n');
    this.item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.listener.dispose();
    this.item.dispose();
  }
}
