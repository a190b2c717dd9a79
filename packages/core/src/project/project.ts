import { AgencyResolver, type AgencyLayer } from '../agencies/resolver.js';
import type { Diagnostic, SuppressedDiagnostic } from '../diagnostics.js';
import type { AnyRule } from '../engine/define.js';
import { checkPlan } from '../engine/run.js';
import { PlanAnalysis } from '../model/analysis.js';
import { detectDocumentKind, type DocumentKind } from '../model/document-kind.js';
import type { FileLink } from '../model/links.js';
import type { ParentLink } from '../model/parent.js';
import type { AgencyEntry, RegistryFile } from '../schema/registry.js';
import { YamlSource } from '../yaml/source.js';
import { builtinRules } from '../rules/index.js';
import { ConfigResolver, stripBom, type ResolvedConfig } from './config-resolver.js';
import { loadChain, type LoadedLayerFile } from '../overlay/load.js';
import { mergeLayers } from '../overlay/merge.js';
import type { Layer } from '../overlay/types.js';
import { mergeSettings } from '../engine/settings.js';
import type { RuleSettings } from '../schema/rule-settings.js';
import type { Plan } from '../schema/plan.js';
import type { ProjectHost } from './host.js';
import { Containment } from './containment.js';
import { numberKey, type PlanCatalog } from './catalog.js';
import { dirname, resolvePath } from './paths.js';
import type { PluginHost } from '../plugins/host.js';
import { PluginLoader } from '../plugins/load.js';
import { templatePluginDiagnostics, templatePluginEntries, type TemplatePluginEntry } from '../plugins/template-plugins.js';
import { pluginsForFile, type PluginRunOptions, type PluginStatus } from '../plugins/project-run.js';

export interface FileCheck {
  uri: string;
  kind: DocumentKind;
  analysis: PlanAnalysis;
  diagnostics: Diagnostic[];
  suppressed: SuppressedDiagnostic[];
  config: ResolvedConfig;
  /** Plugins that ran, and those named but not loaded (untrusted host). */
  plugins?: PluginStatus;
}

export interface ProjectOptions {
  rules?: ReadonlyMap<string, AnyRule>;
  /**
   * Loads the plugins that configs name (a template's `plugins:` is never loaded). Leave it out where plugin code
   * must not run (an untrusted workspace): only built-in rules run, and each check
   * lists the plugins it skipped.
   */
  plugins?: PluginHost;
  /**
   * The project's plans by number (see catalog.ts): a `parent.ref` without a path is
   * looked for among them. Without it, among the plans read so far.
   */
  catalog?: PlanCatalog;
}

interface Loaded {
  text: string;
  kind: DocumentKind;
  analysis: PlanAnalysis;
  config: ResolvedConfig;
  links: FileLink[];
  parent: ParentLink;
  /** Rule settings the templates in the `extends` chain recommend (below the config's). */
  templateRules: RuleSettings;
  /** `plugins:` entries of the templates in the `extends` chain: reported, never loaded. */
  templatePlugins?: TemplatePluginEntry[];
}

/**
 * A set of plans, registries and configs read through a host. Everything parsed is
 * cached by path and text; `invalidate` drops a file and whatever depends on it.
 */
export class Project {
  readonly configs: ConfigResolver;
  /** Every path a file names is read only when this policy allows it. */
  readonly containment: Containment;
  readonly rules: ReadonlyMap<string, AnyRule>;
  readonly plugins: PluginLoader;
  private readonly loaded = new Map<string, Promise<Loaded | undefined>>();
  private readonly registries = new Map<string, Promise<PlanAnalysis | undefined>>();
  private readonly templates = new Map<string, Promise<LoadedLayerFile | undefined>>();
  private readonly dependents = new Map<string, Set<string>>();
  /**
   * The last source read for each path. The next text of the file starts from it: the
   * same text reuses it as is, an edit inside one task re-reads only that task.
   */
  private readonly sources = new Map<string, YamlSource>();
  /** The last agency resolver of each plan: its lookups carry over while the agencies stay the same. */
  private readonly resolvers = new Map<string, AgencyResolver>();
  /** Plan numbers seen so far ("07/KH-UBND" -> paths), to follow `parent.ref` without a path. */
  private readonly byNumber = new Map<string, Set<string>>();
  readonly catalog: PlanCatalog | undefined;
  private readonly numberWaiters = new Map<string, Set<string>>();

