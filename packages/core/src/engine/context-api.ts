import type { AgencyResolver } from '../agencies/resolver.js';
import type { SchemaProblem } from '../model/build.js';
import type { PlanAnalysis } from '../model/analysis.js';
import type { ParentLink } from '../model/parent.js';
import type { FileLink } from '../model/links.js';
import type { TaskView } from '../model/tasks.js';
import type { Plan } from '../schema/plan.js';
import type { OffsetRange } from '../text/positions.js';
import type { YamlSource } from '../yaml/source.js';
import type { Locator, ReportInput } from './define.js';

/** What a rule sees. Everything is computed once per file and shared between rules. */
export interface RuleContextApi<M extends string, O> {
  readonly ruleId: string;
  readonly uri: string;
  readonly source: YamlSource;
  readonly analysis: PlanAnalysis;
  /** The plan with invalid parts pruned; top-level fields may be missing. */
  readonly plan: Partial<Plan>;
  readonly year: number | undefined;
  readonly options: O;
  readonly agencies: AgencyResolver;
  readonly schemaProblems: readonly SchemaProblem[];
  /** The parent plan link, for project-scope rules. */
  readonly parent: ParentLink;
  /** References to other files and whether they resolved. */
  readonly links: readonly FileLink[];
  /** Ids of every rule known to this run (built-in and plugins). */
  readonly ruleIds: ReadonlySet<string>;
  tasks(): readonly TaskView[];
  rangeOf(at: Locator): OffsetRange;
  report(input: ReportInput<M>): void;
}
