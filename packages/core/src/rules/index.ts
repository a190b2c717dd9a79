import type { AnyRule } from '../engine/define.js';
import { schema } from './schema.js';
import { suppressionComment } from './suppression-comment.js';
import { taskLeadRequired } from './task-lead-required.js';
import { taskReportPathRequired } from './task-report-path-required.js';
import { taskTimeframeRequired } from './task-timeframe-required.js';
import { unknownKey } from './unknown-key.js';
import { yamlSyntax } from './yaml-syntax.js';
import { bodyStatedOnce } from './body-stated-once.js';
import { requestForExternal } from './request-for-external.js';
import { signatureChain } from './signature-chain.js';
import { taskReferenceResolvable } from './task-reference-resolvable.js';
import { templateResolvable } from './template-resolvable.js';
import { templateParameterOverride } from './template-parameter-override.js';
import { templatePlaceholder } from './template-placeholder.js';
import { textControlCharacters } from './text-control-characters.js';
// <agency-text-rules-imports>
import { abbreviationDefined } from './abbreviation-defined.js';
import { agencyKnown } from './agency-known.js';
import { duplicateId } from './duplicate-id.js';
import { singleLead } from './single-lead.js';
import { targetMeasurable } from './target-measurable.js';
import { textNfc } from './text-nfc.js';
// </agency-text-rules-imports>
// <time-legal-rules-imports>
import { dateValid } from './date-valid.js';
import { legalRefDateConsistent } from './legal-ref-date-consistent.js';
import { legalRefFormat } from './legal-ref-format.js';
import { parentTaskImplemented } from './parent-task-implemented.js';
import { referenceResolvable } from './reference-resolvable.js';
import { reportDueBeforeParent } from './report-due-before-parent.js';
import { timeframeParseable } from './timeframe-parseable.js';
import { timeframeWithinYear } from './timeframe-within-year.js';
import { timeframeConditional } from './timeframe-conditional.js';
// </time-legal-rules-imports>
// <report-rules-imports>
import { reportCoversDueTasks } from './report-covers-due-tasks.js';
import { reportEvidenceRef } from './report-evidence-ref.js';
import { reportFigureUnit } from './report-figure-unit.js';
import { reportOnTime } from './report-on-time.js';
import { reportPlanResolvable } from './report-plan-resolvable.js';
import { reportSentToPath } from './report-sent-to-path.js';
import { reportStatusConsistent } from './report-status-consistent.js';
// </report-rules-imports>

/** Every built-in rule, by id. Keep the list sorted by category then id. */
export const BUILTIN_RULES = {
  'task-lead-required': taskLeadRequired,
  'task-timeframe-required': taskTimeframeRequired,
  'task-report-path-required': taskReportPathRequired,
  // <agency-text-rules>
  'agency-known': agencyKnown,
  'single-lead': singleLead,
  'request-for-external': requestForExternal,
  'duplicate-id': duplicateId,
  'target-measurable': targetMeasurable,
  'abbreviation-defined': abbreviationDefined,
  'text-nfc': textNfc,
  // </agency-text-rules>
  'text-control-characters': textControlCharacters,
  // <time-legal-rules>
  'date-valid': dateValid,
  'timeframe-parseable': timeframeParseable,
  'timeframe-within-year': timeframeWithinYear,
  'timeframe-conditional': timeframeConditional,
  'legal-ref-date-consistent': legalRefDateConsistent,
  'legal-ref-format': legalRefFormat,
  'parent-task-implemented': parentTaskImplemented,
  'reference-resolvable': referenceResolvable,
  'report-due-before-parent': reportDueBeforeParent,
  // </time-legal-rules>
  // <report-rules>
  'report-plan-resolvable': reportPlanResolvable,
  'report-covers-due-tasks': reportCoversDueTasks,
  'report-status-consistent': reportStatusConsistent,
  'report-figure-unit': reportFigureUnit,
  'report-sent-to-path': reportSentToPath,
  'report-on-time': reportOnTime,
  'report-evidence-ref': reportEvidenceRef,
  // </report-rules>
  'yaml-syntax': yamlSyntax,
  schema,
  'unknown-key': unknownKey,
  'body-stated-once': bodyStatedOnce,
  'task-reference-resolvable': taskReferenceResolvable,
  'signature-chain': signatureChain,
  'suppression-comment': suppressionComment,
  'template-resolvable': templateResolvable,
  'template-parameter-override': templateParameterOverride,
  'template-placeholder': templatePlaceholder,
} satisfies Record<string, AnyRule>;

export type BuiltinRuleId = keyof typeof BUILTIN_RULES;

export const builtinRules: ReadonlyMap<string, AnyRule> = new Map(Object.entries(BUILTIN_RULES));
