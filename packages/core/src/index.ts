/**
 * @kehoach/core: what hosts use — the plan schema and its types, reading and checking
 * plans (Project, lintText, the rules), the project policy, the parsers and the plugin
 * API. `@kehoach/core/testing` has the RuleTester; `@kehoach/core/internal` the parts
 * this repository's own tools share (schema navigation, YAML nodes, edit builders,
 * overlay and plugin-loading machinery), with no promise of stability.
 */
// Schema and types
export * from './schema/plan.js';
export * from './schema/task.js';
export * from './schema/common.js';
export * from './schema/registry.js';
export * from './schema/config.js';
export * from './schema/rule-settings.js';
export * from './schema/layout.js';
export * from './schema/labels.js';
export { jsonSchema, SCHEMA_IDS, type SchemaName } from './schema/json-schema.js';

// Text and positions
export * from './text/positions.js';
export * from './text/normalize.js';
export * from './text/similarity.js';
export { decodeUtf8 } from './text/decode.js';
export { ownString } from './text/own.js';
export { scanAbbreviations, WELL_KNOWN_ABBREVIATIONS, type AbbreviationUse } from './text/abbreviations.js';
export { DEFAULT_MAX_LENGTH, YamlSource, type Path, type PathSegment, type SyntaxProblem } from './yaml/source.js';

// Parsers
export * from './parse/date.js';
export * from './parse/timeframe.js';
export * from './parse/legal-ref.js';
export * from './parse/document-types.js';

// Agencies
export * from './agencies/registry-index.js';
export * from './agencies/resolver.js';

// Model
export { PlanAnalysis, type AnalysisOptions } from './model/analysis.js';
export { buildPlanModel, type SchemaProblem, type DocumentModel, type PlanModel } from './model/build.js';
export { taskViews, asList, hasDestination, type TaskView, type ValueSource } from './model/tasks.js';
export { resolveTimeframe, timeframeText } from './model/timeframe-value.js';
export { detectDocumentKind, PLAN_FILE_PATTERN, type DocumentKind } from './model/document-kind.js';
export type { ParentLink } from './model/parent.js';
export type { FileLink } from './model/links.js';
export { agencyRefs, agencyRefLocator, type AgencyRef, type AgencyRole } from './model/agency-refs.js';

// Rules and engine
export * from './diagnostics.js';
export * from './i18n/message.js';
export { defineRule, type Rule, type AnyRule, type RuleMeta, type RuleCategory, type Locator, type ReportInput, type FixInput } from './engine/define.js';
export type { RuleContextApi } from './engine/context-api.js';
export { checkPlan, type CheckInput, type CheckResult } from './engine/run.js';
export { mergeSettings, effectiveRules, type EffectiveRule } from './engine/settings.js';
export { plainOrQuoted } from './engine/edits.js';
export { EXAMPLE_AGENCIES, EXAMPLE_HEAD } from './engine/example-registry.js';
export { BUILTIN_RULES, builtinRules, type BuiltinRuleId } from './rules/index.js';
export { lintText, type LintTextOptions, type LintTextResult } from './lint.js';

// Project
export { Project, type FileCheck, type ProjectOptions } from './project/project.js';
export { ConfigResolver, type ResolvedConfig, type ConfigFile, type RuleLayer } from './project/config-resolver.js';
export { MemoryHost, type ProjectHost } from './project/host.js';
export { Containment, canonicalPath, inNodeModulesPackage, type LinkView } from './project/containment.js';
export * from './project/paths.js';
export {
  findProjectRoot,
  commonFolder,
  isSkippedFolder,
  inSkippedFolder,
  projectFileKind,
  IgnoreRules,
  YAML_FILE,
  type RootProbe,
} from './project/policy.js';
export { globMatcher, type GlobMatcher } from './project/glob.js';
export { PlanCatalog, planNumberOf, numberKey } from './project/catalog.js';

// Template overlays (extends chains): what a resolved plan says of its layers
export { hasTemplateBlank } from './overlay/blank.js';
export type { Resolution } from './model/analysis.js';
export type { Layer } from './overlay/types.js';

// Fixes
export { applyEdits } from './engine/apply-edits.js';

// Plugins
export { definePlugin, parseSharedConfigRef, type Plugin, type PluginConfig } from './plugins/define-plugin.js';
export { validatePlugin, type ValidatedPlugin } from './plugins/validate.js';
export { PluginNotFoundError, PluginShapeError, isPluginNotFound, type PluginHost, type PluginIsolate, type IsolatedCheck, type IsolatedPlugin } from './plugins/host.js';
export { untrustedPluginsNotice, type PluginRunOptions, type PluginStatus } from './plugins/project-run.js';

// The plan body (sections, groups, appendices) as rules, editors and renderers walk it
export {
  walkPlan,
  itemKind,
  childItems,
  planTasks,
  isGroup,
  planReporting,
  reportingItems,
  planTargets,
  planBases,
  planCitations,
  basisObject,
  taskIds,
  usesSections,
  paragraphTexts,
  isHeading,
  isTask,
  isTaskRef,
  isTarget,
  isReporting,
  isTable,
  type ItemKind,
  type ItemVisit,
  type Place,
  type TargetVisit,
  type BasisVisit,
  type Citation,
} from './model/walk.js';
export * from './schema/body.js';
export { agencyCovers, isExternal } from './agencies/groups.js';
export { planPeriod, type PlanPeriod } from './model/timeframe-value.js';
export {
  letterAt,
  roman,
  childStyle,
  writtenPosition,
  Counter,
  bodyPlace,
  placeUnder,
  markList,
  isGroupRow,
  tableOrder,
  type Mark,
  type NumberPlace,
} from './model/numbering.js';

// Progress reports on a plan (`kind: report`, `*.baocao.yaml`) and the reporting periods of Nghị định 09/2019/NĐ-CP
export * from './schema/report.js';
export { REPORT_FILE_PATTERN } from './model/document-kind.js';
export * from './model/report-period.js';
export { deadlineFor, pathPeriodKinds, type ReportDeadline } from './model/report-deadline.js';
export {
  reporterMatcher,
  reporterTasks,
  reporterPath,
  reportPeriod,
  dueIn,
  taskSpan,
  taskDeadline,
  targetsById,
  taskMeasure,
  tasksById,
} from './model/report-scope.js';
export { readReport, readReportAgainst, dueTasks, coveredIds, isCovered, type ReportReading } from './model/report-check.js';
export { reportTaskInfos, planTaskInfos, reportStatuses, reportDeadlineText, scaffoldResults, type ReportTaskInfo } from './model/report-editor.js';
