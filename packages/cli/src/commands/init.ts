import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Project, type AgencyEntry, type Locale, type Plan } from '@kehoach/core';
import { choice, localeOption, parseCommand } from '../args.js';
import { resolveLocale, type Context } from '../context.js';
import { CliError } from '../errors.js';
import { ioReason } from '../messages.js';
import { NodeHost } from '../node-host.js';
import { absolute, displayPath, toPosix } from '../paths.js';
import { projectRoot } from '../project-root.js';
import { extendsValue, kehoachRegistry, packageSpec, requireTemplatePackage, type InstalledTemplate } from '../template-packages.js';
import { cliVersion } from '../version.js';
import { configText, extensionsJson, EXTENSION_ID, registryText, workflowYaml } from './init-files.js';
import { im, InitCliError } from './init-messages.js';
import { scaffoldPlan } from './new.js';

const LEVELS = ['province', 'commune'] as const;
type InitLevel = (typeof LEVELS)[number];

/** What the office is, once flags and answers are in. */
interface Office {
  level: InitLevel | undefined;
  name: string;
  year: number;
}

/**
 * `kehoach init`: set up an office's plan project — config, registry, a first plan over
 * the level's template (through `kehoach new`'s scaffold), the editor's extension
 * recommendation and a CI workflow. Asks only in a terminal, never overwrites a file.
 */
export async function initCommand(ctx: Context, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    'init',
    argv,
    {
      level: { type: 'string' },
      name: { type: 'string' },
      year: { type: 'string' },
      template: { type: 'string', short: 't' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  const locale = (ctx.locale = await resolveLocale(ctx, localeOption(values.locale)));
  if (values.help) {
    ctx.io.stdout(im(locale, 'help'));
    return 0;
  }
  if (positionals.length > 1) throw new CliError('unexpectedArgument', { value: positionals[1] as string });
  const cwd = toPosix(ctx.io.cwd);
  const dir = absolute(cwd, positionals[0] ?? '.');
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new InitCliError('notAFolder', { path: displayPath(cwd, dir) });

  const office = await askOffice(ctx, locale, {
    level: choice('--level', values.level, LEVELS),
    name: values.name,
    year: values.year,
    // With a template named, its package may tell the level.
    levelOptional: values.template !== undefined,
  });
  const spec = packageSpec(values.template ?? `@kehoach/template-${office.level as InitLevel}`);
  const pkg = await requireTemplatePackage(dir, spec.name, ctx.io.env);
  if (office.level && pkg.level && pkg.level !== office.level) {
    throw new InitCliError('levelMismatch', { template: pkg.name, templateLevel: pkg.level, level: office.level });
  }
  if (!office.level && !LEVELS.includes(pkg.level as InitLevel)) throw new InitCliError('levelUnknown', { template: pkg.name });
  const upstream = extendsValue(pkg, spec.range);
  const agencies = await templateAgencies(pkg);

  const made: { path: string; created: boolean }[] = [];
  const put = async (path: string, text: string): Promise<boolean> => {
    const created = await writeNew(path, text, locale, cwd);
    made.push({ path, created });
    return created;
  };
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new CliError('unwritable', { path: displayPath(cwd, dir), reason: ioReason(locale, error) });
  }
  // The config and registry first: the plan's blanks are then counted as validate will see them.
  // A kehoach.config.yml is the same file by another name: kept, never doubled.
  const configPath = existsSync(join(dir, 'kehoach.config.yml')) ? `${dir}/kehoach.config.yml` : `${dir}/kehoach.config.yaml`;
  const configCreated = configPath.endsWith('.yaml') ? await put(configPath, configText(office.name)) : (made.push({ path: configPath, created: false }), false);
  await put(`${dir}/agencies.yaml`, registryText(office.name, office.level ?? pkg.level ?? 'commune', upstream, agencies));

  const plan = `${dir}/ke-hoach-${office.year}.kehoach.yaml`;
  let blanks: number | undefined;
  if (!existsSync(plan)) {
    try {
      const scaffold = await scaffoldPlan(ctx, { path: plan, pkg, range: spec.range, year: office.year, issuer: office.name });
      blanks = scaffold.blanks.length;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw new CliError('unwritable', { path: displayPath(cwd, plan), reason: ioReason(locale, error) });
    }
  }
  made.push({ path: plan, created: blanks !== undefined });

  const extensionsCreated = await put(`${dir}/.vscode/extensions.json`, extensionsJson());
  const recommends = extensionsCreated || (await readFile(`${dir}/.vscode/extensions.json`, 'utf8').catch(() => '')).includes(EXTENSION_ID);
  await put(
    `${dir}/.github/workflows/kehoach.yml`,
    workflowYaml({ template: pkg.name, templateRange: upstream.slice(pkg.name.length + 1), cliVersion: cliVersion(), registry: kehoachRegistry(ctx.io.env) }),
  );

  const out = [im(locale, 'heading', { name: office.name, dir: displayPath(cwd, dir), upstream })];
  for (const m of made) out.push(im(locale, m.created ? 'created' : 'kept', { path: displayPath(dir, m.path) }));
  // A config of their own that does not name the new registry: say how to use it.
  if (!configCreated && !(await readFile(configPath, 'utf8').catch(() => '')).includes('agencies.yaml')) out.push(im(locale, 'keptConfig'));
  if (!recommends) out.push(im(locale, 'keptExtensions', { id: EXTENSION_ID }));
  const repo = enclosingRepository(dir);
  if (repo) out.push(im(locale, 'nestedRepo', { repo: displayPath(cwd, repo) }));
  const shownPlan = shellWord(displayPath(cwd, plan));
  out.push(
    '',
    im(locale, 'next'),
    blanks !== undefined ? im(locale, 'nextFill', { count: blanks, plan: shownPlan }) : im(locale, 'nextFillKept', { plan: shownPlan }),
    im(locale, 'nextAgencies'),
    im(locale, 'nextEditor', { id: EXTENSION_ID }),
    im(locale, 'nextCheck', { dir: dir === cwd ? '' : ` ${shellWord(displayPath(cwd, dir))}`, plan: shownPlan }),
    im(locale, 'nextCi'),
  );
  ctx.io.stdout(`${out.join('\n')}\n`);
  return 0;
}

/**
 * The office from the flags; what is missing is asked for in a terminal, else a usage
 * error naming every missing flag. The year defaults to this one.
 */
async function askOffice(
  ctx: Context,
  locale: Locale,
  given: { level: InitLevel | undefined; name: string | undefined; year: string | undefined; levelOptional: boolean },
): Promise<Office> {
  const thisYear = new Date().getFullYear();
  const missing = [...(given.level === undefined && !given.levelOptional ? ['--level'] : []), ...(given.name === undefined ? ['--name'] : [])];
  const prompt = ctx.io.isTTY.stdin ? ctx.io.prompt : undefined;
  if (missing.length > 0 && !prompt) throw new InitCliError('missing', { flags: missing.join(', '), year: thisYear });
  const ask = async (question: string, check: (answer: string) => boolean, error: () => string): Promise<string> => {
    for (;;) {
      const answer = await (prompt as NonNullable<typeof prompt>)(question);
      if (answer === undefined) throw new InitCliError('cancelled');
      if (check(answer.trim())) return answer.trim();
      ctx.io.stderr(`${error()}\n`);
    }
  };
  let level = given.level;
  if (level === undefined && !given.levelOptional) {
    level = (await ask(im(locale, 'askLevel'), (a) => (LEVELS as readonly string[]).includes(a), () => `--level: province | commune`)) as InitLevel;
  }
  let name = given.name === undefined ? undefined : officeName(given.name);
  if (given.name !== undefined && name === undefined) throw new InitCliError('badName');
  if (name === undefined) name = officeName(await ask(im(locale, 'askName'), (a) => officeName(a) !== undefined, () => im(locale, 'badName'))) as string;
  let yearText = given.year;
  // Asked along with the rest, never on its own: flags alone ask nothing.
  if (yearText === undefined && missing.length > 0) {
    yearText = await ask(im(locale, 'askYear', { year: thisYear }), (a) => a === '' || validYear(a) !== undefined, () => im(locale, 'badYear', { year: thisYear }));
    if (yearText === '') yearText = undefined;
  }
  const year = yearText === undefined ? thisYear : validYear(yearText);
  if (year === undefined) throw new InitCliError('badYear', { year: thisYear });
  return { level, name, year };
}

/** The office's name as it will be written: NFC, one line, no control or bidi characters. */
function officeName(text: string): string | undefined {
  const name = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name === '' || /[\p{Cc}\p{Cf}\u2028\u2029]/u.test(name)) return undefined;
  return name;
}