  constructor(
    readonly host: ProjectHost,
    options: ProjectOptions = {},
  ) {
    this.catalog = options.catalog;
    this.containment = new Containment(host);
    this.configs = new ConfigResolver(host, this.containment);
    this.rules = options.rules ?? builtinRules;
    this.plugins = new PluginLoader(options.plugins, this.rules);
  }

  /** Forget a file (and every file that read it) so the next check reads it again. */
  invalidate(path: string): void {
    const seen = new Set<string>();
    const drop = (p: string): void => {
      if (seen.has(p)) return;
      seen.add(p);
      this.loaded.delete(p);
      this.registries.delete(p);
      this.templates.delete(p);
      for (const d of this.dependents.get(p) ?? []) drop(d);
    };
    drop(path);
    // The file (or a link, or a folder of that name) changed: where it leads may have too.
    this.containment.forget(path);
    this.plugins.host?.isolate?.invalidate?.(path);
    if (/kehoach\.config\.ya?ml$/.test(path)) {
      this.containment.forget();
      this.configs.invalidate();
      this.loaded.clear();
    }
  }

  /**
   * Forget a file for good: what `invalidate` drops, and also the last source and agency
   * resolver kept so that the next edit of it is re-read incrementally. For a run that
   * will not see the file again (the CLI after checking a commune plan).
   */
  forget(path: string): void {
    this.invalidate(path);
    this.dropLast(path);
  }

  /** Drop the last source and resolver kept for `path` (the start of its next incremental read). */
  private dropLast(path: string): void {
    this.sources.delete(path);
    this.resolvers.delete(path);
  }

  /**
   * Plans that looked for a parent plan by this number (found or not): when a plan of
   * that number appears, changes its number or goes, they must be checked again.
   */
  lookingFor(ref: string): string[] {
    return [...(this.numberWaiters.get(numberKey(ref)) ?? [])];
  }

  private lookedFor(ref: string, path: string): void {
    const key = numberKey(ref);
    let set = this.numberWaiters.get(key);
    if (!set) this.numberWaiters.set(key, (set = new Set()));
    set.add(path);
  }

  /** Files that read `path` (children of a parent plan, plans of a registry). */
  dependentsOf(path: string): string[] {
    return [...(this.dependents.get(path) ?? [])];
  }

  /** Read and analyse a file without running rules (hover, completion...). */
  analyze(path: string, text?: string): Promise<Loaded | undefined> {
    return this.load(path, text, []);
  }

  /**
   * Run the rules on a file. `hostSettings` are the host's own rule settings (an
   * editor's `kehoach.rules`): over the config files, under the plan's own `rules:`.
   */
  async check(path: string, text?: string, hostSettings?: RuleSettings, run?: PluginRunOptions): Promise<FileCheck | undefined> {
    const loaded = await this.load(path, text, []);
    if (!loaded) return undefined;
    const { analysis, config, kind } = loaded;
    const own = analysis.ownPlan;
    const plugins = await pluginsForFile(this.plugins, {
      path,
      text,
      hostSettings,
      run,
      analysis,
      config,
      templateRules: loaded.templateRules,
    });
    const refused = run || !loaded.templatePlugins?.length ? [] : templatePluginDiagnostics(analysis, loaded.templatePlugins, config.plugins ?? []);
    const checkInput = refused.length ? { ...plugins.checkInput, external: [...(plugins.checkInput.external ?? []), ...refused] } : plugins.checkInput;
    const result = checkPlan({
      analysis,
      rules: plugins.rules,
      // Templates recommend, the folder's config decides, the plan has the last word.
      settings: mergeSettings(loaded.templateRules, plugins.configRules, hostSettings, own?.rules),
      parent: loaded.parent,
      links: loaded.links,
      scope: 'project',
      ...checkInput,
    });
    const diagnostics = plugins.relabel(result.diagnostics);
    return { uri: path, kind, analysis, diagnostics, suppressed: plugins.relabel(result.suppressed), config, plugins: plugins.status };
  }

  /** Plans known to carry a number, for `parent.ref` lookups: the catalog's, else those read so far. */
  plansNumbered(ref: string): string[] {
    if (this.catalog) return this.catalog.plansNumbered(ref);
    return [...(this.byNumber.get(numberKey(ref)) ?? [])];
  }

