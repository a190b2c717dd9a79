import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { IgnoreRules, Project, detectDocumentKind, parseReportingPeriod, pick } from '@kehoach/core';
import { findRoots, runRollupJobs, RollupWorkers, ROLLUP_FORMATS, yamlFiles, type JobResult, type RollupFormat, type RollupJob } from '@kehoach/rollup';
import { localeOption, parseCommand } from '../args.js';
import { resolveLocale, type Context } from '../context.js';
import { CliError } from '../errors.js';
import { ioReason, t } from '../messages.js';
import { isDirectory, NodeHost } from '../node-host.js';
import { absolute, displayPath, toPosix } from '../paths.js';
import { inputsFolder, projectRoot } from '../project-root.js';
import { rollupMessage, rollupText } from './rollup-messages.js';

/**
 * `kehoach rollup <plan|folder...>`: reads the lower plans and reports of a folder and
 * writes, per plan rolled up, a folder with the dashboard, CSV, XLSX, JSON and the draft
 * synthesised report of each period.
 */
export async function rollupCommand(ctx: Context, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    'rollup',
    argv,
    {
      in: { type: 'string' },
      period: { type: 'string' },
      'out-dir': { type: 'string' },
      format: { type: 'string', short: 'f' },
      jobs: { type: 'string', short: 'j' },
      locale: { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  const flagLocale = localeOption(values.locale);
  if (flagLocale) ctx.locale = flagLocale;
  const cwd = toPosix(ctx.io.cwd);
  let root: string;
  if (values.root !== undefined) {
    root = absolute(cwd, values.root);
    if (!isDirectory(root)) throw new CliError('badRoot', { path: values.root });
  } else root = await projectRoot(inputsFolder(positionals.length ? positionals : ['.'], cwd));
  const host = new NodeHost(root);
  const project = new Project(host);
  const locale = (ctx.locale = await resolveLocale(ctx, flagLocale, project.configs));
  if (values.help) {
    ctx.io.stdout(rollupText(locale, 'help'));
    return 0;
  }
  if (positionals.length === 0) throw new CliError(rollupMessage('missingPlan'));
  const period = values.period !== undefined ? parseReportingPeriod(values.period) : undefined;
  if (values.period !== undefined && !period) throw new CliError(rollupMessage('badPeriod'), { value: values.period });
  const formats = formatList(values.format);
  const jobs = values.jobs !== undefined ? Number(values.jobs) : undefined;
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0)) throw new CliError('badJobs', { value: values.jobs ?? '' });

  const inputs = positionals.map((p) => absolute(cwd, p));
  for (const [i, p] of inputs.entries()) if (!isDirectory(p) && (await host.readFile(p)) === undefined) throw new CliError('pathNotFound', { path: positionals[i] ?? p });
  const given = values.in !== undefined ? absolute(cwd, values.in) : undefined;
  if (given !== undefined && !isDirectory(given)) throw new CliError('pathNotFound', { path: values.in ?? given });

  // Files of a folder, listed once (a folder inside one already listed is a part of its list).
  const ignores = new IgnoreRules(project.configs);
  const listings = new Map<string, string[]>();
  // A large folder (a country) is rolled up by many jobs side by side: their worker
  // threads start as soon as its listing shows it is large, and load their modules
  // while this thread lists the rest and finds the plans to roll up.
  const threads = jobs ?? availableParallelism();
  let workers: RollupWorkers | undefined;
  const large = (count: number): void => {
    if (!workers && threads > 1 && count >= LARGE_FOLDER) workers = new RollupWorkers(threads);
  };
  const filesUnder = async (folder: string, found?: (count: number) => void): Promise<string[]> => {
    for (const [listed, files] of listings) if (folder === listed || folder.startsWith(`${listed}/`)) return files.filter((f) => f.startsWith(`${folder}/`));
    const files = await yamlFiles(folder, { ignored: (p) => ignores.ignored(p, folder), ...(found ? { found } : {}) });
    listings.set(folder, files);
    return files;
  };

  let results: JobResult[][];
  try {
    // The plans to roll up: those named, and in each folder named, those without a parent there.
    // Each is rolled up over its own folder (the communes of a province sit under it), or --in.
    const plans: { path: string; from?: string }[] = [];
    for (const [i, input] of inputs.entries()) {
      if (!isDirectory(input)) {
        const text = (await host.readFile(input)) ?? '';
        if (detectDocumentKind(input, text) !== 'plan') throw new CliError(rollupMessage('notAPlan'), { path: positionals[i] ?? input });
        plans.push({ path: input });
        continue;
      }
      const files = await filesUnder(input, large);
      // Their heads are enough to find them: the plans are read in full by the jobs that roll them up.
      for (const p of findRoots(files)) plans.push({ path: p, from: input });
    }
    if (plans.length === 0) throw new CliError(rollupMessage('noPlans'), { paths: positionals.join(', ') });

    const byFolder = new Map<string, RollupJob>();
    for (const plan of plans) {
      const folder = given ?? toPosix(dirname(plan.path));
      let job = byFolder.get(folder);
      if (!job) {
        job = { plans: [], folder, files: await filesUnder(folder), root, outDirs: {}, formats, ...(values.period !== undefined ? { period: values.period } : {}) };
        byFolder.set(folder, job);
      }
      if (job.plans.includes(plan.path)) continue;
      job.plans.push(plan.path);
      job.outDirs[plan.path] = outputFolder(plan.path, cwd, values['out-dir'], plan.from, period?.key);
    }
    const jobList = [...byFolder.values()];
    // One folder: read in this process (in threads when large); several: one folder per thread.
    if (jobList.length === 1 && jobList[0]) jobList[0].jobs = jobs ?? (jobList[0].files.length >= LARGE_FOLDER ? availableParallelism() : 1);
    try {
      results = await runRollupJobs(jobList, jobList.length === 1 ? 1 : threads, workers);
    } catch (error) {
      throw new CliError('unwritable', { path: displayPath(cwd, values['out-dir'] ?? jobList[0]?.folder ?? cwd), reason: ioReason(locale, error) });
    }
  } finally {
    await workers?.close();
  }

  let done = 0;
  let failed = false;
  for (const result of results.flat()) {
    for (const f of result.failures ?? []) {
      failed = true;
      ctx.io.stderr(`kehoach: ${t(locale, 'unreadable', { path: displayPath(cwd, f.path), reason: ioReason(locale, { code: f.reason }) })}\n`);
    }
    if (result.skipped || !result.dir) continue;
    for (const p of result.problems ?? []) ctx.io.stderr(`${rollupText(locale, 'unusable', { path: p.path, message: pick(p.message, locale) })}\n`);
    ctx.io.stdout(`${rollupText(locale, 'wrote', { dir: displayPath(cwd, result.dir), files: (result.files ?? []).join(', ') })}\n`);
    const count = (s: keyof NonNullable<JobResult['reports']>): number => result.reports?.[s] ?? 0;
    ctx.io.stdout(
      `${rollupText(locale, 'summary', {
        plan: result.number ?? displayPath(cwd, result.plan),
        bodies: result.implementers ?? 0,
        withPlan: `${result.withPlan ?? 0}/${result.committees ?? 0}`,
        periods: result.periods?.length ? result.periods.join(', ') : rollupText(locale, 'noPeriods'),
        onTime: count('on-time'),
        late: count('late'),
        missing: count('missing'),
      })}\n`,
    );
    done++;
  }
  if (done > 1) ctx.io.stdout(`${rollupText(locale, 'total', { count: done })}\n`);
  return failed ? 2 : 0;
}