function validYear(text: string): number | undefined {
  if (!/^\d{4}$/.test(text.trim())) return undefined;
  const year = Number(text.trim());
  return year >= 1945 && year <= 2200 ? year : undefined;
}

/** The agencies a plan over `pkg` inherits: the template's own, its whole `extends` chain merged. */
async function templateAgencies(pkg: InstalledTemplate): Promise<AgencyEntry[]> {
  const project = new Project(new NodeHost(await projectRoot(dirname(pkg.templatePath))));
  const loaded = await project.analyze(pkg.templatePath);
  const plan: Partial<Plan> | undefined = loaded?.analysis.resolution?.plan ?? loaded?.analysis.ownPlan;
  return (plan?.agencies ?? []).filter((a): a is AgencyEntry => typeof a?.id === 'string' && typeof a.name === 'string');
}

/** Write `text` to a new file; false when the file was already there (kept as it is). */
async function writeNew(path: string, text: string, locale: Locale, cwd: string): Promise<boolean> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST' && existsSync(path)) return false;
    throw new CliError('unwritable', { path: displayPath(cwd, path), reason: ioReason(locale, error) });
  }
}

/** A path as the user would type it in a shell: quoted when it holds spaces or shell characters. */
function shellWord(path: string): string {
  return /^[\p{L}\p{M}\p{N}_./@+:-]+$/u.test(path) ? path : `"${path.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** The git repository above `dir` (not `dir` itself), if any. */
function enclosingRepository(dir: string): string | undefined {
  if (existsSync(join(dir, '.git'))) return undefined;
  for (let d = dirname(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return toPosix(d);
    if (dirname(d) === d) return undefined;
  }
}
