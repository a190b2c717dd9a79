import { writeFile } from 'node:fs/promises';
import { LineIndex, type FileCheck, type Locale, type PlanCatalog, type Project } from '@kehoach/core';
import type { Context } from '../context.js';
import { CliError } from '../errors.js';
import { useColor } from '../format/colors.js';
import { formatHtml } from '../format/html.js';
import { formatJson } from '../format/json.js';
import { totals, type FileReport, type Report } from '../format/report.js';
import { formatSarif } from '../format/sarif.js';
import { formatStylish } from '../format/stylish.js';
import { ioReason, t } from '../messages.js';
import type { NodeHost } from '../node-host.js';
import { absolute } from '../paths.js';
import { reportRules } from '../plugins.js';
import { cliVersion } from '../version.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'html'] as const;
export type ValidateFormat = (typeof FORMATS)[number];

/** One run of `kehoach validate`: its options, its project, where its report goes. */
export interface ValidateRun {
  ctx: Context;
  locale: Locale;
  format: ValidateFormat;
  output: string | undefined;
  quiet: boolean;
  maxWarnings: number | undefined;
  cwd: string;
  inputs: string[];
  root: string;
  host: NodeHost;
  catalog: PlanCatalog;
  project: Project;
}

/** Diagnostics as shown: errors only with --quiet. */
export function shown<D extends { severity: string }>(run: ValidateRun, ds: D[]): D[] {
  return run.quiet ? ds.filter((d) => d.severity === 'error') : ds;
}

/** Lines of a file with nothing to show: the formatters only read lines to quote a problem. */
export const NO_LINES = new LineIndex('');

/**
 * A checked file as the formatters see it. A clean file keeps no lines (they hold its
 * text), so a run over thousands of files does not keep every text to the end.
 */
export function fileReport(run: ValidateRun, path: string, check: FileCheck): FileReport {
  const diagnostics = shown(run, check.diagnostics);
  const lines = diagnostics.length || check.suppressed.length ? check.analysis.source.lines : NO_LINES;
  return { path, kind: check.kind, lines, diagnostics, suppressed: check.suppressed };
}

/** Format the report, write it (to -o or the terminal) and the I/O failures; returns what was reported. */
export async function writeReport(run: ValidateRun, files: FileReport[], failures: Report['failures'], fixing: boolean): Promise<Report> {
  const { ctx, format, locale, cwd } = run;
  const report: Report = {
    files,
    cwd,
    root: run.root,
    locale,
    rules: reportRules(run.project),
    version: cliVersion(),
    failures,
    color: run.output === undefined && format === 'stylish' && useColor(ctx.io.isTTY.stdout, ctx.io.env),
    fixing,
  };
  const text = format === 'json' ? formatJson(report) : format === 'sarif' ? formatSarif(report) : format === 'html' ? formatHtml(report) : formatStylish(report);
  if (run.output !== undefined) {
    const out = absolute(cwd, run.output);
    try {
      await writeFile(out, text, 'utf8');
    } catch (error) {
      throw new CliError('unwritable', { path: run.output, reason: ioReason(locale, error) });
    }
  } else if (format === 'stylish') ctx.styled(text);
  else ctx.io.stdout(text);
  for (const f of report.failures) ctx.io.stderr(`${f.message}\n`);
  return report;
}

/** 0 no errors, 1 errors or too many warnings (said on stderr), 2 files that could not be read or written. */
export function exitCode(run: ValidateRun, report: Report): number {
  // I/O problems are exit 2 even when every readable file is clean.
  if (report.failures.length > 0) return 2;
  const c = totals(report.files);
  if (c.errors > 0) return 1;
  if (run.maxWarnings !== undefined && c.warnings > run.maxWarnings) {
    run.ctx.io.stderr(`${t(run.locale, 'tooManyWarnings', { count: c.warnings, max: run.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}
