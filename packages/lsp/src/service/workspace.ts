import {
  IgnoreRules,
  PlanCatalog,
  Project,
  detectDocumentKind,
  ownString,
  planNumberOf,
  type AnyRule,
  type DocumentKind,
  type FileCheck,
  type PlanAnalysis,
  type PluginHost,
  type ProjectHost,
  type RuleSettings,
  type SyntaxProblem,
} from '@kehoach/core';
import { planFacts, type PlanFacts } from './plan-facts.js';
import { eachLimited } from './pool.js';
import { pathToUri, uriToPath } from './uri.js';

/** What `Project.analyze` gives: the analysis of a file with its config, links and parent. */
export type Loaded = NonNullable<Awaited<ReturnType<Project['analyze']>>>;

/** How the service reads files that are not open in the editor (the disk, or a map in tests). */
export interface FileSystem {
  readFile(path: string): Promise<string | undefined>;
  /** Problems found while decoding the file's bytes (invalid UTF-8). */
  problemsOf?(path: string): readonly SyntaxProblem[] | undefined;
  /** Where a path really leads, every symbolic link followed (see core's `canonicalPath`). */
  realpath?(path: string): Promise<string>;
  /** The size in bytes of a file on disk, where it is cheap to tell (huge files are not read to see what they are). */
  sizeOf?(path: string): Promise<number | undefined>;
}

export interface OpenDocument {
  uri: string;
  path: string;
  version: number;
  text: string;
  /** undefined: a YAML file that is not a plan, report, registry, template or config (left alone). */
  kind: DocumentKind | undefined;
}

export interface CheckEntry {
  /** The version of the open document the check was computed for; undefined for files on disk. */
  version: number | undefined;
  promise: Promise<FileCheck | undefined>;
}

const CONFIG_FILE = /(^|\/)kehoach\.config\.ya?ml$/;
/** Files read at once by a pass over the whole workspace (settling it, a feature's search). */
const PASS_READS = 8;

/**
 * Open documents over the files of the workspace, and the core Project that reads
 * through them: open documents from memory, everything else from the FileSystem.
 */
export class Workspace {
  readonly project: Project;
  /** The project's plans by number (core's policy for `parent.ref`): the workspace files', not any file opened. */
  readonly catalog = new PlanCatalog();
  /** The `ignore:` patterns of the configs in effect (core's policy, as `kehoach validate` applies them). */
  readonly ignore: IgnoreRules;
  private readonly docs = new Map<string, OpenDocument>();
  private readonly files = new Set<string>();
  private readonly checks = new Map<string, CheckEntry>();
  private ruleOverrides: RuleSettings = {};
  /** Generations: a check is stale once anything it read has changed since it started. */
  private counter = 0;
  private floor = 0;
  private readonly stamps = new Map<string, number>();
  /** Each file's plan facts and the generation they were read at. */
  private readonly facts = new Map<string, { generation: number; facts: PlanFacts | undefined }>();
  /** The number each catalogued file stated last. */
  private readonly catalogNumbers = new Map<string, string>();

  constructor(
    readonly root: string,
    private readonly fs: FileSystem,
    rules?: ReadonlyMap<string, AnyRule>,
    plugins?: (files: ProjectHost) => PluginHost | undefined,
  ) {
    const host: ProjectHost = {
      root,
      readFile: (path) => {
        const doc = this.docs.get(path);
        return doc ? Promise.resolve(doc.text) : this.fs.readFile(path).catch(() => undefined);
      },
      problemsOf: (path) => (this.docs.has(path) ? undefined : this.fs.problemsOf?.(path)),
      ...(fs.realpath ? { realpath: (path: string) => (fs.realpath as (p: string) => Promise<string>).call(fs, path) } : {}),
    };
    // Plugin rules run with the host it returns; none in an untrusted workspace (built-in rules only).
    const pluginHost = plugins?.(host);
    this.project = new Project(host, { ...(rules ? { rules } : {}), ...(pluginHost ? { plugins: pluginHost } : {}), catalog: this.catalog });
    this.ignore = new IgnoreRules(this.project.configs);
  }

  // ---- documents -------------------------------------------------------------------

  /** Open or edit a document; `lookers` are the plans whose parent plan by number changed with it. */
  open(uri: string, version: number, text: string): { doc: OpenDocument; lookers: string[] } {
    const path = uriToPath(uri);
    const doc: OpenDocument = { uri, path, version, text, kind: detectDocumentKind(path, text) };
    this.docs.set(path, doc);
    this.invalidate(path);
    const lookers = this.files.has(path) ? this.catalogued(path, planNumberOf(text)) : [];
    return { doc, lookers };
  }

  /**
   * A project file's number is known (read, opened, edited): it goes into the catalog,
   * and when it changed, the plans that look for the old or the new one as their
   * parent are checked again. Returns those plans.
   */
  private catalogued(path: string, number: string | undefined): string[] {
    const before = this.catalogNumbers.get(path);
    // A copy: the number read from a text is a slice of it, which the table would keep alive.
    const after = number === undefined ? undefined : ownString(number);
    this.catalog.setNumber(path, after);
    if (before === after) return [];
    if (after === undefined) this.catalogNumbers.delete(path);
    else this.catalogNumbers.set(path, after);
    const lookers = [...(before === undefined ? [] : this.project.lookingFor(before)), ...(after === undefined ? [] : this.project.lookingFor(after))];
    return lookers.flatMap((p) => (p === path ? [] : this.invalidate(p)));
  }

