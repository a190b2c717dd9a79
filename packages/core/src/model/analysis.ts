import type { AgencyMatch } from '../agencies/registry-index.js';
import type { AgencyResolver } from '../agencies/resolver.js';
import type { TimeframeParseResult } from '../parse/timeframe.js';
import type { ReportPath, TimeframeValue } from '../schema/common.js';
import type { Plan } from '../schema/plan.js';
import type { YamlSource } from '../yaml/source.js';
import { z } from 'zod';
import { configSchema } from '../schema/config.js';
import { registrySchema } from '../schema/registry.js';
import { buildModel, buildPlanModel, type DocumentModel } from './build.js';
import type { DocumentKind } from './document-kind.js';
import type { Provenance } from '../overlay/provenance.js';
import type { Layer } from '../overlay/types.js';
import type { MergeResult } from '../overlay/merge.js';
import type { ChainResult } from '../overlay/load.js';
import { templateSchema } from '../schema/template.js';
import { reportModelSchema, reportSchema, type Report } from '../schema/report.js';
import { asList, hasDestination, sameItems, taskViews, type TaskView } from './tasks.js';
import { planPeriod, resolveTimeframe, type PlanPeriod } from './timeframe-value.js';
import { ownString } from '../text/own.js';
import { planReporting } from './walk.js';
import { agencyCovers } from '../agencies/groups.js';

export interface AnalysisOptions {
  /** What the file is; plans unless said otherwise. */
  kind?: DocumentKind;
  dutyYearDefault?: boolean;
  /** For a plan that `extends:` a template: the merged plan and where each part came from. */
  resolution?: Resolution;
}

/** A plan (or template) laid over the templates it extends. */
export interface Resolution {
  plan: Partial<Plan>;
  provenance: Provenance;
  layers: readonly Layer[];
  merge: MergeResult;
  chain: ChainResult;
}

const registryModelSchema = (registrySchema as z.ZodObject).partial();
const configModelSchema = (configSchema as z.ZodObject).partial();
const templateModelSchema = (templateSchema as z.ZodObject).partial();

/**
 * Timeframes written as text, parsed once per year for every analysis: a plan checked
 * after each keystroke has thousands of them, nearly all unchanged. Bounded: cleared
 * when full. The results are treated as immutable by every reader.
 */
const textTimeframes = new Map<string, Map<string, TimeframeParseResult>>();
const TEXT_TIMEFRAMES_MAX = 50_000;
const objectTimeframes = new WeakMap<object, { context: string; result: TimeframeParseResult }>();

/** One key per reading context: the year, and the period when the plan states one. */
function contextKey(year: number | undefined, period: PlanPeriod | undefined): string {
  return period ? `${year}|${period.start}|${period.end}` : String(year);
}

function sharedTimeframe(value: string, year: number | undefined, period: PlanPeriod | undefined): TimeframeParseResult {
  const key = contextKey(year, period);
  let byText = textTimeframes.get(key);
  if (!byText) textTimeframes.set(key, (byText = new Map()));
  let hit = byText.get(value);
  if (!hit) {
    if (byText.size >= TEXT_TIMEFRAMES_MAX) byText.clear();
    // The key is a copy: the text is a slice of its file's text, which the table would keep alive.
    byText.set(ownString(value), (hit = resolveTimeframe(value, year, period)));
  }
  return hit;
}

/**
 * Facts about one plan text, computed once and shared by every rule and every editor
 * feature that asks: the typed model, task views, parsed timeframes, resolved agencies.
 */
/** The last report context of each file, by lineage (see YamlSource.history). */
const reportContexts = new WeakMap<object, { index: object; entries: readonly ReportPath[]; token: object }>();

export class PlanAnalysis {
  private tasksMemo: TaskView[] | undefined;
  private periodMemo: PlanPeriod | null | undefined;
  private readonly reportFor = new Map<string, ReportPath | undefined>();
  private reportContextMemo: object | undefined;
  private reportPathsMemo: ReportPath[] | undefined;

  constructor(
    readonly source: YamlSource,
    readonly agencies: AgencyResolver,
    private readonly options: AnalysisOptions = {},
  ) {}

  get uri(): string {
    return this.source.uri;
  }

  get kind(): DocumentKind {
    return this.options.kind ?? 'plan';
  }

  /** The validated (pruned) document, whatever its kind. */
  get model(): DocumentModel<unknown> {
    switch (this.kind) {
      case 'registry':
        return buildModel(this.source, registryModelSchema, registrySchema);
      case 'config':
        return buildModel(this.source, configModelSchema, configSchema);
      case 'template':
        return buildModel(this.source, templateModelSchema, templateSchema);
      case 'report':
        return buildModel(this.source, reportModelSchema, reportSchema);
      default:
        return buildPlanModel(this.source);
    }
  }

  /** The plan rules see: the merged plan when the file extends a template. */
  get plan(): Partial<Plan> | undefined {
    if (this.options.resolution) return this.options.resolution.plan;
    return this.kind === 'plan' ? (this.model.value as Partial<Plan> | undefined) : undefined;
  }

  /** A progress report (`kind: report`), with invalid parts pruned. */
  get report(): Partial<Report> | undefined {
    return this.kind === 'report' ? (this.model.value as Partial<Report> | undefined) : undefined;
  }

