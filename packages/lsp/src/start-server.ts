/**
 * The kehoach language server, whatever carries it: `startServer(connection, host)` runs
 * the whole feature set over a connection; the entry files only make the connection
 * and the host (server.ts: a Node process over stdio or IPC; the VS Code extension's
 * browser/server.ts: a Web Worker reading files through the client). Everything the
 * two differ in is in `ServerHost`. Every feature lives in ./service.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BUILTIN_RULES, commonFolder, findProjectRoot, pick, type Message, type PluginHost, type PluginStatus, type ProjectHost } from '@kehoach/core';
import type { WorkspaceScan } from './service/language-service.js';
import { FIX_ALL_KIND } from './service/code-actions.js';
import { LanguageService } from './service/language-service.js';
import { MemoryKeeper } from './service/memory.js';
import { CheckScheduler } from './service/scheduler.js';
import { uriToPath } from './service/uri.js';
import { warmUp } from './service/warm-up.js';
import type { FileSystem } from './service/workspace.js';
import { registerRequests } from './server-requests.js';
import { registerFeatures, type Served } from './server-features.js';

/** Plugin rules for one session (see @kehoach/plugin-host's `editorPlugins`). */
export interface HostPlugins {
  /** Undefined in an untrusted workspace: built-in rules only. */
  plugins: PluginHost | undefined;
  /** The message to show once when a check skipped plugins. */
  noticeFor(check: { plugins?: PluginStatus } | undefined): Message | undefined;
  close(): Promise<void>;
}

/** What differs between the places the server runs. */
export interface ServerHost {
  /** `serverInfo` of the initialize answer. */
  info: { name: string; version: string };
  /** Reads the files that are not open (the disk; the editor's file system in a browser). */
  fs: FileSystem;
  /** Whether a file or folder exists: the project root is found by its configs and `.git` (core's policy). */
  exists(path: string): Promise<boolean>;
  /**
   * Every YAML file under the folders, as a list or as they are found (the server stops
   * asking once it has `kehoach.maxFiles` of the project's files); the server keeps the
   * project's (core's policy). A host that stops listing early on its own calls
   * `stopped` with the folder it was in, and the user is told.
   */
  listYamlFiles(folders: readonly string[], stopped?: (folder: string) => void): Promise<string[]> | AsyncIterable<string>;
  /** A rule's docs page, as a link the editor can open. */
  docsUrl?(ruleId: string): string | undefined;
  /** Plugin rules: loaded only when the client says the workspace is trusted. Absent: none. */
  plugins?(files: ProjectHost, trusted: boolean): HostPlugins;
  /** Where the runtime can collect garbage and tell the heap in use (Node). */
  memory?: { collect: (() => void) | undefined; heapUsed?: () => number };
  /** Warm the code up while answering initialize (see service/warm-up.ts). */
  warmUp?: boolean;
}

export type ServerConnection = ProposedFeatures.Connection;

function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

/**
 * Where a rule id links to: the client's `initializationOptions.docsBase` (a URL whose
 * folder holds `<rule id>.md` for the built-in rules: a web extension serves the docs it
 * carries, a team its own copy), else the host's docs.
 */
function docsLinks(host: ServerHost, docsBase: unknown): { docsUrl?: (ruleId: string) => string | undefined } {
  const base = typeof docsBase === 'string' && /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(docsBase) ? docsBase.replace(/\/?$/, '/') : undefined;
  if (base) return { docsUrl: (id) => (id in BUILTIN_RULES ? safely(() => new URL(`${encodeURIComponent(id)}.md`, base).href) : undefined) };
  return host.docsUrl ? { docsUrl: (id) => safely(() => host.docsUrl?.(id)) } : {};
}

