import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PublishablePackage {
  name: string;
  version: string;
  dir: string;
}

/** The repository root: the nearest folder above `from` holding pnpm-workspace.yaml. */
export function repoRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) throw new Error(`không thấy pnpm-workspace.yaml phía trên ${from} / no pnpm-workspace.yaml above ${from}`);
  }
}

/**
 * Every package of packages/ and packages/templates/ that is not private: the CLI, the
 * language server, core and what they need, and the template packages.
 */
export function publishablePackages(root: string): PublishablePackage[] {
  const out: PublishablePackage[] = [];
  for (const group of ['packages', 'packages/templates']) {
    const base = join(root, group);
    for (const name of readdirSync(base).sort()) {
      const file = join(base, name, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string; private?: boolean };
      if (pkg.private || !pkg.name || !pkg.version) continue;
      out.push({ name: pkg.name, version: pkg.version, dir: join(base, name) });
    }
  }
  return out;
}

/** The file name `pnpm pack` gives a package: @kehoach/cli@0.1.0 -> kehoach-cli-0.1.0.tgz. */
export function tarballName(pkg: { name: string; version: string }): string {
  return `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`;
}

/**
 * `pnpm pack` the packages into `outDir` (workspace:^ ranges become real versions), in
 * one pnpm run. Returns the tarball paths in the order given; throws with pnpm's own
 * words when one is missing.
 */
export function packAll(root: string, packages: readonly PublishablePackage[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const filters = packages.map((p) => `--filter=${p.name}`);
  const r = spawnSync('pnpm', ['-r', ...filters, 'pack', '--pack-destination', outDir], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  return packages.map((pkg) => {
    const file = join(outDir, tarballName(pkg));
    if (r.status !== 0 || !existsSync(file)) {
      throw new Error(`pnpm pack ${pkg.name}: ${(r.stderr || r.stdout || r.error?.message || '').trim().split('\n').slice(-3).join(' ')}`);
    }
    return file;
  });
}
