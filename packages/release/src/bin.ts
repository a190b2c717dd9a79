import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { publishTarball } from './publish.js';
import { publishedVersions, startRegistry } from './registry.js';
import { packAll, publishablePackages, repoRoot } from './workspace.js';

/**
 * `pnpm release:local`: pack the CLI, the language server, core (and what they need) and
 * the template packages as tarballs, start a registry (verdaccio) with its own storage,
 * publish every tarball it does not hold yet, print how communes install from it, and
 * keep serving until Ctrl+C (or stop at once with --no-serve).
 */
const HELP = `pnpm release:local [--dir out/registry] [--out out/packages] [--listen 127.0.0.1:4873]
                   [--uplink <registry>|none] [--scope @ten-tinh] [--no-serve]

Đóng gói kehoach (CLI, máy chủ ngôn ngữ, core, các gói mẫu) thành tệp .tgz trong --out,
chạy một registry npm (verdaccio) lưu ở --dir, phát hành các gói chưa có vào đó, rồi
tiếp tục phục vụ cho tới khi bấm Ctrl+C. Gói khác (zod, yaml...) lấy qua --uplink (mặc
định: registry npm đang dùng) và được giữ lại trong --dir. Gói @kehoach/* và các phạm vi
--scope chỉ lấy từ registry này.

Pack kehoach (CLI, language server, core, templates) as .tgz files into --out, run an npm
registry (verdaccio) stored in --dir, publish what it does not hold yet, then keep serving
until Ctrl+C. Other packages come through --uplink (default: the npm registry in use) and
are kept in --dir. @kehoach/* and every --scope are served from this registry only.
`;

interface Args {
  dir: string;
  out: string;
  host: string;
  port: number;
  uplink: string | undefined;
  scopes: string[];
  serve: boolean;
}

function fail(message: string): never {
  process.stderr.write(`kehoach-release-local: ${message}\n`);
  process.exit(2);
}

function parse(argv: string[], root: string): Args | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        dir: { type: 'string' },
        out: { type: 'string' },
        listen: { type: 'string' },
        uplink: { type: 'string' },
        scope: { type: 'string', multiple: true },
        'no-serve': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)} (xem / see --help)`);
  }
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(HELP);
    return undefined;
  }
  const listen = /^(.+):(\d{1,5})$/.exec(v.listen ?? '127.0.0.1:4873');
  if (!listen) fail(`--listen phải là máy:cổng, ví dụ 127.0.0.1:4873 / must be host:port (got "${v.listen}")`);
  const scopes = (v.scope ?? []).map((s) => (s.startsWith('@') ? s : `@${s}`));
  for (const s of scopes) if (!/^@[a-z0-9][a-z0-9._-]*$/.test(s)) fail(`--scope "${s}" không phải phạm vi npm, ví dụ @quang-ngai / is not an npm scope`);
  const uplink = v.uplink === 'none' ? undefined : (v.uplink ?? defaultUplink());
  if (uplink !== undefined && !/^https?:\/\//.test(uplink)) fail(`--uplink phải là địa chỉ http(s) hoặc "none" / must be an http(s) URL or "none" (got "${uplink}")`);
  return {
    dir: resolve(v.dir ?? resolve(root, 'out/registry')),
    out: resolve(v.out ?? resolve(root, 'out/packages')),
    host: listen[1] as string,
    port: Number(listen[2]),
    uplink: uplink === undefined ? undefined : uplink.endsWith('/') ? uplink : `${uplink}/`,
    scopes,
    serve: !v['no-serve'],
  };
}

/** The registry npm uses here (npm_config_registry, else npm's default). */
function defaultUplink(): string {
  const env = process.env.npm_config_registry;
  return env && !/\/\/(127\.0\.0\.1|localhost)[:/]/.test(env) ? env : 'https://registry.npmjs.org/';
}

async function main(): Promise<number> {
  const root = repoRoot(fileURLToPath(new URL('.', import.meta.url)));
  const args = parse(process.argv.slice(2), root);
  if (!args) return 0;
  const show = (p: string): string => relative(process.cwd(), p) || '.';

  const packages = publishablePackages(root);
  console.log(`▶ Đóng gói / packing ${packages.length} gói vào / into ${show(args.out)}`);
  const tarballs = packAll(root, packages, args.out);

  console.log(`▶ Chạy registry / starting the registry (${show(args.dir)})`);
  const registry = await startRegistry({ dir: args.dir, host: args.host, port: args.port, uplink: args.uplink, scopes: args.scopes });
  const stop = async (code: number): Promise<never> => {
    await registry.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const added: string[] = [];
  const kept: string[] = [];
  for (const [i, pkg] of packages.entries()) {
    const id = `${pkg.name}@${pkg.version}`;
    if ((await publishedVersions(registry.url, pkg.name)).includes(pkg.version)) {
      kept.push(id);
      continue;
    }
    try {
      await publishTarball(registry.url, registry.token, tarballs[i] as string);
    } catch (error) {
      process.stderr.write(`✖ ${id}: ${error instanceof Error ? error.message : String(error)}\n`);
      return stop(1);
    }
    added.push(id);
  }
  console.log(`✔ Đã phát hành / published: ${added.length ? added.join(', ') : '—'}${kept.length ? ` (đã có / already there: ${kept.length})` : ''}`);

  const url = registry.url;
  console.log(`
Các xã cài từ registry này / communes install from this registry:
  npm install -g @kehoach/cli @kehoach/lsp --registry ${url}
  npm install @kehoach/template-commune --registry ${url}
Phát hành bản của tỉnh từ máy này / publish the province's fork from this machine:
  NPM_CONFIG_USERCONFIG=${registry.npmrc} npx @changesets/cli publish
Từ máy khác, tạo tài khoản / from another machine, create an account:
  npm adduser --registry ${url} --auth-type=legacy
`);
  if (!args.serve) return stop(0);
  console.log(`registry running: ${url}  (Ctrl+C để dừng / to stop)`);
  return new Promise<number>(() => undefined);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`kehoach-release-local: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
