import { AgencyResolver, type AgencyLayer } from './agencies/resolver.js';
import type { AnyRule } from './engine/define.js';
import { checkPlan, type CheckResult } from './engine/run.js';
import { PlanAnalysis } from './model/analysis.js';
import { detectDocumentKind, type DocumentKind } from './model/document-kind.js';
import type { RuleSettings } from './schema/rule-settings.js';
import type { AgencyEntry } from './schema/registry.js';
import { builtinRules } from './rules/index.js';
import { YamlSource } from './yaml/source.js';

export interface LintTextOptions {
  uri?: string;
  kind?: DocumentKind;
  /** Agencies in effect (a registry's entries); the plan's own `agencies:` are added. */
  agencies?: readonly AgencyEntry[];
  settings?: RuleSettings;
  rules?: ReadonlyMap<string, AnyRule>;
}

export interface LintTextResult extends CheckResult {
  analysis: PlanAnalysis;
}

/**
 * Check one text on its own: no files are read, so rules that need the parent plan
 * or registry files do not run. For whole folders use `Project`.
 */
export function lintText(text: string, options: LintTextOptions = {}): LintTextResult {
  const uri = options.uri ?? 'untitled.kehoach.yaml';
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const kind = options.kind ?? detectDocumentKind(uri, clean) ?? 'plan';
  const source = new YamlSource(uri, clean);
  const head = new PlanAnalysis(source, AgencyResolver.empty(), { kind });
  const layers: AgencyLayer[] = [];
  if (options.agencies) layers.push({ entries: options.agencies, origin: 'registry' });
  const local = head.plan?.agencies;
  if (local?.length) layers.push({ entries: local, origin: 'plan', uri, source });
  const analysis = layers.length ? new PlanAnalysis(source, new AgencyResolver(layers), { kind }) : head;
  const result = checkPlan({
    analysis,
    rules: options.rules ?? builtinRules,
    settings: options.settings,
    scope: 'file',
  });
  return { ...result, analysis };
}
