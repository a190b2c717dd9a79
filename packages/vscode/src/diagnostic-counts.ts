/** Severity numbers of vscode.DiagnosticSeverity (kept here so this file is testable without VS Code). */
export const SEVERITY = { error: 0, warning: 1, information: 2, hint: 3 } as const;

export interface CountableDiagnostic {
  severity: number;
  source?: string;
}

export interface Counts {
  errors: number;
  warnings: number;
}

/** Errors and warnings kehoach reported, over every file of the workspace. */
export function countDiagnostics(all: ReadonlyArray<readonly [unknown, readonly CountableDiagnostic[]]>): Counts {
  const counts = { errors: 0, warnings: 0 };
  for (const [, diagnostics] of all) {
    for (const d of diagnostics) {
      if (d.source !== 'kehoach') continue;
      if (d.severity === SEVERITY.error) counts.errors++;
      else if (d.severity === SEVERITY.warning) counts.warnings++;
    }
  }
  return counts;
}