  close(uri: string): void {
    const path = uriToPath(uri);
    if (!this.docs.delete(path)) return;
    // The file on disk may differ from the buffer that was closed without saving.
    this.invalidate(path);
  }

  document(uri: string): OpenDocument | undefined {
    return this.docs.get(uriToPath(uri));
  }

  documentAt(path: string): OpenDocument | undefined {
    return this.docs.get(path);
  }

  openDocuments(): OpenDocument[] {
    return [...this.docs.values()];
  }

  /** The URI to show for a path: the client's own spelling for open documents. */
  uriOf(path: string): string {
    return this.docs.get(path)?.uri ?? pathToUri(path);
  }

  // ---- workspace files -------------------------------------------------------------

  /** The workspace's files (the project's, by core's policy) with the plan numbers the scan read in them. */
  setFiles(files: Iterable<{ path: string; number: string | undefined }>): void {
    this.files.clear();
    for (const { path, number } of files) {
      this.files.add(path);
      this.catalogued(path, this.numberOf(path, number));
    }
  }

  /** A file joined the workspace (created, or found a project file); returns the plans to check again. */
  addFile(path: string, number: string | undefined): string[] {
    this.files.add(path);
    return this.catalogued(path, this.numberOf(path, number));
  }

  /** The number a file states: in its open buffer, else as read on disk. */
  private numberOf(path: string, onDisk: string | undefined): string | undefined {
    const doc = this.docs.get(path);
    return doc ? planNumberOf(doc.text) : onDisk;
  }

  /** A file left the workspace (deleted, or now ignored); returns the plans to check again. */
  removeFile(path: string): string[] {
    this.files.delete(path);
    this.facts.delete(path);
    const before = this.catalogNumbers.get(path);
    this.catalog.delete(path);
    this.catalogNumbers.delete(path);
    return before === undefined ? [] : this.project.lookingFor(before).flatMap((p) => (p === path ? [] : this.invalidate(p)));
  }

  hasFile(path: string): boolean {
    return this.files.has(path);
  }

  /** How many files the workspace holds (open documents outside it aside). */
  fileCount(): number {
    return this.files.size;
  }

  /** Files on disk and open documents that are plans, reports, registries, templates or configs. */
  knownPaths(): string[] {
    const out = new Set(this.files);
    for (const d of this.docs.values()) if (d.kind) out.add(d.path);
    return [...out];
  }

  /** The file changed on disk (or its open buffer changed): forget it and whatever read it. */
  changed(path: string): string[] {
    return this.invalidate(path);
  }

  setRuleOverrides(rules: RuleSettings): void {
    this.ruleOverrides = rules;
    this.checks.clear();
    this.floor = ++this.counter;
  }

  /** Drop everything cached (a config changed, settings changed). */
  reset(): void {
    this.checks.clear();
    this.floor = ++this.counter;
    for (const p of this.knownPaths()) this.project.invalidate(p);
  }

  /**
   * Grows whenever something the check of `path` may have read changes (its text, a
   * file it depends on, a config, the settings): a result computed at an older
   * generation must not be shown.
   */
  generation(path: string): number {
    return Math.max(this.stamps.get(path) ?? 0, this.floor);
  }

  /** What a change of `path` may change the diagnostics of: itself and its dependents, or everything for a config. */
  affectedBy(path: string): string[] {
    return CONFIG_FILE.test(path) ? this.knownPaths() : [path, ...this.dependentsOf(path)];
  }

  /** Paths (transitively) depending on `path`, nearest first, without `path` itself. */
  dependentsOf(path: string): string[] {
    const seen = new Set<string>([path]);
    const out: string[] = [];
    const queue = [path];
    while (queue.length) {
      const cur = queue.shift() as string;
      for (const d of this.project.dependentsOf(cur)) {
        if (seen.has(d)) continue;
        seen.add(d);
        out.push(d);
        queue.push(d);
      }
    }
    return out;
  }

  private invalidate(path: string): string[] {
    const affected = [path, ...this.dependentsOf(path)];
    this.project.invalidate(path);
    if (CONFIG_FILE.test(path)) {
      this.checks.clear();
      this.floor = ++this.counter;
      for (const p of this.knownPaths()) this.project.invalidate(p);
      return this.knownPaths();
    }
    for (const p of affected) {
      this.checks.delete(p);
      this.stamps.set(p, ++this.counter);
    }
    return affected;
  }

  /** The text of a file as the file system has it (not the open buffer). */
  readDisk(path: string): Promise<string | undefined> {
    return this.fs.readFile(path).catch(() => undefined);
  }

  sizeOnDisk(path: string): Promise<number | undefined> {
    return this.fs.sizeOf ? this.fs.sizeOf(path).catch(() => undefined) : Promise.resolve(undefined);
  }

