import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Containment } from '@kehoach/core';
import { parseSpecifier } from '@kehoach/core/internal';
import { NodeHost } from './node-host.js';
import { projectRoot } from './project-root.js';
import { TemplateCliError } from './template-messages.js';
import { toPosix } from './paths.js';

/** A template package as npm installed it: read, never run (templates are data). */
export interface InstalledTemplate {
  name: string;
  version: string;
  dir: string;
  /** Absolute path of its template file (package.json `kehoach.template`). */
  templatePath: string;
  level?: string;
  /** The package that replaces this one (2024 templates name their 2025 successor). */
  supersededBy?: string;
}

/** `@scope/name@range` or `name`: the package name and the range asked for (or undefined). */
export function packageSpec(spec: string): { name: string; range: string | undefined } {
  const parsed = parseSpecifier(spec);
  if (!parsed || parsed.kind !== 'package') throw new TemplateCliError('badPackage', { spec });
  return { name: parsed.name, range: spec.trim().slice(parsed.name.length).startsWith('@') ? parsed.range : undefined };
}

/** Find `name` in node_modules folders from `fromDir` upwards, the way Node would. */
export async function findTemplatePackage(fromDir: string, name: string): Promise<InstalledTemplate | undefined> {
  // Core's containment policy, as for `extends:`: inside the project or an npm package.
  const containment = new Containment(new NodeHost(await projectRoot(fromDir)));
  let dir = fromDir;
  for (;;) {
    const pkgDir = join(dir, 'node_modules', name);
    const manifest = toPosix(join(pkgDir, 'package.json'));
    if (!(await containment.allows(manifest))) throw new TemplateCliError('outsideProject', { name, file: 'package.json' });
    const text = await readFile(manifest, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      const json = JSON.parse(text) as { name?: string; version?: string; kehoach?: { template?: string; level?: string; supersededBy?: string } };
      const file = json.kehoach?.template ?? 'template.yaml';
      const templatePath = toPosix(join(pkgDir, file));
      if (!(await containment.allows(templatePath))) throw new TemplateCliError('outsideProject', { name, file });
      const exists = await readFile(templatePath, 'utf8').then(
        () => true,
        () => false,
      );
      if (!exists) throw new TemplateCliError('notATemplatePackage', { name, file });
      return {
        name: json.name ?? name,
        version: json.version ?? '0.0.0',
        dir: toPosix(pkgDir),
        templatePath,
        ...(json.kehoach?.level ? { level: json.kehoach.level } : {}),
        ...(json.kehoach?.supersededBy ? { supersededBy: json.kehoach.supersededBy } : {}),
      };
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Where `verdaccio` of `pnpm release:local` listens unless told otherwise. */
export const LOCAL_REGISTRY = 'http://127.0.0.1:4873/';

/**
 * The install command for a missing template package. @kehoach packages are not on the
 * public registry: the command names the registry npm is told to use when it is not the
 * public one, else the local registry of `pnpm release:local`.
 */
export function installHint(name: string, env: Readonly<Record<string, string | undefined>>): string {
  return `npm install ${name} --registry ${kehoachRegistry(env)}`;
}

/** The registry that has @kehoach packages: the one npm is told to use unless it is the public one, else the local one. */
export function kehoachRegistry(env: Readonly<Record<string, string | undefined>>): string {
  const configured = env.npm_config_registry ?? env.NPM_CONFIG_REGISTRY;
  return configured && !/registry\.npmjs\.org/.test(configured) ? configured : LOCAL_REGISTRY;
}

export async function requireTemplatePackage(fromDir: string, name: string, env: Readonly<Record<string, string | undefined>> = {}): Promise<InstalledTemplate> {
  const found = await findTemplatePackage(fromDir, name);
  if (!found) throw new TemplateCliError('notInstalled', { name, dir: toPosix(fromDir), install: installHint(name, env) });
  return found;
}

/** The `extends:` value for an installed package: its name and a caret range on its version. */
export function extendsValue(pkg: InstalledTemplate, range?: string): string {
  return `${pkg.name}@${range ?? `^${pkg.version}`}`;
}
