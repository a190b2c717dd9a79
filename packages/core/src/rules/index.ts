import type { AnyRule } from '../engine/define.js';
import { schema } from './schema.js';
import { suppressionComment } from './suppression-comment.js';
import { taskLeadRequired } from './task-lead-required.js';
import { taskReportPathRequired } from './task-report-path-required.js';
import { taskTimeframeRequired } from './task-timeframe-required.js';
import { unknownKey } from './unknown-key.js';
import { yamlSyntax } from './yaml-syntax.js';
import { templateResolvable } from './template-resolvable.js';
import { templateParameterOverride } from './template-parameter-override.js';
// <agency-text-rules-imports>
// </agency-text-rules-imports>
// <time-legal-rules-imports>
// </time-legal-rules-imports>

/** Every built-in rule, by id. Keep the list sorted by category then id. */
export const BUILTIN_RULES = {
  'task-lead-required': taskLeadRequired,
  'task-timeframe-required': taskTimeframeRequired,
  'task-report-path-required': taskReportPathRequired,
  // <agency-text-rules>
  // </agency-text-rules>
  // <time-legal-rules>
  // </time-legal-rules>
  'yaml-syntax': yamlSyntax,
  schema,
  'unknown-key': unknownKey,
  'suppression-comment': suppressionComment,
  'template-resolvable': templateResolvable,
  'template-parameter-override': templateParameterOverride,
} satisfies Record<string, AnyRule>;

export type BuiltinRuleId = keyof typeof BUILTIN_RULES;

export const builtinRules: ReadonlyMap<string, AnyRule> = new Map(Object.entries(BUILTIN_RULES));
