import type { Locale } from '../i18n/message.js';
import { PlanAnalysis } from '../model/analysis.js';
import type { FileLink } from '../model/links.js';
import { AgencyResolver } from '../agencies/resolver.js';
import { CONFIG_FILE_NAMES, type Config } from '../schema/config.js';
import type { RuleSettings } from '../schema/rule-settings.js';
import { mergeSettings } from '../engine/settings.js';
import { YamlSource } from '../yaml/source.js';
import type { ProjectHost } from './host.js';
import { Containment } from './containment.js';
import { dirname, isInside, joinPath, resolvePath } from './paths.js';
import { isSharedConfigRef } from '../plugins/define-plugin.js';
import type { PluginRef, SharedConfigRef } from '../plugins/load.js';

export interface ConfigFile {
  path: string;
  analysis: PlanAnalysis;
  config: Partial<Config>;
  /** Its `extends:` links, for the file's own diagnostics. */
  links: FileLink[];
  /** Its `extends: plugin:<name>/<config>` entries, resolved once plugins are loaded. */
  shared?: SharedConfigRef[];
}

/** Rule settings in the order they apply: a config's plugin configs, then its own `rules:`. */
export type RuleLayer = { rules: RuleSettings } | { shared: SharedConfigRef };

export interface ResolvedConfig {
  /** Every config that contributed, outermost and most-extended first. */
  files: ConfigFile[];
  rules: RuleSettings;
  /** Registry files named by the configs, absolute, with the config that named them. */
  registries: { path: string; config: ConfigFile; index: number }[];
  locale: Locale | undefined;
  ignore: { base: string; pattern: string }[];
  /** `plugins:` entries of every config in the chain, outermost first. */
  plugins?: PluginRef[];
  /** The settings layers behind `rules`, with the plugin configs `rules` cannot include yet. */
  ruleLayers?: RuleLayer[];
}

const EMPTY: ResolvedConfig = { files: [], rules: {}, registries: [], locale: undefined, ignore: [], plugins: [], ruleLayers: [] };

/**
 * Finds and merges `kehoach.config.yaml` files: every folder from the workspace root
 * down to the plan's folder contributes (nearest wins), unless one says `root: true`;
 * each may `extends:` other config files.
 */
export class ConfigResolver {
  private readonly fileCache = new Map<string, Promise<ConfigFile | undefined>>();
  private readonly dirCache = new Map<string, Promise<ResolvedConfig>>();

  constructor(
    private readonly host: ProjectHost,
    /** The policy for the files a config's `extends:` names (the project's own, shared). */
    readonly containment: Containment = new Containment(host),
  ) {}

  invalidate(): void {
    this.fileCache.clear();
    this.dirCache.clear();
  }

  forDirectory(dir: string): Promise<ResolvedConfig> {
    let hit = this.dirCache.get(dir);
    if (!hit) this.dirCache.set(dir, (hit = this.resolveDir(dir)));
    return hit;
  }

  /** The config file at `path` (parsed once), or undefined when it does not exist. */
  load(path: string): Promise<ConfigFile | undefined> {
    let hit = this.fileCache.get(path);
    if (!hit) this.fileCache.set(path, (hit = this.read(path)));
    return hit;
  }

  private async read(path: string): Promise<ConfigFile | undefined> {
    const text = await this.host.readFile(path);
    if (text === undefined) return undefined;
    const source = new YamlSource(path, stripBom(text));
    const analysis = new PlanAnalysis(source, AgencyResolver.empty(), { kind: 'config' });
    const config = (analysis.model.value ?? {}) as Partial<Config>;
    return { path, analysis, config, links: [] };
  }

  private async resolveDir(dir: string): Promise<ResolvedConfig> {
    const chain: ConfigFile[] = [];
    let cur = dir;
    for (let guard = 0; guard < 64; guard++) {
      if (!isInside(this.host.root, cur)) break;
      const found = await this.findIn(cur);
      if (found) {
        chain.unshift(found);
        if (found.config.root === true) break;
      }
      if (cur === this.host.root || cur === '/' || cur === '.') break;
      cur = dirname(cur);
    }
    if (chain.length === 0) return EMPTY;
    const files: ConfigFile[] = [];
    for (const file of chain) await this.expand(file, files, []);
    return merge(files);
  }

  private async findIn(dir: string): Promise<ConfigFile | undefined> {
    for (const name of CONFIG_FILE_NAMES) {
      const file = await this.load(joinPath(dir, name));
      if (file) return file;
    }
    return undefined;
  }

  /** Depth-first: what a config extends comes before it, so the config itself wins. */
  private async expand(file: ConfigFile, out: ConfigFile[], stack: string[]): Promise<void> {
    const targets = file.config.extends === undefined ? [] : Array.isArray(file.config.extends) ? file.config.extends : [file.config.extends];
    const links: FileLink[] = [];
    const shared: SharedConfigRef[] = [];
    for (const [index, target] of targets.entries()) {
      const at = Array.isArray(file.config.extends)
        ? { node: file.config.extends, index }
        : { node: file.config as object, key: 'extends' };
      if (typeof target === 'string' && isSharedConfigRef(target)) {
        shared.push({ ref: target.trim(), uri: file.path, source: file.analysis.source, at });
        continue;
      }
      const resolved = resolvePath(dirname(file.path), target);
      if (!(await this.containment.allows(resolved))) {
        links.push({ kind: 'extends', target, resolved, status: 'outside-workspace', at });
        continue;
      }
      if (stack.includes(resolved) || resolved === file.path) {
        links.push({ kind: 'extends', target, resolved, status: 'cycle', at });
        continue;
      }
      const base = await this.load(resolved);
      if (!base) {
        links.push({ kind: 'extends', target, resolved, status: 'not-found', at });
        continue;
      }
      links.push({ kind: 'extends', target, resolved, status: 'ok', at });
      await this.expand(base, out, [...stack, file.path]);
    }
    file.links = links;
    if (shared.length) file.shared = shared;
    if (!out.includes(file)) out.push(file);
  }
}

function merge(files: ConfigFile[]): ResolvedConfig {
  const registries: ResolvedConfig['registries'] = [];
  let locale: Locale | undefined;
  const ignore: ResolvedConfig['ignore'] = [];
  const plugins: PluginRef[] = [];
  const ruleLayers: RuleLayer[] = [];
  for (const file of files) {
    const { config } = file;
    for (const s of file.shared ?? []) ruleLayers.push({ shared: s });
    if (config.rules) ruleLayers.push({ rules: config.rules });
    if (Array.isArray(config.plugins)) {
      config.plugins.forEach((specifier, index) => {
        if (typeof specifier !== 'string') return;
        plugins.push({ specifier, base: dirname(file.path), uri: file.path, source: file.analysis.source, at: { node: config.plugins as object, index } });
      });
    }
    const regs = config.registry === undefined ? [] : Array.isArray(config.registry) ? config.registry : [config.registry];
    regs.forEach((r, index) => registries.push({ path: resolvePath(dirname(file.path), r), config: file, index }));
    if (config.locale) locale = config.locale;
    for (const pattern of config.ignore ?? []) ignore.push({ base: dirname(file.path), pattern });
  }
  return { files, rules: mergeSettings(...files.map((f) => f.config.rules)), registries, locale, ignore, plugins, ruleLayers };
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