export function startServer(connection: ServerConnection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  let service = new LanguageService({ root: '/', fs: host.fs });
  // Reads `service` at each call: initialize replaces it with the workspace's own.
  const scheduler = new CheckScheduler(
    (path) => validate(path),
    (path) => service.debounceFor(path),
    { urgent: (path) => service.ws.documentAt(path) !== undefined },
  );
  // Documents opened before the workspace scan ends are checked once, after it.
  scheduler.hold();
  // The texts of large documents replaced at each keystroke are collected between checks.
  const memory = new MemoryKeeper({
    // Checks of closed files (the workspace being read) may wait for a collection; an open document's may not.
    busy: () => !scheduler.urgentIdle(),
    collect: host.memory?.collect,
    ...(host.memory?.heapUsed ? { heapUsed: host.memory.heapUsed } : {}),
    onCollect: (bytes, ms) => verbose(`gc: ${Math.round(bytes / 1048576)} MiB of replaced text, ${Math.round(ms)} ms`),
  });
  let folders: string[] = [];
  let canPullConfiguration = false;
  let initialSettings: unknown;
  let editor: HostPlugins | undefined;

  const log = (message: string): void => connection.console.log(`[kehoach] ${message}`);
  const fail = (where: string, error: unknown): void =>
    connection.console.error(`[kehoach] ${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const verbose = (message: string): void => {
    if (service.settings.trace === 'verbose') log(message);
  };

  connection.onInitialize(async (params: InitializeParams): Promise<InitializeResult> => {
    // Before the first document: its first keystrokes then run compiled code (see warm-up.ts).
    if (host.warmUp) {
      await warmUp().catch(() => undefined);
      // What the warm-up left is garbage: give it back before the workspace is read.
      memory.collectNow();
    }
    const caps = params.capabilities;
    canPullConfiguration = caps.workspace?.configuration === true;
    folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri));
    if (folders.length === 0 && params.rootUri) folders = [uriToPath(params.rootUri)];
    const options = (params.initializationOptions ?? {}) as { settings?: unknown; trusted?: unknown; workspaceTrusted?: unknown; docsBase?: unknown };
    initialSettings = options.settings ?? params.initializationOptions;
    // Plugin code runs only in a workspace the editor trusts (VS Code sends workspaceTrusted,
    // other clients `trusted`); a client that says nothing gets built-in rules and one message.
    const trusted = options.trusted === true || options.workspaceTrusted === true;
    // The project root by core's policy, as `kehoach validate <folder>` finds it.
    const roots = await Promise.all(folders.map((f) => findProjectRoot(f, { exists: (p) => host.exists(p), readFile: (p) => host.fs.readFile(p) }).catch(() => f)));
    service = new LanguageService({
      root: roots.length ? commonFolder(roots) : '/',
      fs: host.fs,
      // A link the host cannot make is no link: never a lost diagnostic.
      ...docsLinks(host, options.docsBase),
      snippets: caps.textDocument?.completion?.completionItem?.snippetSupport === true,
      snippetEdits: caps.workspace?.workspaceEdit?.snippetEditSupport === true,
      ...(host.plugins ? { plugins: (files: ProjectHost) => (editor = host.plugins?.(files, trusted))?.plugins } : {}),
    });
    service.configure((initialSettings as { kehoach?: unknown } | undefined)?.kehoach ?? initialSettings);
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        // A space too: completion opens as soon as `lead: ` or `timeframe: ` is typed.
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        workspaceSymbolProvider: true,
        inlayHintProvider: true,
        documentFormattingProvider: true,
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: host.info,
    };
  });

  // The workspace scan: requests about the workspace (its templates, a new plan) wait for it.
  let scanned!: () => void;
  const ready = new Promise<void>((resolve) => (scanned = resolve));

  connection.onInitialized(async () => {
    try {
      if (canPullConfiguration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: 'kehoach' }).catch(() => undefined);
        await pullSettings();
      }
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] })
        .catch(() => undefined);
      const started = Date.now();
      const { files } = await scanWorkspace();
      log(`${files.length} kế hoạch/báo cáo/danh mục/cấu hình trong ${folders.join(', ') || '(no folder)'} (${Date.now() - started} ms)`);
      // Every file is checked now; the checks also learn which files read which.
      scheduler.schedule(service.knownPaths(), 0);
    } catch (e) {
      fail('initialized', e);
    } finally {
      scheduler.release();
      scanned();
    }
  });

  /** Limits the user was told the scan hit: each once a session. */
  const told = new Set<string>();
  const tell = (key: string, message: string): void => {
    log(message);
    if (told.has(key)) return;
    told.add(key);
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  };

  /** Scans run one after another: a rescan asked for during a scan starts after it. */
  let scans: Promise<unknown> = Promise.resolve();

  /** List and read the workspace (core's project policy), telling the user where a limit cut it short. */
  function scanWorkspace(): Promise<WorkspaceScan> {
    const run = async (): Promise<WorkspaceScan> => {
      let stoppedIn: string | undefined;
      const listing = await host.listYamlFiles(folders, (folder) => (stoppedIn ??= folder));
      // Every file is checked right after: the checks learn which files read which (no settling pass).
      const result = await service.scanWorkspace(folders, listing, { settle: false });
      if (result.cutOff) {
        const { folder, limit } = result.cutOff;
        const vi = limit.toLocaleString('vi-VN');
        const en = limit.toLocaleString('en-US');
        tell(
          `files:${limit}`,
          `kehoach: thư mục làm việc có hơn ${vi} tệp kế hoạch/báo cáo; chỉ ${vi} tệp đầu được kiểm tra, từ thư mục ${folder} trở đi thì không. Tăng thiết lập kehoach.maxFiles để kiểm tra hết. / ` +
            `The workspace holds more than ${en} plan/report files; only the first ${en} are checked, none from the folder ${folder} on. Raise the kehoach.maxFiles setting to check them all.`,
        );
      }
      if (stoppedIn !== undefined) {
        tell(
          'entries',
          `kehoach: thư mục làm việc quá lớn, đã dừng liệt kê tệp tại thư mục ${stoppedIn}; các tệp từ đó trở đi không được kiểm tra. Hãy mở thư mục chứa kế hoạch thay vì cả ổ đĩa hay thư mục nhà. / ` +
            `The workspace is too large: listing stopped in the folder ${stoppedIn}, and files from there on are not checked. Open the folder of your plans rather than a whole disk or home folder.`,
        );
      }
      return result;
    };
    const next = scans.then(run, run);
    scans = next.catch(() => undefined);
    return next;
  }

  /** The workspace's files listed again (a config's `ignore:`, the `maxFiles` setting): everything is checked again. */
  async function rescan(): Promise<void> {
    try {
      const { dropped } = await scanWorkspace();
      scheduler.schedule([...service.everything(), ...dropped], 0);
    } catch (e) {
      fail('rescan', e);
    }
  }

  async function pullSettings(): Promise<void> {
    try {
      const [section] = (await connection.workspace.getConfiguration([{ section: 'kehoach' }])) as unknown[];
      service.configure(section ?? initialSettings);
    } catch (e) {
      fail('workspace/configuration', e);
    }
  }

  connection.onDidChangeConfiguration(async (change) => {
    const maxFiles = service.settings.maxFiles;
    if (canPullConfiguration) await pullSettings();
    else service.configure((change.settings as { kehoach?: unknown } | undefined)?.kehoach ?? change.settings);
    // A new limit on the workspace's files: they are listed again (after the first scan).
    if (service.settings.maxFiles !== maxFiles) {
      await ready;
      await rescan();
      return;
    }
    scheduler.schedule(service.everything(), 0);
  });

  // ---- documents: debounced, versioned diagnostics -------------------------------

  // The buffer's line offsets are computed on its first incremental change: for a 3 MB
  // plan that is 30-45 ms the first keystroke would wait for. Compute them on open instead.
  documents.onDidOpen(({ document }) => {
    void document.lineCount;
  });

  documents.onDidChangeContent(({ document }) => {
    try {
      const text = document.getText();
      memory.replacedText(text.length);
      scheduler.schedule(service.updateDocument(document.uri, document.version, text));
    } catch (e) {
      fail('didChange', e);
    }
  });

  documents.onDidClose(({ document }) => {
    try {
      memory.closed(uriToPath(document.uri));
      scheduler.schedule(service.closeDocument(document.uri), 0);
    } catch (e) {
      fail('didClose', e);
    }
  });

  async function validate(path: string): Promise<void> {
    try {
      const started = Date.now();
      const result = await service.diagnostics(path);
      // Never publish what was computed for an older text (of this file or of one it
      // depends on): the change that made it stale has scheduled a newer check.
      if (!service.isCurrent(path, result)) return;
      const doc = service.ws.documentAt(path);
      if (doc) memory.publishing(path, doc.text.length);
      await connection.sendDiagnostics({ uri: result.uri, diagnostics: result.diagnostics, ...(result.version === undefined ? {} : { version: result.version }) });
      // Asked only for published results, so a stale one never uses up the once-per-session notice.
      const notice = editor?.noticeFor(result);
      // A notification (window/showMessage), not showInformationMessage's request: nothing to answer.
      if (notice) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: pick(notice, result.locale ?? 'vi') });
      verbose(`${path}@${result.version ?? 'disk'}: ${result.diagnostics.length} diagnostics in ${Date.now() - started} ms`);
    } catch (e) {
      fail(`diagnostics ${path}`, e);
    } finally {
      memory.checked(!service.ws.documentAt(path));
    }
  }

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    let configChanged = false;
    for (const change of changes) {
      try {
        const path = uriToPath(change.uri);
        const kind = change.type === FileChangeType.Created ? 'created' : change.type === FileChangeType.Deleted ? 'deleted' : 'changed';
        const affected = await service.fileChanged(path, kind);
        if (/kehoach\.config\.ya?ml$/.test(path)) configChanged = true;
        else scheduler.schedule(affected, 0);
      } catch (e) {
        fail('didChangeWatchedFiles', e);
      }
    }
    if (!configChanged) return;
    // A config decides which files are the project's (`ignore:`) and how every file is checked.
    await rescan();
  });

  const served: Served = { service: () => service, ready: () => ready, connection, fail, verbose, documentOf: (uri) => documents.get(uri) };
  registerFeatures(served);
  registerRequests(served);

  documents.listen(connection);
  // The plugin worker must not outlive the server.
  connection.onShutdown(async () => {
    await editor?.close();
  });
  connection.listen();
}
