import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { plainOrQuoted, Project } from '@kehoach/core';
import { localeOption, parseCommand } from '../args.js';
import { resolveLocale, type Context } from '../context.js';
import { NodeHost } from '../node-host.js';
import { projectRoot } from '../project-root.js';
import { absolute, displayPath, toPosix } from '../paths.js';
import { extendsValue, packageSpec, requireTemplatePackage, type InstalledTemplate } from '../template-packages.js';
import { TemplateCliError, tm } from '../template-messages.js';

const HELP = {
  vi: `kehoach new --template <gói-mẫu> [tệp] [--issuer "Ủy ban nhân dân xã ..."] [--year 2026] [--title "..."]

Tạo kế hoạch mới kế thừa một gói mẫu đã cài. Kế hoạch chỉ ghi phần của mình; mọi chỗ
trống <...> của mẫu được liệt kê ở đầu tệp và "kehoach validate" báo cho tới khi điền.
Tệp mặc định: ke-hoach-<năm>.kehoach.yaml. Không ghi đè tệp đã có.
`,
  en: `kehoach new --template <template-package> [file] [--issuer "..."] [--year 2026] [--title "..."]

Create a plan extending an installed template package. The plan states only its own part;
the template's <...> blanks are listed at the top and "kehoach validate" flags each until
filled. Default file: ke-hoach-<year>.kehoach.yaml. Never overwrites a file.
`,
};

/** `kehoach new`: scaffold a plan over a template package. */
export async function newCommand(ctx: Context, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    'new',
    argv,
    {
      template: { type: 'string', short: 't' },
      issuer: { type: 'string' },
      year: { type: 'string' },
      title: { type: 'string' },
      output: { type: 'string', short: 'o' },
      locale: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  const locale = (ctx.locale = await resolveLocale(ctx, localeOption(values.locale)));
  if (values.help) {
    ctx.io.stdout(HELP[locale]);
    return 0;
  }
  if (values.template === undefined) throw new TemplateCliError('templateMissing', { command: 'new --template' });
  const spec = packageSpec(values.template);
  const year = values.year === undefined ? new Date().getFullYear() : Number(values.year);
  if (!Number.isInteger(year) || year < 1945 || year > 2200) throw new TemplateCliError('badYear', { value: values.year ?? '' });
  if (positionals.length > 1) throw new TemplateCliError('badPackage', { spec: positionals[1] ?? '' });

  const cwd = toPosix(ctx.io.cwd);
  const file = values.output ?? positionals[0] ?? `ke-hoach-${year}.kehoach.yaml`;
  const path = absolute(cwd, file);
  const pkg = await requireTemplatePackage(cwd, spec.name, ctx.io.env);
  const { upstream, blanks } = await scaffoldPlan(ctx, { path, pkg, range: spec.range, year, issuer: values.issuer, title: values.title }).catch((error: { code?: string }) => {
    if (error.code === 'EEXIST') throw new TemplateCliError('targetExists', { path: displayPath(cwd, path) });
    throw error;
  });
  ctx.io.stdout(`${tm(locale, 'created', { path: displayPath(cwd, path), upstream, count: blanks.length })}\n`);
  return 0;
}

export interface PlanScaffold {
  /** Absolute path of the plan to write (never overwritten: an existing file rejects with code EEXIST). */
  path: string;
  pkg: InstalledTemplate;
  /** The range asked for, else a caret on the installed version. */
  range?: string | undefined;
  year: number;
  issuer?: string | undefined;
  title?: string | undefined;
}

/**
 * Write a plan that extends `pkg`, headed by the list of the template's <...> blanks the
 * author has to fill (as the rules report them). Shared by `kehoach new` and `kehoach init`.
 */
export async function scaffoldPlan(ctx: Context, s: PlanScaffold): Promise<{ upstream: string; blanks: string[] }> {
  const { path } = s;
  const upstream = extendsValue(s.pkg, s.range);
  const body = [
    'kind: plan',
    `extends: ${JSON.stringify(upstream)}`,
    ...(s.issuer !== undefined ? ['issuer:', `  name: ${plainOrQuoted(s.issuer)}`] : []),
    `year: ${s.year}`,
    ...(s.title !== undefined ? [`title: ${plainOrQuoted(s.title)}`] : []),
  ].join('\n');

  // Ask the rules which blanks are left, so the new file says where to start.
  const project = new Project(new NodeHost(await projectRoot(dirname(path))), { rules: ctx.options.rules });
  const check = await project.check(path, `${body}\n`);
  const blanks = (check?.diagnostics ?? []).filter((d) => d.ruleId === 'template-placeholder').map((d) => String(d.data?.path ?? ''));
  const head = [
    `# Kế hoạch theo mẫu ${upstream}: chỉ ghi phần của kế hoạch này; phần còn lại kế thừa từ mẫu`,
    '# (xem toàn bộ: kehoach resolve <tệp>). Sửa mục của mẫu theo mã bằng "patch:", bỏ bằng "remove:".',
    ...(blanks.length ? ['# Chỗ trống <...> phải điền / blanks to fill:', ...blanks.map((b) => `#   - ${b}`)] : []),
  ];
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${head.join('\n')}\n${body}\n`, { flag: 'wx' });
  return { upstream, blanks };
}
