import type { Diagnostic } from '../diagnostics.js';
import { locate } from '../engine/locate.js';
import type { PlanAnalysis } from '../model/analysis.js';
import { pluginProblemMessage, type PluginProblem } from './load.js';

/** Plugin problems have no rule of their own; this id lets `--format json` and SARIF group them. */
export const PLUGIN_PROBLEM_RULE_ID = 'plugins';

/**
 * A plugin problem as a diagnostic of the file being checked: at the `plugins:` entry
 * when that is in this file, else at the top of the file, pointing at the entry.
 */
export function pluginDiagnostic(analysis: PlanAnalysis, problem: PluginProblem): Diagnostic {
  const message = pluginProblemMessage(problem);
  const { where } = problem;
  const entry = locate(where.source, where.at);
  const here = where.uri === analysis.uri;
  const source = analysis.source;
  const offsets = here ? entry : { start: 0, end: Math.min(source.text.length, source.lines.lineEnd(0)) };
  const diagnostic: Diagnostic = {
    uri: analysis.uri,
    ruleId: PLUGIN_PROBLEM_RULE_ID,
    severity: 'error',
    messageId: problem.messageId,
    data: problem.data,
    message,
    range: source.lines.range(offsets),
    offsets,
  };
  if (!here) {
    diagnostic.related = [
      { uri: where.uri, offsets: entry, range: where.source.lines.range(entry), message: { vi: 'Khai báo tại đây', en: 'Declared here' } },
    ];
  }
  return diagnostic;
}