  /** The file's own plan, before any template is laid under it. */
  get ownPlan(): Partial<Plan> | undefined {
    return this.kind === 'plan' || this.kind === 'template' ? (this.model.value as Partial<Plan> | undefined) : undefined;
  }

  get resolution(): Resolution | undefined {
    return this.options.resolution;
  }

  /** The plan's year; for a plan over a period, the period's first year. */
  get year(): number | undefined {
    const y = this.plan?.year;
    if (typeof y === 'number') return y;
    const p = this.period;
    return p ? Number(p.start.slice(0, 4)) : undefined;
  }

  /** The dates a plan covers when it states `period` (several years, or part of one). */
  get period(): PlanPeriod | undefined {
    if (this.periodMemo === undefined) this.periodMemo = planPeriod(this.plan?.period) ?? null;
    return this.periodMemo ?? undefined;
  }

  /** The first and last day the plan covers: its period, else its year. */
  get span(): PlanPeriod | undefined {
    const p = this.period;
    if (p) return p;
    const y = this.plan?.year;
    return typeof y === 'number' ? { start: `${y}-01-01`, end: `${y}-12-31` } : undefined;
  }

  /** The plan's period as people write it, for the timeframe a standing duty runs for. */
  get periodText(): string | undefined {
    const plan = this.plan;
    if (!plan) return undefined;
    const p = plan.period;
    if (p && this.period) return p.text ?? `Từ ${p.from} đến ${p.to}`;
    return typeof plan.year === 'number' ? `Trong năm ${plan.year}` : undefined;
  }

  tasks(): TaskView[] {
    if (!this.tasksMemo) {
      const plan = this.plan;
      this.tasksMemo = plan
        ? taskViews(plan, {
            dutyYearDefault: this.options.dutyYearDefault ?? true,
            ...(this.periodText !== undefined ? { periodText: this.periodText } : {}),
            planReportFor: (leads) => this.planReportFor(leads),
            planReportContext: this.reportContext(),
          })
        : [];
    }
    return this.tasksMemo;
  }

  timeframe(value: TimeframeValue): TimeframeParseResult {
    const year = this.year;
    const period = this.period;
    if (typeof value === 'string') {
      return sharedTimeframe(value, year, period);
    }
    // Objects are shared by the sources of one file across edits (yaml/incremental.ts).
    const context = contextKey(year, period);
    let hit = objectTimeframes.get(value);
    if (!hit || hit.context !== context) objectTimeframes.set(value, (hit = { context, result: resolveTimeframe(value, year, period) }));
    return hit.result;
  }

  agency(text: string): AgencyMatch | undefined {
    return this.agencies.resolve(text);
  }

  /** Ids (or, for unknown names, the names) of agencies, for comparing who is who. */
  agencyKeys(refs: readonly string[]): string[] {
    return refs.map((r) => this.agency(r)?.entry.id ?? r.trim());
  }

  /**
   * What `planReportFor` answers from: the plan-level report paths and the registry. One
   * object for every version of the file in which neither changed (an edit inside a
   * task), so that what it answered for a task's leads can be kept with the task.
   */
  reportContext(): object {
    if (this.reportContextMemo) return this.reportContextMemo;
    const entries = this.reportPaths();
    const index = this.agencies.index;
    const lineage = this.source.history.lineage;
    const prev = reportContexts.get(lineage);
    if (prev && prev.index === index && sameItems(prev.entries, entries)) {
      this.reportContextMemo = prev.token;
    } else {
      this.reportContextMemo = {};
      reportContexts.set(lineage, { index, entries, token: this.reportContextMemo });
    }
    return this.reportContextMemo;
  }

  /** The plan-level reporting entry that applies to a task led by `leads`. */
  planReportFor(leads: readonly string[]): ReportPath | undefined {
    // Thousands of tasks share a few leads: answer each set of leads once.
    // One lead (nearly every task) is its own key: no string to build and hash per task.
    const key = leads.length === 1 ? (leads[0] as string) : leads.join('\u0000');
    const hit = this.reportFor.get(key);
    if (hit !== undefined || this.reportFor.has(key)) return hit;
    const found = this.findPlanReport(leads);
    this.reportFor.set(key, found);
    return found;
  }

  /** The plan-wide report paths, walked for once per analysis (each set of leads asks). */
  private reportPaths(): ReportPath[] {
    const plan = this.plan;
    this.reportPathsMemo ??= plan ? planReporting(plan) : [];
    return this.reportPathsMemo;
  }

  private findPlanReport(leads: readonly string[]): ReportPath | undefined {
    const reporting = this.reportPaths();
    const leadKeys = new Set(this.agencyKeys(leads));
    const leadEntries = leads.map((l) => this.agency(l)?.entry).filter((e) => e !== undefined);
    for (const entry of reporting) {
      if (!hasDestination(entry)) continue;
      const from = asList(entry.from);
      if (from.length === 0) return entry;
      if (this.agencyKeys(from).some((k) => leadKeys.has(k))) return entry;
      // A path stated for a group of agencies ("Các sở, ban, ngành") covers its members.
      for (const f of from) {
        const group = this.agency(f)?.entry;
        if (group && leadEntries.some((lead) => agencyCovers(group, lead, this.agencies))) return entry;
      }
    }
    return undefined;
  }
}
