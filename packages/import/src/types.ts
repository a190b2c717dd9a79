import type { AgencyEntry, Diagnostic, Message } from '@kehoach/core';

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
    tasks: number;
    duties: number;
    dutyTasks: number;
    reporting: number;
    recipients: number;
  };
  /** What `lintText` still says about the draft: mostly what the source itself lacks. */
  diagnostics: ReportDiagnostic[];
}

export interface ImportResult {
  yaml: string;
  plan: Record<string, unknown>;
  report: ImportReport;
}