/** Files from which a folder is read in worker threads (a country; a province is a few hundred). */
const LARGE_FOLDER = 2000;

function formatList(value: string | undefined): RollupFormat[] {
  if (value === undefined) return [...ROLLUP_FORMATS];
  const list = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const f of list) if (!(ROLLUP_FORMATS as readonly string[]).includes(f)) throw new CliError(rollupMessage('badFormat'), { value: f, choices: ROLLUP_FORMATS.join(', ') });
  return list as RollupFormat[];
}

/** The deepest folder holding every path. */
function commonFolder(paths: string[]): string {
  const parts = paths.map((p) => p.split('/'));
  const first = parts[0] ?? [];
  let n = first.length;
  for (const p of parts) {
    let i = 0;
    while (i < n && p[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join('/') || '/';
}

/**
 * `<plan>.tong-hop/` next to the plan; under --out-dir, at the plan's place relative to
 * the folder named (a plan named directly goes straight into --out-dir). A period asked
 * for is part of the name.
 */
function outputFolder(plan: string, cwd: string, outDir: string | undefined, from: string | undefined, period: string | undefined): string {
  const name = `${basename(plan).replace(/(\.kehoach)?\.ya?ml$/i, '')}.tong-hop${period ? `-${period}` : ''}`;
  if (outDir === undefined) return toPosix(join(dirname(plan), name));
  const sub = from ? toPosix(relative(from, dirname(plan))) : '';
  return toPosix(join(absolute(cwd, outDir), sub, name));
}
