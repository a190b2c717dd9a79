import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { localeOption, parseCommand } from '../args.js';
import { resolveLocale, type Context } from '../context.js';
import { absolute, displayPath, toPosix } from '../paths.js';
import { extendsValue, packageSpec, requireTemplatePackage, type InstalledTemplate } from '../template-packages.js';
import { TemplateCliError, tm } from '../template-messages.js';

const HELP = {
  vi: `kehoach fork <gói-mẫu> --name <tên-gói-mới> [--dir thư-mục] [--range ^1.2.0]

Tạo một gói mẫu mới kế thừa gói mẫu đã cài (ví dụ tỉnh kế thừa mẫu xã cho các xã của
mình). Gói mới chỉ ghi phần khác: đặt tham số, sửa/bỏ/thêm mục theo mã. Mẫu gốc ra
phiên bản mới thì tăng phạm vi phiên bản, phần sửa riêng vẫn giữ nguyên.

  --name     tên gói npm mới, ví dụ @quang-ngai/template-commune (bắt buộc)
  --dir      thư mục tạo gói (mặc định: tên gói bỏ phạm vi, trong thư mục hiện tại)
  --range    phạm vi phiên bản của mẫu gốc (mặc định: ^<phiên bản đang cài>)
  --locale   vi|en
`,
  en: `kehoach fork <template-package> --name <new-package-name> [--dir folder] [--range ^1.2.0]

Create a template package that extends an installed one (e.g. a province extending the
commune template for its communes). The new package only states what differs: parameters,
and patches/removals/additions by id. When upstream releases, bump the range; local edits stay.

  --name     the new npm package name, e.g. @quang-ngai/template-commune (required)
  --dir      where to create it (default: the name without its scope, under the current folder)
  --range    version range on the upstream template (default: ^<installed version>)
  --locale   vi|en
`,
};

/** `kehoach fork`: scaffold a template package whose template.yaml extends the upstream one. */
export async function forkCommand(ctx: Context, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    'fork',
    argv,
    {
      name: { type: 'string' },
      dir: { type: 'string' },
      range: { type: 'string' },
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
  const [spec, extra] = positionals;
  if (spec === undefined) throw new TemplateCliError('templateMissing', { command: 'fork' });
  if (extra !== undefined) throw new TemplateCliError('badPackage', { spec: extra });
  const upstreamSpec = packageSpec(spec);
  if (values.name === undefined) throw new TemplateCliError('nameMissing', { upstream: upstreamSpec.name });
  const name = packageSpec(values.name).name;

  const cwd = toPosix(ctx.io.cwd);
  const upstream = await requireTemplatePackage(cwd, upstreamSpec.name, ctx.io.env);
  const range = values.range ?? upstreamSpec.range ?? `^${upstream.version}`;
  const dir = absolute(cwd, values.dir ?? name.replace(/^@[^/]+\//, ''));
  const existing = await readdir(dir).catch(() => undefined);
  if (existing && existing.length > 0) throw new TemplateCliError('targetExists', { path: displayPath(cwd, dir) });

  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), forkPackageJson(name, upstream, range), { flag: 'wx' });
  await writeFile(join(dir, 'template.yaml'), forkTemplate(name, upstream, range), { flag: 'wx' });
  const publish = changesetsCommand(cwd);
  await writeFile(join(dir, 'README.md'), forkReadme(name, upstream, publish.changeset), { flag: 'wx' });
  const first = publish.initialised ? '' : `${publish.changeset} init, `;
  ctx.io.stdout(`${tm(locale, 'forked', { name, dir: displayPath(cwd, dir), upstream: extendsValue(upstream, range), changeset: publish.changeset, first })}\n`);
  return 0;
}

/**
 * How changesets is run here, as the user would type it: `pnpm changeset` in a pnpm
 * workspace that has it installed (this repository), else `npx @changesets/cli` (plain
 * `npx changeset` fetches an unrelated package). `initialised` when a .changeset folder
 * already exists above `cwd`.
 */
export function changesetsCommand(cwd: string): { changeset: string; initialised: boolean } {
  let pnpm = false;
  let initialised = false;
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.changeset', 'config.json'))) initialised = true;
    if (existsSync(join(dir, 'pnpm-workspace.yaml')) && existsSync(join(dir, 'node_modules', '@changesets', 'cli', 'package.json'))) pnpm = true;
    if (dirname(dir) === dir) break;
  }
  return { changeset: pnpm ? 'pnpm changeset' : 'npx @changesets/cli', initialised };
}

function forkPackageJson(name: string, upstream: InstalledTemplate, range: string): string {
  const pkg = {
    name,
    version: '1.0.0',
    description: `Mẫu kế hoạch kế thừa ${upstream.name} (chỉ ghi phần khác mẫu gốc).`,
    license: 'MIT',
    keywords: ['kehoach', 'kehoach-template'],
    files: ['template.yaml', 'README.md', 'CHANGELOG.md'],
    kehoach: { template: 'template.yaml', ...(upstream.level ? { level: upstream.level } : {}) },
    // The upstream package is a dependency, so installing the fork brings the base it extends.
    dependencies: { [upstream.name]: range },
    publishConfig: { access: 'public' },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function forkTemplate(name: string, upstream: InstalledTemplate, range: string): string {
  const id = name.replace(/^@/, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  return `# Bản kế thừa của ${upstream.name}: chỉ ghi phần khác mẫu gốc, không sao chép.
#   - tham số (issuer, place, signature...): giá trị gần nhất được dùng;
#   - sửa mục kế thừa theo mã:  patch: { agencies: { so-noi-vu: { name: ... } }, tasks: { <mã>: {...} } }
#   - bỏ mục kế thừa:           remove: { agencies: [<mã>], tasks: [<mã>] }
#   - thêm mục:                 agencies: / tasks: với mã mới (after: <mã> hoặc before: <mã> để đặt vị trí).
# Mẫu gốc ra phiên bản mới: tăng phạm vi ở "extends" và trong package.json, chạy
# "kehoach validate template.yaml"; chỗ sửa nhắm vào mã mẫu gốc đã bỏ sẽ báo lỗi.
#
# A fork of ${upstream.name}: state only what differs (parameters; patch/remove/add by id).
kind: template
id: ${id}
${upstream.level ? `level: ${upstream.level}\n` : ''}description: Mẫu kế thừa ${upstream.name} của ${name}.
extends: "${upstream.name}@${range}"
`;
}

function forkReadme(name: string, upstream: InstalledTemplate, changeset: string): string {
  return `# ${name}

Mẫu kế hoạch kế thừa \`${upstream.name}\`:
\`template.yaml\` chỉ ghi phần khác mẫu gốc. Kế hoạch dùng mẫu này:

\`\`\`yaml
kind: plan
extends: "${name}@^1.0.0"
\`\`\`

Phát hành / publishing: \`${changeset}\`, \`${changeset} version\`, \`${changeset} publish\`.
`;
}