  private load(path: string, text: string | undefined, stack: string[]): Promise<Loaded | undefined> {
    const cached = this.loaded.get(path);
    if (cached && text === undefined) return cached;
    const promise = this.read(path, text, stack);
    this.loaded.set(path, promise);
    return promise;
  }

  private async read(path: string, given: string | undefined, stack: string[]): Promise<Loaded | undefined> {
    const raw = given ?? (await this.host.readFile(path));
    if (raw === undefined) {
      this.dropLast(path);
      return undefined;
    }
    const text = stripBom(raw);
    const kind = detectDocumentKind(path, text) ?? 'plan';
    const config = await this.configs.forDirectory(dirname(path));
    for (const f of config.files) this.depend(f.path, path);
    const hostProblems = this.host.problemsOf?.(path);
    const source = YamlSource.next(this.sources.get(path), path, text, hostProblems ? { hostProblems } : {});
    this.sources.set(path, source);
    if (kind === 'config') {
      const self = await this.configs.load(path);
      const analysis = self?.analysis ?? new PlanAnalysis(source, AgencyResolver.empty(), { kind });
      // Resolving the folder expands this file's own `extends:` links.
      await this.configs.forDirectory(dirname(path));
      const links = [...(self?.links ?? []), ...(self ? await this.outsideRegistries(self.config as Record<string, unknown>, path) : [])];
      return { text, kind, analysis, config, links, parent: { status: 'none' }, templateRules: {} };
    }
    if (kind === 'template') {
      const head = new PlanAnalysis(source, AgencyResolver.empty(), { kind });
      const resolution = await this.resolveChain(path, head);
      const analysis = resolution ? new PlanAnalysis(source, AgencyResolver.empty(), { kind, resolution }) : head;
      const own = (head.ownPlan ?? {}) as Record<string, unknown>;
      const layers = resolution?.layers ?? [{ role: 'base' as const, uri: path, label: path, source, value: own }];
      const templatePlugins = templatePluginEntries(layers);
      return { text, kind, analysis, config, links: [], parent: { status: 'none' }, templateRules: {}, templatePlugins };
    }
    if (kind === 'registry') {
      const analysis = new PlanAnalysis(source, AgencyResolver.empty(), { kind });
      return { text, kind, analysis, config, links: [], parent: { status: 'none' }, templateRules: {} };
    }

    const links: FileLink[] = [];
    const layers: AgencyLayer[] = [];
    for (const reg of config.registries) {
      // A config's registry outside the project is reported on the config file, never read.
      if (!(await this.containment.allows(reg.path))) continue;
      // Before it is read: a change while it is read finds this file among its dependents.
      this.depend(reg.path, path);
      const regAnalysis = await this.registry(reg.path);
      if (regAnalysis) layers.push(layerOf(regAnalysis));
    }
    const head = new PlanAnalysis(source, AgencyResolver.empty(), { kind });
    const resolution = await this.resolveChain(path, head);
    // A report reads its registry like a plan does; it has no template and no number of a plan.
    const plan: Pick<Partial<Plan>, 'registry' | 'agencies' | 'number'> = (kind === 'report' ? head.report : head.ownPlan) ?? {};
    let templateRules: RuleSettings = {};
    const templatePlugins = resolution ? templatePluginEntries(resolution.layers.filter((l) => l.source !== source)) : [];
    if (resolution) {
      for (const layer of resolution.layers) {
        if (layer.source === source) continue;
        templateRules = mergeSettings(templateRules, layer.value.rules as RuleSettings | undefined);
        for (const [index, target] of asArray(layer.value.registry).entries()) {
          const resolved = resolvePath(dirname(layer.uri), target);
          this.depend(resolved, path);
          if (!(await this.containment.allows(resolved))) {
            // Located in the template; the plan's diagnostic points at its `extends:`.
            const registry = layer.value.registry;
            const at = Array.isArray(registry) ? { node: registry, index } : { node: layer.value, key: 'registry' };
            links.push({ kind: 'registry', target, resolved, status: 'outside-workspace', at });
            continue;
          }
          const regAnalysis = await this.registry(resolved);
          if (regAnalysis) layers.push({ ...layerOf(regAnalysis), origin: layer.role === 'base' ? 'template' : 'fork' });
        }
      }
    }
    // Nearest wins: the templates' own agencies sit under the plan's registry files,
    // which sit under the plan's own `agencies:` (an id defined twice takes the nearest).
    const inline = resolution ? agencyLayers(resolution.plan, resolution.layers, resolution.provenance.layerOf.bind(resolution.provenance)) : [];
    layers.push(...inline.filter((l) => l.origin !== 'plan'));
    const own = plan.registry === undefined ? [] : Array.isArray(plan.registry) ? plan.registry : [plan.registry];
    for (const [index, target] of own.entries()) {
      const resolved = resolvePath(dirname(path), target);
      const at = Array.isArray(plan.registry) ? { node: plan.registry, index } : { node: plan as object, key: 'registry' };
      this.depend(resolved, path);
      if (!(await this.containment.allows(resolved))) {
        links.push({ kind: 'registry', target, resolved, status: 'outside-workspace', at });
        continue;
      }
      const regAnalysis = await this.registry(resolved);
      if (!regAnalysis) {
        const exists = (await this.host.readFile(resolved)) !== undefined;
        links.push({ kind: 'registry', target, resolved, status: exists ? 'wrong-kind' : 'not-found', at });
        continue;
      }
      links.push({ kind: 'registry', target, resolved, status: 'ok', at });
      layers.push(layerOf(regAnalysis));
    }
    if (resolution) layers.push(...inline.filter((l) => l.origin === 'plan'));
    else if (plan.agencies?.length) layers.push({ entries: plan.agencies, origin: 'plan', uri: path, source });
    const resolver = AgencyResolver.reuse(this.resolvers.get(path), layers);
    this.resolvers.set(path, resolver);
    const analysis = new PlanAnalysis(source, resolver, resolution ? { kind, resolution } : { kind });
    if (plan.number && kind === 'plan') this.index(plan.number, path);
    // A plan's parent plan; a report's plan (the plan it reports on), followed the same way.
    const link = kind === 'plan' ? analysis.plan?.parent : kind === 'report' ? analysis.report?.plan : undefined;
    const parent = link ? await this.parentOf(path, link, links, stack) : ({ status: 'none' } as const);
    return { text, kind, analysis, config, links, parent, templateRules, templatePlugins };
  }

