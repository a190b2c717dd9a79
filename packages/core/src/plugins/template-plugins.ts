import type { Diagnostic } from '../diagnostics.js';
import { locate } from '../engine/locate.js';
import { formatMessage } from '../i18n/message.js';
import type { PlanAnalysis } from '../model/analysis.js';
import type { Layer } from '../overlay/types.js';
import { dirname, resolvePath } from '../project/paths.js';
import { PLUGIN_PROBLEM_RULE_ID } from './diagnostics.js';
import type { PluginRef } from './load.js';
import { PLUGIN_MESSAGES } from './messages.js';

/** One `plugins:` entry of a template: never loaded, only reported. */
export interface TemplatePluginEntry {
  specifier: string;
  layer: Layer;
  index: number;
  list: unknown[];
}

/**
 * The `plugins:` entries of the templates in a chain. Templates are data: the code they
 * name is never imported, in the main thread or in a worker. Only the user's own
 * config (kehoach.config.yaml) names plugins.
 */
export function templatePluginEntries(layers: readonly Layer[]): TemplatePluginEntry[] {
  const out: TemplatePluginEntry[] = [];
  for (const layer of layers) {
    if (layer.role === 'plan' || !Array.isArray(layer.value.plugins)) continue;
    const list = layer.value.plugins as unknown[];
    list.forEach((specifier, index) => {
      if (typeof specifier === 'string') out.push({ specifier, layer, index, list });
    });
  }
  return out;
}

/** A specifier as a key: a path against the folder of the file naming it, a package name as written. */
function specifierKey(specifier: string, base: string): string {
  const s = specifier.trim();
  return s.startsWith('.') || s.startsWith('/') ? resolvePath(base, s) : s;
}

/**
 * A warning per template entry the config does not name itself: on the template's own
 * entry when the template is the file checked, else at the file's `extends:`, pointing
 * at the entry.
 */
export function templatePluginDiagnostics(analysis: PlanAnalysis, entries: readonly TemplatePluginEntry[], configPlugins: readonly PluginRef[]): Diagnostic[] {
  const named = new Set(configPlugins.map((r) => specifierKey(r.specifier, r.base)));
  const out: Diagnostic[] = [];
  const source = analysis.source;
  for (const e of entries) {
    if (named.has(specifierKey(e.specifier, dirname(e.layer.uri)))) continue;
    const data = { template: e.layer.label, plugin: e.specifier };
    const entry = locate(e.layer.source, { node: e.list, index: e.index });
    const here = e.layer.source === source;
    const own = analysis.ownPlan as object | undefined;
    const offsets = here ? entry : ((own && source.valueRange(own, 'extends')) ?? { start: 0, end: Math.min(source.text.length, source.lines.lineEnd(0)) });
    const diagnostic: Diagnostic = {
      uri: analysis.uri,
      ruleId: PLUGIN_PROBLEM_RULE_ID,
      severity: 'warning',
      messageId: 'templatePlugin',
      data,
      message: formatMessage(PLUGIN_MESSAGES.templatePlugin, data),
      range: source.lines.range(offsets),
      offsets,
    };
    if (!here) {
      diagnostic.related = [{ uri: e.layer.uri, offsets: entry, range: e.layer.source.lines.range(entry), message: { vi: 'Khai báo tại đây', en: 'Declared here' } }];
    }
    out.push(diagnostic);
  }
  return out;
}
