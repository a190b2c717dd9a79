/**
 * @kehoach/core/internal: what the tools of this repository (the language server, the
 * CLI's template commands, the plugin host, the corpus report) share beyond the public
 * API. No promise of stability: hosts and plugins use `@kehoach/core`.
 */

// Schema navigation (completion, hovers, the corpus report)
export { keyDoc, knownKeys, schemaAtPath, childSchema, pickUnionOption, unwrap } from './schema/navigate.js';
export type { KeyDoc } from './schema/doc.js';

// The YAML tree under a YamlSource
export { deref } from './yaml/source.js';
export { isEmptyScalar, keyName, type NodeRange, type ScalarType, type YAlias, type YCollection, type YMap, type YNode, type YPair, type YScalar, type YSeq } from './yaml/tree.js';

// Edits, related locations and suppression comments as rules build them
export { insertKeyEdit, replaceScalarEdit } from './engine/edits.js';
export { relatedIn, relatedAgency } from './engine/related.js';
export { findDirectives, type Directive } from './engine/suppressions.js';

// Rule docs (kehoach explain, the docs pages)
export { renderRuleDoc } from './engine/rule-docs.js';
export { exampleCode, type RuleExample } from './engine/define.js';

// Template overlays: for the CLI's new/fork/resolve/migrate
export { parseSpecifier, type ExtendsSpecifier } from './overlay/specifier.js';
export { parseVersion, compareVersions, satisfies, isValidRange, type Version } from './overlay/semver.js';
export { mergeLayers, type MergeResult } from './overlay/merge.js';
export { Provenance } from './overlay/provenance.js';
export { TEMPLATE_BLANK } from './overlay/blank.js';
export { ID_COLLECTIONS, type IdCollection, type LayerRole, type LayerAt, type OverlayProblem, type ParameterOverride } from './overlay/types.js';

// Loading plugins (the plugin host)
export { pluginExport } from './plugins/validate.js';
export { PluginLoader, pluginProblemMessage, type PluginSet, type PluginRef, type SharedConfigRef, type LoadedPlugin, type PluginProblem } from './plugins/load.js';
export { PLUGIN_MESSAGES, type PluginMessageId } from './plugins/messages.js';
export { pluginDiagnostic, PLUGIN_PROBLEM_RULE_ID } from './plugins/diagnostics.js';