  /** Follow `extends:` and merge the chain; undefined when the file extends nothing. */
  private async resolveChain(path: string, head: PlanAnalysis): Promise<PlanAnalysis['resolution']> {
    const own = head.ownPlan as Record<string, unknown> | undefined;
    if (!own || typeof own.extends !== 'string') return undefined;
    const chain = await loadChain(
      this.host,
      { uri: path, source: head.source, value: own },
      (p) => {
        this.depend(p, path);
        return this.template(p);
      },
      (p) => this.containment.allows(p),
    );
    const merge = mergeLayers(chain.layers);
    return { plan: merge.plan as Partial<Plan>, provenance: merge.provenance, layers: chain.layers, merge, chain };
  }

  /** `registry:` entries of a config that lead outside the project: reported, never read. */
  private async outsideRegistries(config: Record<string, unknown>, path: string): Promise<FileLink[]> {
    const links: FileLink[] = [];
    for (const [index, target] of asArray(config.registry).entries()) {
      const resolved = resolvePath(dirname(path), target);
      if (await this.containment.allows(resolved)) continue;
      const at = Array.isArray(config.registry) ? { node: config.registry, index } : { node: config, key: 'registry' };
      links.push({ kind: 'registry', target, resolved, status: 'outside-workspace', at });
    }
    return links;
  }

  private template(path: string): Promise<LoadedLayerFile | undefined> {
    let hit = this.templates.get(path);
    if (!hit) {
      hit = (async () => {
        const text = await this.host.readFile(path);
        if (text === undefined) return undefined;
        const clean = stripBom(text);
        const kind = detectDocumentKind(path, clean);
        const analysis = new PlanAnalysis(new YamlSource(path, clean), AgencyResolver.empty(), { kind: kind ?? 'template' });
        const value = (analysis.model.value ?? {}) as Record<string, unknown>;
        return { source: analysis.source, value, kind };
      })();
      this.templates.set(path, hit);
    }
    return hit;
  }

