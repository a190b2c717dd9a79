import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { DEFAULT_MAX_LENGTH, pick, PlanCatalog, Project, projectFileKind, type Diagnostic, type Locale, type PlanAnalysis } from '@kehoach/core';
import { RenderError, type RenderLimits } from '@kehoach/render';
import { localeOption, parseCommand } from './args.js';
import { RenderUsageError, rt } from './commands/render-messages.js';
import { resolveLocale, type Context } from './context.js';
import { CliError } from './errors.js';
import { expandInputs } from './files.js';
import { ioReason, t } from './messages.js';
import { isDirectory, NodeHost } from './node-host.js';
import { inputsFolder, projectRoot } from './project-root.js';
import { absolute, displayPath, toPosix } from './paths.js';
import { writeAtomic } from './write-atomic.js';

/** What `render` and `calendar` share: finding plans, reading them, and where their output goes. */
export interface PlanJob {
  command: 'render' | 'calendar';
  argv: string[];
  /** Command-specific options for parseArgs, beside the shared ones. */
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  help: 'renderHelp' | 'calendarHelp';
  /**
   * Called once the options are known: the output extension (".docx") and whether its
   * bytes may go to stdout, or a usage error.
   */
  prepare: (values: Record<string, string | boolean | undefined>) => { ext: string; textual: boolean };
  /** The plan as the output file's bytes (or text); a document over `limits` throws RenderError 'too-large'. */
  produce: (analysis: PlanAnalysis, limits: Partial<RenderLimits> | undefined) => Promise<Uint8Array | string>;
  /** The document's size when it is over `limits`: checked once the plan is read, before its rules run. */
  oversize?: (analysis: PlanAnalysis, limits: Partial<RenderLimits> | undefined) => { paragraphs: number; limit: number } | undefined;
  summary: (locale: Locale, rendered: number) => string;
  /** The note for a plan rendered despite rule errors. */
  errorsNote: 'hasErrors' | 'hasErrorsCalendar';
}

