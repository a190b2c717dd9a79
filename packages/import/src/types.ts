import type { AgencyEntry, Diagnostic, Message, Quantity, ReportPath } from '@kehoach/core';
import type { ImportLimits } from './limits.js';

/** What the importer was handed. */
export type ImportInput = { text: string } | { docx: Uint8Array };

export interface ImportOptions {
  /** Agencies in effect (a template's or the example's registry); names are matched against them. */
  agencies?: readonly AgencyEntry[];
  /** Name of the imported file, for the draft's first comment and the report. */
  fileName?: string;
  /** Written as `registry:` when given (relative path of the registry file next to the plan). */
  registryPath?: string;
  /** Written as `extends:` when given (the template package the plan builds on). */
  extendsTemplate?: string;
  /**
   * The template's own tasks, duty sections and targets (see `templateItems`): with
   * `extendsTemplate`, the draft removes them (`remove:`), each said in a comment, so the
   * template adds nothing the imported document does not state.
   */
  templateItems?: { tasks?: string[]; duties?: string[]; targets?: string[] };
  /** How large an input is read (see `IMPORT_LIMITS`); larger ones throw `InputTooLargeError`. */
  limits?: Partial<ImportLimits>;
}

/** 1-based line numbers of the source text (for DOCX: paragraph numbers of the extracted text). */
export type SourceLines = readonly number[];

/** A value found in the source and where. */
export interface Found {
  /** Path in the plan, e.g. `tasks[2].lead` or `duties[1].tasks[0].timeframe`. */
  field: string;
  value: string;
  lines: SourceLines;
}

/** A field the source does not state (left out of the draft, with a YAML comment). */
export interface Missing {
  field: string;
  message: string;
}

/** An agency name as the source writes it, and what the registry made of it. */
export interface AgencyMention {
  field: string;
  text: string;
  lines: SourceLines;
  /** Registry id when the name resolved. */
  id?: string;
  /** "Did you mean" candidates for a name that did not resolve. */
  suggestions?: { id: string; name: string; score: number }[];
}

/** Source text the importer read but put nowhere in the plan. */
export interface Unplaced {
  text: string;
  lines: SourceLines;
  reason: string;
}

export interface ReportDiagnostic {
  ruleId: string;
  severity: Diagnostic['severity'];
  message: Message;
  /** 1-based line and column in the generated YAML. */
  line: number;
  column: number;
}

export interface ImportReport {
  source: { fileName?: string; format: 'text' | 'docx'; lines: number; warnings: string[] };
  found: Found[];
  missing: Missing[];
  agencies: AgencyMention[];
  /** Agency names kept verbatim because the registry does not know them (subset of `agencies`). */
  unmatchedAgencies: AgencyMention[];
  unplaced: Unplaced[];
  /** What the cleaning pass did: lines dropped as page artefacts, lines joined back into sentences. */
  cleaning: { dropped: { line: number; text: string; reason: string }[]; joined: number };
  counts: {
    legalBases: number;
    /** Top-level items of `sections`. */
    sections: number;
    /** Assignments (tasks with a lead, their own or a group's, or none stated), body and appendices. */
    tasks: number;
    /** Task groups (tasks with task items). */
    groups: number;
    /** Requests to bodies outside the issuer's authority ("Đề nghị ..."). */
    requests: number;
    /** Tasks that are rows of appendix tables. */
    appendixRows: number;
    /** Rows (or items) that show a task stated elsewhere again. */
    taskReferences: number;
    targets: number;
    /** Report paths: `reporting` items of the body and the plan's `reporting`. */
    reporting: number;
    recipients: number;
  };
  /** Every task and request of the draft: where it is, its first source line, what it states or inherits. */
  tasks: TaskSummary[];
  /** What `lintText` still says about the draft: mostly what the source itself lacks. */
  diagnostics: ReportDiagnostic[];
}

export interface TaskSummary {
  id: string;
  /** Path in the draft, e.g. `sections[3].items[1].items[0]`. */
  field: string;
  where: 'body' | 'appendix';
  /** First source line (the item's marker or row). */
  line?: number;
  lines: number[];
  /** The task's own wording (its title, or its content when it has no title). */
  title?: string;
  lead?: string[];
  request?: string[];
  coordinators: string[];
  timeframe?: string;
  frequency?: string;
  quantity?: Quantity | Quantity[];
  report?: ReportPath;
  outputs: string[];
  /** For a row (or item) that shows a task stated elsewhere: that task's id (its values are the task's). */
  ref?: string;
}

export interface ImportResult {
  yaml: string;
  plan: Record<string, unknown>;
  report: ImportReport;
}
