import type { AnyRule, Diagnostic, DocumentKind, LineIndex, Locale, SuppressedDiagnostic } from '@kehoach/core';
import { autoFix } from '../fix.js';

/** One checked file, as every formatter sees it. */
export interface FileReport {
  /** Absolute, forward slashes. */
  path: string;
  kind: DocumentKind;
  /** The text the positions refer to (without a byte order mark). */
  lines: LineIndex;
  /** Shown diagnostics (errors only with --quiet). */
  diagnostics: Diagnostic[];
  suppressed: SuppressedDiagnostic[];
}

/** Everything a formatter needs: the files, where they live, and how to speak. */
export interface Report {
  files: FileReport[];
  cwd: string;
  root: string;
  locale: Locale;
  rules: ReadonlyMap<string, AnyRule>;
  version: string;
  /** Files that could not be read: SARIF lists them as tool notifications. */
  failures: { path: string; message: string }[];
  color: boolean;
  /** --fix was given: remaining diagnostics with a fix are not announced as fixable. */
  fixing: boolean;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
  fixable: number;
}

export function countOf(diagnostics: readonly Diagnostic[], suppressed = 0): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0, suppressed, fixable: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    else c.infos++;
    if (autoFix(d)) c.fixable++;
  }
  return c;
}

export function totals(files: readonly FileReport[]): Counts {
  const all: Counts = { errors: 0, warnings: 0, infos: 0, suppressed: 0, fixable: 0 };
  for (const f of files) {
    const c = countOf(f.diagnostics, f.suppressed.length);
    all.errors += c.errors;
    all.warnings += c.warnings;
    all.infos += c.infos;
    all.suppressed += c.suppressed;
    all.fixable += c.fixable;
  }
  return all;
}
