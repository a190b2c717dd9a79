import { LineIndex, PlanCatalog, Project, type FileCheck } from '@kehoach/core';
import { choice, localeOption, parseCommand } from '../args.js';
import { resolveLocale, type Context } from '../context.js';
import { CliError } from '../errors.js';
import { expandInputs } from '../files.js';
import { tuneGcForBatch } from '../gc-tuning.js';
import { autoFix, fixFile, onlySuggested } from '../fix.js';
import type { FileReport } from '../format/report.js';
import { helpText } from '../help.js';
import { ioReason, t } from '../messages.js';
import { isDirectory, NodeHost } from '../node-host.js';
import { inputsFolder, projectRoot } from '../project-root.js';
import { CheckWorkers, chunkStarts, claim, jobCount } from '../parallel.js';
import { release } from '../release.js';
import { absolute, displayPath, toPosix } from '../paths.js';
import { cliPlugins } from '../plugins.js';
import { encodeText, writeAtomic } from '../write-atomic.js';
import { exitCode, fileReport, FORMATS, NO_LINES, shown, writeReport, type ValidateRun } from './validate-run.js';
import { watchValidate } from './watch.js';

/** Runs shorter than this many files print no progress line. */
const PROGRESS_FROM = 20;

/**
 * `kehoach validate`: expand the inputs, check every file through one Project (so
 * parent plans, registries and templates are read once and cross-file rules see them),
 * optionally apply safe fixes, then print one report.
 */