  private async parentOf(path: string, p: { ref?: string | undefined; path?: string | undefined }, links: FileLink[], stack: string[]): Promise<ParentLink> {
    if (p.path !== undefined) {
      const resolved = resolvePath(dirname(path), p.path);
      const at = { node: p as object, key: 'path' };
      if (!(await this.containment.allows(resolved))) {
        links.push({ kind: 'parent', target: p.path, resolved, status: 'outside-workspace', at });
        return { status: 'outside-workspace', path: resolved };
      }
      if (stack.includes(resolved) || resolved === path) {
        links.push({ kind: 'parent', target: p.path, resolved, status: 'cycle', at });
        return { status: 'not-found', ref: p.ref ?? '', path: resolved };
      }
      this.depend(resolved, path);
      const loaded = await this.load(resolved, undefined, [...stack, path]);
      if (!loaded) {
        links.push({ kind: 'parent', target: p.path, resolved, status: 'not-found', at });
        return { status: 'not-found', ref: p.ref ?? '', path: resolved };
      }
      if (loaded.kind !== 'plan' || !loaded.analysis.plan) {
        links.push({ kind: 'parent', target: p.path, resolved, status: 'wrong-kind', at });
        return { status: 'not-a-plan', path: resolved };
      }
      const actual = loaded.analysis.plan.number;
      if (actual && p.ref !== undefined && numberKey(actual) !== numberKey(p.ref)) {
        links.push({ kind: 'parent', target: p.path, resolved, status: 'ref-mismatch', at, data: { expected: p.ref, actual } });
        return { status: 'ref-mismatch', path: resolved, expected: p.ref, actual, parent: loaded.analysis };
      }
      links.push({ kind: 'parent', target: p.path, resolved, status: 'ok', at });
      return { status: 'resolved', by: 'path', parent: loaded.analysis };
    }
    if (p.ref === undefined) return { status: 'none' };
    this.lookedFor(p.ref, path);
    const candidates = this.plansNumbered(p.ref).filter((c) => c !== path && !stack.includes(c));
    for (const candidate of candidates) {
      // Before it is read: a change while it is read finds this file among its dependents.
      this.depend(candidate, path);
      const loaded = await this.load(candidate, undefined, [...stack, path]);
      // The catalog read the number from the text; the plan, parsed, must agree.
      const number = loaded?.analysis.plan?.number;
      if (loaded?.analysis.plan && (!this.catalog || (number !== undefined && numberKey(number) === numberKey(p.ref)))) {
        return { status: 'resolved', by: 'ref', parent: loaded.analysis };
      }
      this.undepend(candidate, path);
    }
    return { status: 'not-found', ref: p.ref };
  }

  private registry(path: string): Promise<PlanAnalysis | undefined> {
    let hit = this.registries.get(path);
    if (!hit) {
      hit = (async () => {
        const text = await this.host.readFile(path);
        if (text === undefined) return undefined;
        const clean = stripBom(text);
        if (detectDocumentKind(path, clean) !== 'registry') return undefined;
        return new PlanAnalysis(new YamlSource(path, clean), AgencyResolver.empty(), { kind: 'registry' });
      })();
      this.registries.set(path, hit);
    }
    return hit;
  }

  private undepend(on: string, dependent: string): void {
    const set = this.dependents.get(on);
    if (!set?.delete(dependent)) return;
    if (set.size === 0) this.dependents.delete(on);
  }

  private depend(on: string, dependent: string): void {
    let set = this.dependents.get(on);
    if (!set) this.dependents.set(on, (set = new Set()));
    set.add(dependent);
  }

  private index(number: string, path: string): void {
    const key = numberKey(number);
    let set = this.byNumber.get(key);
    if (!set) this.byNumber.set(key, (set = new Set()));
    set.add(path);
  }
}

function asArray(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The merged plan's own agencies, grouped by the layer that defined each. */
function agencyLayers(plan: Partial<Plan>, layers: readonly Layer[], layerOfObject: (o: object) => Layer | undefined): AgencyLayer[] {
  const out: AgencyLayer[] = [];
  for (const layer of layers) {
    const entries = (plan.agencies ?? []).filter((e) => (layerOfObject(e) ?? layers[0]) === layer);
    if (!entries.length) continue;
    const origin = layer.role === 'plan' ? 'plan' : layer.role === 'base' ? 'template' : 'fork';
    out.push({ entries, origin, uri: layer.uri, source: layer.source });
  }
  return out;
}

function layerOf(analysis: PlanAnalysis): AgencyLayer {
  const value = analysis.model.value as Partial<RegistryFile> | undefined;
  const entries: AgencyEntry[] = value?.agencies ?? [];
  return { entries, origin: 'registry', uri: analysis.uri, source: analysis.source };
}

