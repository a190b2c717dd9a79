import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { Project, parseReportingPeriod, pick } from '@kehoach/core';
import { collect, computeRollup, relativeTo, rollupFiles, ROLLUP_FORMATS, Workspace, yamlFiles, type RollupFormat } from '@kehoach/rollup';
import { localeOption, parseCommand } from '../args.js';
import { resolveLocale, type Context } from '../context.js';
import { CliError } from '../errors.js';
import { IgnoreMatcher } from '../files.js';
import { ioReason, t } from '../messages.js';
import { findRoot, isDirectory, NodeHost } from '../node-host.js';
import { absolute, displayPath, toPosix } from '../paths.js';
import { writeAtomic } from '../write-atomic.js';
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
  } else root = findRoot(ctx.io.cwd);
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
  for (const [i, p] of inputs.entries()) if (!isDirectory(p) && !(await host.readFile(p))) throw new CliError('pathNotFound', { path: positionals[i] ?? p });
  const folder = values.in !== undefined ? absolute(cwd, values.in) : commonFolder(inputs.map((p) => (isDirectory(p) ? p : toPosix(dirname(p)))));
  if (!isDirectory(folder)) throw new CliError('pathNotFound', { path: values.in ?? folder });

  // Read every plan and report once; the texts stay in the reading threads.
  const ignores = new IgnoreMatcher(project.configs);
  const files = await yamlFiles(folder, { ignored: (p) => ignores.ignored(p, folder) });
  const { summaries, failures } = await collect(files, jobs !== undefined ? { jobs } : {});
  for (const f of failures) ctx.io.stderr(`kehoach: ${t(locale, 'unreadable', { path: displayPath(cwd, f.path), reason: ioReason(locale, { code: f.reason }) })}\n`);
  const workspace = new Workspace(summaries);

  // The plans to roll up: those named, and in each folder named, those without a parent there.
  const plans: { path: string; from?: string }[] = [];
  for (const input of inputs) {
    if (isDirectory(input)) {
      for (const p of workspace.roots()) if (p.path.startsWith(`${input}/`) || p.path === input) plans.push({ path: p.path, from: input });
    } else plans.push({ path: input });
  }
  if (plans.length === 0) throw new CliError(rollupMessage('noPlans'), { paths: positionals.join(', ') });

  let done = 0;
  for (const plan of plans) {
    const loaded = await project.analyze(plan.path);
    if (!loaded || loaded.kind !== 'plan' || !loaded.analysis.plan) {
      if (plan.from) continue;
      throw new CliError(rollupMessage('notAPlan'), { path: displayPath(cwd, plan.path) });
    }
    const rollup = relativeTo(computeRollup(loaded.analysis, plan.path, workspace, period ? { period } : {}), folder);
    const dir = outputFolder(plan.path, cwd, values['out-dir'], plan.from, period?.key);
    const outputs = await rollupFiles(loaded.analysis, rollup, formats);
    try {
      await mkdir(dir, { recursive: true });
      for (const f of outputs) await writeAtomic(join(dir, f.name), typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : f.data);
    } catch (error) {
      throw new CliError('unwritable', { path: displayPath(cwd, dir), reason: ioReason(locale, error) });
    }
    for (const p of rollup.problems) ctx.io.stderr(`${rollupText(locale, 'unusable', { path: p.path, message: pick(p.message, locale) })}\n`);
    ctx.io.stdout(`${rollupText(locale, 'wrote', { dir: displayPath(cwd, dir), files: outputs.map((f) => f.name).join(', ') })}\n`);
    const count = (s: string): number => rollup.reports.filter((x) => x.state === s).length;
    const committees = rollup.implementers.filter((i) => i.kind === 'committee');
    ctx.io.stdout(
      `${rollupText(locale, 'summary', {
        plan: rollup.plan.number ?? displayPath(cwd, plan.path),
        bodies: rollup.implementers.length,
        withPlan: `${committees.filter((i) => i.plan).length}/${committees.length}`,
        periods: rollup.periods.length ? rollup.periods.map((p) => p.label).join(', ') : rollupText(locale, 'noPeriods'),
        onTime: count('on-time'),
        late: count('late'),
        missing: count('missing'),
      })}\n`,
    );
    // A country is rolled up one province at a time: what was read for this one is let go.
    project.forget(plan.path);
    done++;
  }
  if (done > 1) ctx.io.stdout(`${rollupText(locale, 'total', { count: done })}\n`);
  return failures.length ? 2 : 0;
}

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