export async function validateCommand(ctx: Context, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    'validate',
    argv,
    {
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      locale: { type: 'string' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean' },
      fix: { type: 'boolean' },
      root: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      watch: { type: 'boolean', short: 'w' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  const flagLocale = localeOption(values.locale);
  if (flagLocale) ctx.locale = flagLocale;
  const format = choice('--format', values.format, FORMATS) ?? 'stylish';
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  const jobsFlag = parseJobs(values.jobs);

  const cwd = toPosix(ctx.io.cwd);
  const inputs = positionals.length ? positionals : ['.'];
  let root: string;
  if (values.root !== undefined) {
    root = absolute(cwd, values.root);
    if (!isDirectory(root)) throw new CliError('badRoot', { path: values.root });
  } else root = await projectRoot(inputsFolder(inputs, cwd));

  const host = new NodeHost(root);
  const catalog = new PlanCatalog();
  const project = new Project(host, { rules: ctx.options.rules, plugins: cliPlugins(host, ctx.io.env), catalog });
  const locale = (ctx.locale = await resolveLocale(ctx, flagLocale, project.configs));
  if (values.help) {
    ctx.io.stdout(helpText('validate', locale));
    return 0;
  }

  const run: ValidateRun = { ctx, locale, format, output: values.output, quiet: values.quiet === true, maxWarnings, cwd, inputs, root, host, catalog, project };
  if (values.watch) {
    if (values.fix) throw new CliError({ vi: '--fix không dùng cùng --watch: sửa một lần bằng kehoach validate --fix, rồi theo dõi.', en: '--fix does not go with --watch: fix once with kehoach validate --fix, then watch.' });
    return watchValidate(run);
  }

  tuneGcForBatch();
  // Plain checks of many files run in several threads; --fix and test rule sets stay here.
  const parallel = !values.fix && !ctx.options.rules;
  let workers: CheckWorkers | undefined;
  const startWorkers = (count: number): void => {
    const threads = parallel ? jobCount(jobsFlag, count) : 1;
    if (threads > 1) workers = new CheckWorkers(threads - 1);
  };
  let expanded;
  try {
    expanded = await expandInputs(inputs, cwd, host, project.configs, catalog, startWorkers);
  } catch (error) {
    workers?.close();
    throw error;
  }
  const { files, failures } = expanded;
  if (files.length === 0 && failures.length === 0) {
    workers?.close();
    throw new CliError('noFiles', { paths: inputs.join(', ') });
  }

  const progress = ctx.io.isTTY.stderr && files.length >= PROGRESS_FROM;
  const slots: (FileReport | undefined)[] = new Array(files.length);
  let fixedFiles = 0;
  let fixedCount = 0;
  let leftToAuthor = 0;
  const writeFailures: { path: string; message: string }[] = [];
  let done = 0;
  const say = (): void => ctx.progress(`\r${t(locale, 'progress', { done, total: files.length })}`);
  const tick = (): void => {
    done++;
    if (progress && done % 10 === 0) say();
  };
  if (progress) say();
  /** Check one file in this thread (and fix it with --fix): its report. */
  const checkHere = async (path: string): Promise<FileReport | undefined> => {
    let check: FileCheck | undefined = await project.check(path);
    if (!check) return undefined;
    if (values.fix) {
      const entry = await host.entry(path);
      if (entry && check.diagnostics.some((d) => autoFix(d) !== undefined)) {
        if (entry.truncated || entry.problems.length > 0) {
          ctx.io.stderr(`${t(locale, 'fixSkippedEncoding', { path: displayPath(cwd, path) })}\n`);
        } else {
          const outcome = await fixFile(project, host, check, entry.text);
          if (outcome.applied > 0) {
            try {
              await writeAtomic(path, encodeText(outcome.text, entry.bom));
              fixedFiles++;
              fixedCount += outcome.applied;
              check = outcome.check;
            } catch (error) {
              writeFailures.push({ path, message: t(locale, 'unwritable', { path: displayPath(cwd, path), reason: ioReason(locale, error) }) });
            }
          }
        }
      }
      leftToAuthor += check.diagnostics.filter(onlySuggested).length;
    }
    const report = fileReport(run, path, check);
    release(project, host, path);
    return report;
  };

  const threads = parallel && workers ? jobCount(jobsFlag, files.length) : 1;
  if (threads > 1 && workers) {
    // Chunks of the sorted list are claimed by whichever thread is free, this one too.
    const chunks = chunkStarts(files, root, threads);
    const next = new SharedArrayBuffer(4);
    const fromWorkers = workers.run({ root, files, chunks, next, catalog: catalog.entries(), listings: host.listed() }, tick).then(
      (results) => ({ results }),
      (error: unknown) => ({ error }),
    );
    for (let chunk; (chunk = claim(next, chunks)) !== undefined; ) {
      const end = chunks[chunk + 1] ?? files.length;
      for (let i = chunks[chunk] as number; i < end; i++) {
        slots[i] = await checkHere(files[i] as string);
        tick();
      }
    }
    const outcome = await fromWorkers;
    if ('error' in outcome) throw outcome.error;
    for (const [chunk, results] of outcome.results) {
      const start = chunks[chunk] as number;
      results.forEach((c, k) => {
        if (c) slots[start + k] = { path: c.path, kind: c.kind, lines: c.text ? new LineIndex(c.text) : NO_LINES, diagnostics: shown(run, c.diagnostics), suppressed: c.suppressed };
      });
    }
  } else {
    workers?.close();
    for (const [i, path] of files.entries()) {
      slots[i] = await checkHere(path);
      tick();
    }
  }
  const reports = slots.filter((r): r is FileReport => r !== undefined);
  if (progress) ctx.progress(`\r${' '.repeat(40)}\r`);

  const readFailures = failures.map((f) => ({
    path: f.path,
    message: t(locale, 'unreadable', { path: displayPath(cwd, f.path), reason: ioReason(locale, f.error) }),
  }));
  const report = await writeReport(run, reports, [...readFailures, ...writeFailures], values.fix === true);
  // --fix always says what it did, and what it left to the author.
  if (values.fix) {
    const did = fixedCount > 0 ? t(locale, 'fixesApplied', { count: fixedCount, files: fixedFiles }) : t(locale, 'fixesNone');
    ctx.io.stderr(`${did}${leftToAuthor > 0 ? t(locale, 'fixesLeft', { left: leftToAuthor }) : ''}\n`);
  }
  return exitCode(run, report);
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new CliError('badJobs', { value });
  return Number(value);
}

function parseMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError('badMaxWarnings', { value });
  return Number(value);
}
