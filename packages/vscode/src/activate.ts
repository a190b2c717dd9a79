import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { format, uiLocale, type UiLocale } from './messages.js';
import { newPlanCommand } from './new-plan-command.js';
import { DOCUMENT_SELECTOR, isKehoachFile } from './plan-files.js';
import { RESOLVED_SCHEME, ResolvedPlanProvider, exportPlan, showResolvedPlan, type ClientOf } from './plan-commands.js';
import { Preview } from './preview.js';
import { StatusBar } from './status-bar.js';
import { YAML_EXTENSION_ID, withoutDuplicates } from './yaml-interplay.js';
import { uriToPath } from './plan-uris.js';

export type ClientFactory = (options: LanguageClientOptions, output: vscode.LogOutputChannel) => BaseLanguageClient;

/** What the extension gives back from `activate` (the editor tests read the client's state). */
export interface KehoachApi {
  client(): BaseLanguageClient | undefined;
}

/** Plain data: configuration values are proxies, which a Web Worker's postMessage cannot clone. */
function settings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('kehoach');
  const raw = { locale: c.get('locale') ?? undefined, rules: c.get('rules') ?? {}, debounceMs: c.get('debounceMs'), maxFiles: c.get('maxFiles'), trace: { server: c.get('trace.server') } };
  return JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
}

/**
 * Shared by the desktop and the web entry points: they differ only in how the server
 * runs (a Node process or a Web Worker). Activation does nothing costly: the client
 * starts when a kehoach file is open or the workspace holds one.
 */
export async function activateExtension(context: vscode.ExtensionContext, createClient: ClientFactory): Promise<KehoachApi> {
  const locale = (): UiLocale => uiLocale(vscode.workspace.getConfiguration('kehoach').get('locale'));
  const output = vscode.window.createOutputChannel('kehoach', { log: true });
  let client: BaseLanguageClient | undefined;
  let starting: Promise<void> | undefined;

  const options = (): LanguageClientOptions => ({
    documentSelector: [...DOCUMENT_SELECTOR],
    outputChannel: output,
    synchronize: { configurationSection: 'kehoach' },
    initializationOptions: { kehoach: settings(), workspaceTrusted: vscode.workspace.isTrusted },
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => {
        const yamlActive = vscode.extensions.getExtension(YAML_EXTENSION_ID)?.isActive === true;
        next(uri, withoutDuplicates(uriToPath(uri), diagnostics, yamlActive));
      },
    },
  });

  const start = (): Promise<void> => {
    starting ??= (async () => {
      client = createClient(options(), output);
      await client.start();
      output.info(format(locale(), vscode.workspace.isTrusted ? 'kehoach started.' : 'kehoach started in restricted mode: built-in rules only, no plugin code is loaded.'));
    })();
    return starting;
  };
  const startFor = (doc: vscode.TextDocument): void => {
    if (!client && isKehoachFile(uriToPath(doc.uri), doc.languageId, doc.getText())) void start();
  };

  // Commands ask the server: started for them if no plan has started it yet.
  const running: ClientOf = async () => {
    await start();
    return client as BaseLanguageClient;
  };
  const statusBar = new StatusBar(locale);
  const resolved = new ResolvedPlanProvider(running);
  const preview = new Preview(locale, running);
  context.subscriptions.push(
    output,
    statusBar,
    preview,
    vscode.workspace.registerTextDocumentContentProvider(RESOLVED_SCHEME, resolved),
    vscode.workspace.onDidOpenTextDocument(startFor),
    vscode.workspace.onDidChangeTextDocument((e) => {
      startFor(e.document);
      for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === RESOLVED_SCHEME) resolved.refresh(vscode.Uri.parse(doc.uri.query));
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('kehoach.locale') || e.affectsConfiguration('workbench.colorTheme')) statusBar.update();
      if (e.affectsConfiguration('kehoach.server.path') && client) void vscode.commands.executeCommand('kehoach.restartServer');
    }),
    // Trust granted: start again so the server may load the workspace's plugins.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      statusBar.update();
      if (client) void vscode.commands.executeCommand('kehoach.restartServer');
    }),
    vscode.commands.registerCommand('kehoach.newPlan', () => newPlanCommand(running, locale())),
    vscode.commands.registerCommand('kehoach.showResolvedPlan', () => showResolvedPlan(locale())),
    vscode.commands.registerCommand('kehoach.preview', () => preview.show()),
    vscode.commands.registerCommand('kehoach.exportDocx', () => exportPlan(running, 'docx', locale())),
    vscode.commands.registerCommand('kehoach.exportHtml', () => exportPlan(running, 'html', locale())),
    vscode.commands.registerCommand('kehoach.exportMarkdown', () => exportPlan(running, 'md', locale())),
    vscode.commands.registerCommand('kehoach.restartServer', async () => {
      const old = client;
      client = undefined;
      starting = undefined;
      await old?.stop().catch(() => undefined);
      await start();
      void vscode.window.setStatusBarMessage(format(locale(), 'kehoach: server restarted'), 3000);
    }),
    { dispose: () => void client?.stop() },
  );

  for (const doc of vscode.workspace.textDocuments) startFor(doc);
  if (!client) {
    void vscode.workspace.findFiles('{**/*.kehoach.yaml,**/*.kehoach.yml,**/kehoach.config.yaml}', '**/node_modules/**', 1).then((found) => {
      if (found.length && !client) void start();
    });
  }
  return { client: () => client };
}
