import { builtinRules, dirname, type AnyRule, type Diagnostic, type Locale, type PluginHost, type PluginStatus, type ProjectHost } from '@kehoach/core';
import type {
  CodeAction,
  CompletionList,
  Diagnostic as LspDiagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  Position,
  Range,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { codeActions } from './code-actions.js';
import { completion } from './completion.js';
import { localeOf, type ServiceContext } from './context.js';
import { toLspDiagnostic } from './diagnostics.js';
import { foldingRanges } from './folding.js';
import { formatDocument } from './formatting.js';
import { hover } from './hover.js';
import { inlayHints } from './inlay-hints.js';
import { definition, references } from './navigation.js';
import { newPlan, renderDocument, resolvePlan, templateChoices, type NewPlanParams, type PlanResult, type Rendered, type TemplateChoice } from './plan-requests.js';
import { projectFile, projectFiles } from './project-files.js';
import { prepareRename, rename, type RenameResult } from './rename.js';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings.js';
import { documentSymbols } from './symbols.js';
import { uriToPath } from './uri.js';
import { workspaceSymbols } from './workspace-symbols.js';
import { Workspace, type FileSystem } from './workspace.js';

export interface LanguageServiceOptions {
  /** Absolute workspace root (forward slashes): files outside it are never followed. */
  root: string;
  /** Reads files that are not open (the disk for the server, a map in tests). */
  fs: FileSystem;
  /** Docs page of a rule (codeDescription.href, hover links). */
  docsUrl?(ruleId: string): string | undefined;
  rules?: ReadonlyMap<string, AnyRule>;
  settings?: Partial<Settings>;
  /** Client capabilities that change what the service returns. */
  snippets?: boolean;
  snippetEdits?: boolean;
  /**
   * Plugin rules: called once with the Project's own host, returns the plugin host to
   * run them with. Leave it out in an untrusted workspace: built-in rules only.
   */
  plugins?: (files: ProjectHost) => PluginHost | undefined;
}

/** What a workspace scan found. */
export interface WorkspaceScan {
  /** The project's files, in the order they were listed. */
  files: string[];
  /** Files known before the scan that are not any more: their diagnostics must be cleared. */
  dropped: string[];
  /**
   * Set when the folders hold more project files than `maxFiles`: the first file left
   * out and its folder (from there on in the listing's order, nothing is checked).
   */
  cutOff?: { file: string; folder: string; limit: number };
}

/** Diagnostics of one file as they should be published. */
export interface PublishedDiagnostics {
  uri: string;
  /** The open document's version they were computed for; undefined for files on disk. */
  version: number | undefined;
  diagnostics: LspDiagnostic[];
  /** The workspace generation of the path when the check started (see `isCurrent`). */
  generation: number;
  /** Plugins the check loaded and skipped: the server tells an untrusted workspace once. */
  plugins?: PluginStatus;
  /** The language the diagnostics speak, for the server's own messages. */
  locale?: Locale;
}

/**
 * The editor features of kehoach over documents and a workspace, with no LSP
 * connection: the server adapts it to the protocol, tests call it directly.
 */
export class LanguageService {
  readonly ws: Workspace;
  private readonly ctx: ServiceContext;
  /** The folders the user opened: the files under them are the workspace (core's project policy). */
  private folders: string[];

  constructor(options: LanguageServiceOptions) {
    const rules = options.rules ?? builtinRules;
    this.ws = new Workspace(options.root, options.fs, rules, options.plugins);
    const settings = { ...DEFAULT_SETTINGS, ...options.settings };
    this.ctx = {
      ws: this.ws,
      settings,
      rules,
      snippets: options.snippets ?? true,
      snippetEdits: options.snippetEdits ?? false,
      ...(options.docsUrl ? { docsUrl: options.docsUrl } : {}),
    };
    this.ws.setRuleOverrides(settings.rules);
    this.folders = [options.root];
  }

  get settings(): Settings {
    return this.ctx.settings;
  }

  /** New settings from the client (any shape: malformed parts fall back to defaults). */
  configure(raw: unknown): void {
    this.ctx.settings = parseSettings(raw);
    this.ws.setRuleOverrides(this.ctx.settings.rules);
  }

  // ---- documents and files: each returns the paths whose diagnostics may have changed

  openDocument(uri: string, version: number, text: string): string[] {
    const { doc, lookers } = this.ws.open(uri, version, text);
    return [...new Set([...this.ws.affectedBy(doc.path), ...lookers])];
  }

  updateDocument(uri: string, version: number, text: string): string[] {
    return this.openDocument(uri, version, text);
  }

  closeDocument(uri: string): string[] {
    const path = uriToPath(uri);
    const affected = this.ws.affectedBy(path);
    this.ws.close(uri);
    return affected;
  }

  /**
   * The workspace, by core's project policy: of `candidates` (every YAML file listed
   * under `folders`, the folders the user opened, as a list or as they are found), the
   * files `kehoach validate` would check there — at most `maxFiles` (the setting) of
   * them. Returns the paths kept, the paths that were known before and are not any more
   * (whose diagnostics must be cleared), and where the scan stopped if there were more.
   *
   * Then every file is read once more, so that the workspace knows which files read
   * which (a parent plan's children, a registry's plans) before anything changes —
   * unless `settle: false`: a host that checks every file right after (the server) lets
   * its checks learn that as they go, each file read once less. A plan changed before
   * the first check of a file reading it needs nothing more: that check is still to
   * come, and reads the new text.
   */
  async scanWorkspace(folders: readonly string[], candidates: Iterable<string> | AsyncIterable<string>, options: { settle?: boolean } = {}): Promise<WorkspaceScan> {
    this.folders = [...folders];
    const before = this.ws.knownPaths();
    const limit = this.ctx.settings.maxFiles;
    const { files, cutOff } = await projectFiles(this.ws, this.folders, candidates, limit);
    this.ws.setFiles(files);
    if (options.settle !== false) await this.ws.settle();
    const kept = new Set(this.ws.knownPaths());
    return {
      files: files.map((f) => f.path),
      dropped: before.filter((p) => !kept.has(p)),
      ...(cutOff === undefined ? {} : { cutOff: { file: cutOff, folder: dirname(cutOff), limit } }),
    };
  }

  /** The workspace is these files (tests, hosts that list kehoach files themselves), under the root folder. */
  async setWorkspaceFiles(paths: Iterable<string>): Promise<void> {
    await this.scanWorkspace([this.ws.root], paths);
  }

  /** A file changed on disk (watched files): created, changed or deleted. */
  async fileChanged(path: string, change: 'created' | 'changed' | 'deleted'): Promise<string[]> {
    const lookers: string[] = [];
    if (change === 'deleted') lookers.push(...this.ws.removeFile(path));
    else {
      const file = await projectFile(this.ws, this.folders, path);
      // A workspace already holding `maxFiles` files takes no more (the scan's limit).
      if (file && (this.ws.hasFile(path) || this.ws.fileCount() < this.ctx.settings.maxFiles)) lookers.push(...this.ws.addFile(path, file.number));
      else if (this.ws.hasFile(path)) lookers.push(...this.ws.removeFile(path));
    }
    if (this.ws.documentAt(path)) return lookers;
    const affected = this.ws.changed(path);
    // What the new file reads (its plan, registry, templates): known now, as for every file
    // after the scan. The files that name it by path knew it before it existed (they are
    // its dependents already), so nothing else is read again — except for a template
    // package being installed: a plan extending a package that was not there depends on
    // no file of it yet, and every file is read again to find those plans.
    if (change === 'created') {
      if (this.ws.hasFile(path)) await this.ws.learn(path);
      else if (path.includes('/node_modules/')) await this.ws.settle();
    }
    return [...new Set([path, ...affected, ...lookers, ...this.ws.dependentsOf(path)])];
  }

  /** Every file to check, keeping what was read (after the workspace scan). */
  knownPaths(): string[] {
    return this.ws.knownPaths();
  }

  /** Paths to check after settings or the whole workspace changed. */
  everything(): string[] {
    this.ws.reset();
    return this.ws.knownPaths();
  }

  uriOf(path: string): string {
    return this.ws.uriOf(path);
  }

  // ---- features --------------------------------------------------------------------

  async diagnostics(path: string): Promise<PublishedDiagnostics> {
    const uri = this.ws.uriOf(path);
    const generation = this.ws.generation(path);
    const doc = this.ws.documentAt(path);
    if (doc && !doc.kind) return { uri, version: doc.version, diagnostics: [], generation };
    // A file that is neither open nor part of the workspace (closed, deleted, outside the folders) shows nothing.
    if (!doc && !this.ws.hasFile(path)) return { uri, version: undefined, diagnostics: [], generation };
    const entry = this.ws.check(path);
    const check = await entry.promise;
    if (check) this.ws.rememberFacts(path, generation, check.analysis);
    // A closed file nothing reads is not kept once its diagnostics are computed.
    if (!doc) this.ws.release(path);
    if (!check) return { uri, version: entry.version, diagnostics: [], generation };
    const locale = localeOf(this.ctx, check);
    const convert = (d: Diagnostic): LspDiagnostic =>
      toLspDiagnostic(d, {
        locale,
        version: entry.version,
        source: check.analysis.source,
        uriOf: (p) => this.ws.uriOf(p),
        ...(this.ctx.docsUrl ? { docsUrl: this.ctx.docsUrl } : {}),
      });
    return {
      uri,
      version: entry.version,
      diagnostics: check.diagnostics.map(convert),
      generation,
      locale,
      ...(check.plugins ? { plugins: check.plugins } : {}),
    };
  }

  /**
   * How long to wait after a change before checking: the `debounceMs` setting, or
   * undefined for the automatic schedule (see CheckScheduler).
   */
  debounceFor(_path: string): number | undefined {
    return this.ctx.settings.debounceMs;
  }

  /**
   * Whether diagnostics computed for `path` still describe the workspace: false once
   * its text, a file it read (the parent plan, the registry, a template) or a config
   * or setting changed after the check started. Stale results are not published;
   * the change that made them stale has scheduled a new check.
   */
  isCurrent(path: string, result: PublishedDiagnostics): boolean {
    return this.ws.generation(path) === result.generation && this.ws.documentAt(path)?.version === result.version;
  }

  completion(uri: string, position: Position): Promise<CompletionList> {
    return completion(this.ctx, uri, position);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return hover(this.ctx, uri, position);
  }

  codeActions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
    return codeActions(this.ctx, uri, range, only);
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[]> {
    return documentSymbols(this.ctx, uri);
  }

  foldingRanges(uri: string): Promise<FoldingRange[]> {
    return foldingRanges(this.ctx, uri);
  }

  definition(uri: string, position: Position): Promise<Location[]> {
    return definition(this.ctx, uri, position);
  }

  references(uri: string, position: Position, includeDeclaration = true): Promise<Location[]> {
    return references(this.ctx, uri, position, includeDeclaration);
  }

  prepareRename(uri: string, position: Position): Promise<RenameResult<{ range: Range; placeholder: string }>> {
    return prepareRename(this.ctx, uri, position);
  }

  rename(uri: string, position: Position, newName: string): Promise<RenameResult<WorkspaceEdit>> {
    return rename(this.ctx, uri, position, newName);
  }

  workspaceSymbols(query: string): Promise<SymbolInformation[]> {
    return workspaceSymbols(this.ctx, query);
  }

  inlayHints(uri: string, range: Range): Promise<InlayHint[]> {
    return inlayHints(this.ctx, uri, range);
  }

  format(uri: string): Promise<TextEdit[]> {
    return formatDocument(this.ctx, uri);
  }

  // ---- what the editor shows besides diagnostics (server requests kehoach/*) --------

  render(uri: string, format: string): Promise<PlanResult<Rendered>> {
    return renderDocument(this.ctx, uri, format);
  }

  resolve(uri: string): Promise<PlanResult<{ text: string }>> {
    return resolvePlan(this.ctx, uri);
  }

  templates(level?: string): Promise<TemplateChoice[]> {
    return templateChoices(this.ctx, level);
  }

  newPlan(params: NewPlanParams): ReturnType<typeof newPlan> {
    return newPlan(this.ctx, params);
  }
}
