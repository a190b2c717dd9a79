import { lintText, type PlanAnalysis } from '@kehoach/core';
import { importPlan, type ImportResult } from '@kehoach/import';
import { readDraft } from './draft-model.js';
import { draftTasks } from './draft-tasks.js';
import { scoreFacts, type FactScores, type Facts } from './facts.js';
import { checkInvented, type InventedValue } from './invented.js';
import { renderText } from './render-text.js';
import { similarity, type Similarity } from './similarity.js';

/** Diagnostics that mean the draft is not a valid plan file. */
export const SCHEMA_RULES: ReadonlySet<string> = new Set(['schema', 'yaml-syntax', 'unknown-key']);

/** What the draft holds, counted the way core's rules see it. */
export interface DraftCounts {
  /** Tasks (assignments, not requests) stated in the body (`sections`, or the earlier `tasks`/`duties`). */
  bodyTasks: number;
  /** Tasks stated in appendix tables. */
  appendixTasks: number;
  /** Requests: outermost items or sections that state `request`. */
  requests: number;
  /** Of the tasks: those with a lead, with coordinators, with a timeframe stated for them. */
  leads: number;
  coordinators: number;
  timeframes: number;
  /** Source paragraphs the importer placed nowhere (its report's `unplaced`). */
  unplaced: number;
}

export interface SchemaError {
  ruleId: string;
  line: number;
  message: string;
}

export interface PlanResult {
  file: string;
  chars: number;
  /** Set when a stage threw: the plan could not be measured (a crash, not a low score). */
  error?: { stage: 'import' | 'read' | 'validate' | 'render'; message: string };
  counts?: DraftCounts;
  invented?: { checked: number; exempt: number; values: InventedValue[]; miscited: InventedValue[] };
  schemaErrors?: SchemaError[];
  similarity?: Similarity;
  facts?: FactScores;
  /** Wall time of the whole measurement of this plan (printed, never in the Markdown table). */
  ms: number;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

/** Imports one plan text, validates and renders the draft, and measures all of it. */
export async function measurePlan(file: string, source: string, facts?: Facts): Promise<PlanResult> {
  const started = performance.now();
  const result: PlanResult = { file, chars: source.length, ms: 0 };
  const done = (): PlanResult => {
    result.ms = Math.round(performance.now() - started);
    return result;
  };
  const fail = (stage: NonNullable<PlanResult['error']>['stage'], e: unknown): PlanResult => {
    result.error = { stage, message: message(e) };
    return done();
  };

  let imported: ImportResult;
  try {
    imported = await importPlan({ text: source }, { fileName: file });
  } catch (e) {
    return fail('import', e);
  }
  const lineCount = source.split(/\r?\n/).length;
  let draft;
  let tasks;
  try {
    draft = readDraft(imported.yaml, imported.report?.found ?? [], lineCount);
    tasks = draftTasks(draft);
    const inv = checkInvented(draft, source);
    result.invented = { checked: inv.checked, exempt: inv.exempt, values: inv.invented, miscited: inv.miscited };
  } catch (e) {
    return fail('read', e);
  }
  const assignments = tasks.leaves.filter((t) => !t.request);
  result.counts = {
    bodyTasks: assignments.filter((t) => t.place !== 'appendix').length,
    appendixTasks: assignments.filter((t) => t.place === 'appendix').length,
    requests: tasks.requests.length,
    leads: assignments.filter((t) => t.leads.length > 0).length,
    coordinators: assignments.filter((t) => t.coordinators.length > 0).length,
    timeframes: assignments.filter((t) => t.timeframe !== undefined).length,
    unplaced: imported.report?.unplaced?.length ?? 0,
  };
  if (facts) result.facts = scoreFacts(facts, tasks);

  let analysis: PlanAnalysis;
  try {
    const lint = lintText(imported.yaml, { uri: `${file.replace(/\.[^.]+$/, '')}.kehoach.yaml` });
    analysis = lint.analysis;
    result.schemaErrors = lint.diagnostics
      .filter((d) => SCHEMA_RULES.has(d.ruleId))
      .map((d) => ({ ruleId: d.ruleId, line: d.range.start.line + 1, message: d.message.en }));
  } catch (e) {
    return fail('validate', e);
  }
  try {
    result.similarity = similarity(source, await renderText(analysis));
  } catch (e) {
    return fail('render', e);
  }
  return done();
}