  // ---- analysis --------------------------------------------------------------------

  /** What a path is: from the open buffer, else from its name and first lines on disk. */
  async kindOf(path: string): Promise<DocumentKind | undefined> {
    const doc = this.docs.get(path);
    if (doc) return doc.kind;
    const text = await this.fs.readFile(path).catch(() => undefined);
    return text === undefined ? undefined : detectDocumentKind(path, text);
  }

  async analyze(path: string): Promise<Loaded | undefined> {
    const doc = this.docs.get(path);
    if (doc && !doc.kind) return undefined;
    return this.project.analyze(path);
  }

  /**
   * Every known file's analysis, in path order, `PASS_READS` files at a time: files the
   * workspace does not keep (see `release`) are read for `visit` only and let go after
   * it, so a whole country's plans and reports are never in memory together (find
   * references held them all: ~900 MiB). `visit` returns true to stop.
   */
  async eachLoaded(visit: (loaded: Loaded) => boolean | void): Promise<void> {
    const paths = this.knownPaths().sort();
    for (let i = 0; i < paths.length; i += PASS_READS) {
      const batch = paths.slice(i, i + PASS_READS);
      const loaded = await Promise.all(batch.map((p) => this.analyze(p).catch(() => undefined)));
      let stop = false;
      for (const l of loaded) if (l && !stop && visit(l) === true) stop = true;
      for (const p of batch) this.release(p);
      if (stop) return;
    }
  }

  /** The facts of a file read at `generation`, remembered while that is still its generation. */
  rememberFacts(path: string, generation: number, analysis: PlanAnalysis): PlanFacts | undefined {
    const facts = planFacts(analysis);
    if (generation === this.generation(path)) this.facts.set(path, { generation, facts });
    return facts;
  }

  /**
   * The plan facts of every known file: remembered ones while nothing they depend on
   * changed, the others read now (and let go again).
   */
  async allPlanFacts(): Promise<PlanFacts[]> {
    const paths = this.knownPaths();
    const found = new Map<string, PlanFacts | undefined>();
    const missing: string[] = [];
    for (const path of paths) {
      const hit = this.facts.get(path);
      if (hit && hit.generation === this.generation(path)) found.set(path, hit.facts);
      else missing.push(path);
    }
    await this.eachFile(async (path) => {
      const generation = this.generation(path);
      const l = await this.analyze(path).catch(() => undefined);
      if (l) found.set(path, this.rememberFacts(path, generation, l.analysis));
      return undefined;
    }, missing);
    return paths.map((p) => found.get(p)).filter((f): f is PlanFacts => f !== undefined);
  }

  /**
   * Whether the analysis of `path` stays in memory after use: open documents, config
   * files, and files other files read (parent plans, registries, templates). Anything
   * else (a commune plan nothing reads) is read again when asked for: a workspace of a
   * whole country keeps its 34 province plans, not its 3,321 commune plans.
   */
  private keeps(path: string): boolean {
    return this.docs.has(path) || CONFIG_FILE.test(path) || this.project.dependentsOf(path).length > 0;
  }

  /** Forget a file the workspace does not keep, once its diagnostics are out (nothing about it changed). */
  release(path: string): void {
    if (this.keeps(path)) return;
    this.checks.delete(path);
    this.project.forget(path);
  }

  /**
   * Read every file once after the scan, so the workspace knows which files read which
   * (a registry's plans, a parent plan's children) before anything changes. A plan
   * naming its parent by number finds it in the catalog whatever the order. Files are
   * read a few at a time and released as they go, so a large workspace is never all in
   * memory at once.
   */
  async settle(): Promise<void> {
    await this.eachFile(async (path) => {
      await this.analyze(path).catch(() => undefined);
      return undefined;
    });
  }

  /** Read one file to learn what it reads (a file just created), and let it go unless it is kept. */
  async learn(path: string): Promise<void> {
    await this.analyze(path).catch(() => undefined);
    this.release(path);
  }

  /** Run `fn` over the known files (or `paths`), a few at a time, releasing each after it. */
  private async eachFile<T>(fn: (path: string) => Promise<T | undefined>, paths = this.knownPaths()): Promise<T[]> {
    const out: T[] = [];
    await eachLimited(paths, PASS_READS, async (path) => {
      const r = await fn(path);
      if (r !== undefined) out.push(r);
      this.release(path);
    });
    return out;
  }

  /** The rules' verdict on a file, as `kehoach validate` gives it, with the editor's rule settings on top. */
  check(path: string): CheckEntry {
    const hit = this.checks.get(path);
    if (hit) return hit;
    const entry: CheckEntry = { version: this.docs.get(path)?.version, promise: this.runCheck(path) };
    this.checks.set(path, entry);
    return entry;
  }

  private async runCheck(path: string): Promise<FileCheck | undefined> {
    const doc = this.docs.get(path);
    if (doc && !doc.kind) return undefined;
    const overrides = Object.keys(this.ruleOverrides).length ? this.ruleOverrides : undefined;
    return this.project.check(path, undefined, overrides);
  }
}