const SHARED_OPTIONS = {
  output: { type: 'string', short: 'o' },
  'out-dir': { type: 'string' },
  locale: { type: 'string' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const isSyntaxError = (d: Diagnostic): boolean => d.ruleId === 'yaml-syntax' && d.severity === 'error';

/** Plan file name without its YAML extension: "ke-hoach.kehoach.yaml" -> "ke-hoach". */
export function planStem(path: string): string {
  return basename(path).replace(/(\.kehoach)?\.ya?ml$/i, '');
}

export async function runPlanJob(ctx: Context, job: PlanJob): Promise<number> {
  const { values, positionals } = parseCommand(job.command, job.argv, { ...SHARED_OPTIONS, ...job.options }, true);
  const flagLocale = localeOption(values.locale as string | undefined);
  if (flagLocale) ctx.locale = flagLocale;
  const cwd = toPosix(ctx.io.cwd);
  let root: string;
  if (values.root !== undefined) {
    root = absolute(cwd, values.root as string);
    if (!isDirectory(root)) throw new CliError('badRoot', { path: values.root as string });
  } else root = await projectRoot(inputsFolder(positionals, cwd));
  const host = new NodeHost(root);
  const catalog = new PlanCatalog();
  const project = new Project(host, { catalog });
  const locale = (ctx.locale = await resolveLocale(ctx, flagLocale, project.configs));
  if (values.help) {
    ctx.io.stdout(rt(locale, job.help));
    return 0;
  }

  const output = values.output as string | undefined;
  const outDir = values['out-dir'] as string | undefined;
  if (positionals.length === 0) throw new RenderUsageError('missingPlan', { command: job.command });
  if (output !== undefined && outDir !== undefined) throw new RenderUsageError('outputAndOutDir');
  const { ext, textual } = job.prepare(values as Record<string, string | boolean | undefined>);
  if (output === '-' && !textual) throw new RenderUsageError('binaryToTerminal', { format: ext.slice(1).toUpperCase(), example: `ke-hoach${ext}` });

  const { files, failures } = await expandInputs(positionals, cwd, host, project.configs, catalog);
  const explicit = new Set(positionals.filter((p) => !isDirectory(absolute(cwd, p))).map((p) => absolute(cwd, p)));
  const folders = positionals.filter((p) => isDirectory(absolute(cwd, p))).map((p) => absolute(cwd, p));
  const plans: { path: string; analysis: PlanAnalysis; diagnostics: Diagnostic[] }[] = [];
  // Plans over the limits: said at once, not read, the others rendered; exit code 2.
  let tooLarge = 0;
  const limits = ctx.options.limits?.render;
  const maxCharacters = limits?.characters ?? DEFAULT_MAX_LENGTH;
  const number = (n: number): string => n.toLocaleString(locale === 'en' ? 'en-US' : 'vi-VN');
  for (const path of files) {
    const text = (await host.entry(path))?.text;
    if (text !== undefined && text.length > maxCharacters && (explicit.has(path) || projectFileKind(path, text) === 'plan')) {
      ctx.io.stderr(`kehoach: ${rt(locale, 'tooLongPlan', { path: displayPath(cwd, path), count: number(text.length), limit: number(maxCharacters) })}\n`);
      tooLarge++;
      continue;
    }
    // Read (the check below reuses it) and measured before the rules run: they cost most on a huge plan.
    const loaded = job.oversize ? await project.analyze(path) : undefined;
    const size = loaded?.kind === 'plan' && loaded.analysis.plan ? job.oversize?.(loaded.analysis, limits) : undefined;
    if (size) {
      ctx.io.stderr(`kehoach: ${rt(locale, 'tooLargeDocument', { path: displayPath(cwd, path), count: number(size.paragraphs), limit: number(size.limit) })}\n`);
      tooLarge++;
      continue;
    }
    const check = await project.check(path);
    if (check?.kind === 'plan' && check.analysis.plan) plans.push({ path, analysis: check.analysis, diagnostics: check.diagnostics });
    // A plan (or a file the user named) that could not be read at all, say an alias bomb
    // refused: its YAML errors are the reason it is not rendered, not "not a plan".
    else if (check && (check.kind === 'plan' || explicit.has(path)) && check.diagnostics.some(isSyntaxError)) {
      plans.push({ path, analysis: check.analysis, diagnostics: check.diagnostics });
    } else if (explicit.has(path)) throw new RenderUsageError('notAPlan', { path: displayPath(cwd, path) });
  }
  for (const f of failures) ctx.io.stderr(`kehoach: ${t(locale, 'unreadable', { path: displayPath(cwd, f.path), reason: ioReason(locale, f.error) })}\n`);
  if (plans.length === 0) {
    if (failures.length || tooLarge) return 2;
    throw new RenderUsageError('noPlans', { paths: positionals.join(', ') });
  }
  if (output !== undefined && output !== '-' && plans.length > 1) throw new RenderUsageError('outputNeedsOnePlan', { count: plans.length });
  if (output === '-' && plans.length > 1) throw new RenderUsageError('outputNeedsOnePlan', { count: plans.length });

  let rendered = 0;
  let failed = 0;
  for (const plan of plans) {
    const shown = displayPath(cwd, plan.path);
    const syntax = plan.diagnostics.filter(isSyntaxError);
    if (syntax.length) {
      for (const d of syntax) {
        const where = `${shown}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
        ctx.io.stderr(`${rt(locale, 'syntaxError', { where, message: pick(d.message, locale), rule: d.ruleId })}\n`);
      }
      ctx.io.stderr(`${rt(locale, 'notRendered', { path: shown })}\n`);
      failed++;
      continue;
    }
    let data: Uint8Array | string;
    try {
      data = await job.produce(plan.analysis, limits);
    } catch (error) {
      if (!(error instanceof RenderError && error.code === 'too-large' && error.size)) throw error;
      ctx.io.stderr(`kehoach: ${rt(locale, 'tooLargeDocument', { path: shown, count: number(error.size.paragraphs), limit: number(error.size.limit) })}\n`);
      tooLarge++;
      continue;
    }
    if (output === '-') {
      ctx.data(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
    } else {
      const target = output !== undefined ? absolute(cwd, output) : outputPath(plan.path, ext, cwd, outDir, folders);
      await write(target, data, locale, cwd);
      ctx.io.stdout(`${rt(locale, 'wrote', { from: shown, to: displayPath(cwd, target) })}\n`);
    }
    rendered++;
    const errors = plan.diagnostics.filter((d) => d.severity === 'error').length;
    if (errors > 0) ctx.io.stderr(`${rt(locale, job.errorsNote, { path: shown, count: errors })}\n`);
  }
  if (output !== '-' && rendered > 0) ctx.io.stdout(`${job.summary(locale, rendered)}\n`);
  if (failed > 0) ctx.io.stderr(`${rt(locale, 'failedSummary', { count: failed })}\n`);
  if (failures.length > 0 || tooLarge > 0) return 2;
  return failed > 0 ? 1 : 0;
}

/**
 * Next to the plan by default; under --out-dir, at the plan's place relative to the
 * folder the user named (a file named directly goes straight into --out-dir).
 */
function outputPath(plan: string, ext: string, cwd: string, outDir: string | undefined, folders: string[]): string {
  const name = `${planStem(plan)}${ext}`;
  if (outDir === undefined) return `${dirname(plan)}/${name}`;
  const base = absolute(cwd, outDir);
  const from = folders.filter((f) => plan.startsWith(`${f}/`)).sort((a, b) => b.length - a.length)[0];
  const sub = from ? toPosix(relative(from, dirname(plan))) : '';
  return toPosix(join(base, sub, name));
}

async function write(path: string, data: Uint8Array | string, locale: Locale, cwd: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true }).catch((error: unknown) => {
      // The folder to write into is a file: say so, not "EEXIST".
      throw (error as { code?: string }).code === 'EEXIST' ? Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' }) : error;
    });
    if ((await stat(path).catch(() => undefined))?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    await writeAtomic(path, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
  } catch (error) {
    throw new CliError('unwritable', { path: displayPath(cwd, path), reason: ioReason(locale, error) });
  }
}
