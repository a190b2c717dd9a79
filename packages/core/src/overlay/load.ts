import type { ProjectHost } from '../project/host.js';
import { Containment } from '../project/containment.js';
import { dirname, joinPath, resolvePath } from '../project/paths.js';
import type { YamlSource } from '../yaml/source.js';
import { satisfies, isValidRange } from './semver.js';
import { parseSpecifier } from './specifier.js';
import type { Layer, LayerRole } from './types.js';

/** Why an `extends:` could not be followed. Located at the `extends` value of `from`. */
export interface ChainProblem {
  kind: 'bad-specifier' | 'not-installed' | 'version-mismatch' | 'not-a-template' | 'cycle' | 'not-found' | 'bad-range' | 'outside-project';
  from: { uri: string; source: YamlSource; value: Record<string, unknown> };
  specifier: string;
  data: Record<string, string>;
}

export interface LoadedLayerFile {
  source: YamlSource;
  /** The validated (pruned) value of the file. */
  value: Record<string, unknown>;
  kind: string | undefined;
}

export interface ChainResult {
  /** Base first, the starting file last. */
  layers: Layer[];
  problems: ChainProblem[];
}

interface PackageInfo {
  dir: string;
  name: string;
  version: string;
  template: string;
}

/**
 * Follow `extends:` from a file to the root template. Packages are found the way
 * Node finds them (node_modules folders up the tree) but only read, never run:
 * templates are data. Every file is read only when `allows` says so (the project's
 * containment policy): a path or package leading outside is refused before any read,
 * so the message is the same whether the outside file exists or not.
 */
export async function loadChain(
  host: ProjectHost,
  start: { uri: string; source: YamlSource; value: Record<string, unknown> },
  read: (path: string) => Promise<LoadedLayerFile | undefined>,
  allows: (path: string) => Promise<boolean> = (path) => defaultContainment(host).allows(path),
): Promise<ChainResult> {
  const problems: ChainProblem[] = [];
  const chain: { uri: string; label: string; source: YamlSource; value: Record<string, unknown> }[] = [];
  const seen = new Map<string, string>();
  let cur: { uri: string; label: string; source: YamlSource; value: Record<string, unknown> } | undefined = { ...start, label: start.uri };
  for (let depth = 0; cur && depth < 16; depth++) {
    chain.unshift(cur);
    seen.set(cur.uri, cur.label);
    const spec = cur.value.extends;
    if (typeof spec !== 'string') break;
    const from = { uri: cur.uri, source: cur.source, value: cur.value };
    const parsed = parseSpecifier(spec);
    if (!parsed) {
      problems.push({ kind: 'bad-specifier', from, specifier: spec, data: {} });
      break;
    }
    let target: { uri: string; label: string } | undefined;
    if (parsed.kind === 'path') {
      target = { uri: resolvePath(dirname(cur.uri), parsed.path), label: parsed.path };
    } else {
      if (!isValidRange(parsed.range)) {
        problems.push({ kind: 'bad-range', from, specifier: spec, data: { range: parsed.range } });
        break;
      }
      const pkg = await findPackage(host, dirname(cur.uri), parsed.name, allows);
      if (pkg === 'outside') {
        problems.push({ kind: 'outside-project', from, specifier: spec, data: { target: parsed.name } });
        break;
      }
      if (!pkg) {
        problems.push({ kind: 'not-installed', from, specifier: spec, data: { name: parsed.name } });
        break;
      }
      if (!satisfies(pkg.version, parsed.range)) {
        problems.push({ kind: 'version-mismatch', from, specifier: spec, data: { name: pkg.name, range: parsed.range, version: pkg.version } });
        break;
      }
      target = { uri: joinPath(pkg.dir, pkg.template), label: `${pkg.name}@${pkg.version}` };
    }
    // A file extends exactly one parent, so a chain can only loop, never branch into
    // a diamond: seeing a file twice is a cycle.
    if (seen.has(target.uri)) {
      problems.push({ kind: 'cycle', from, specifier: spec, data: { target: target.label, via: seen.get(target.uri) ?? '' } });
      break;
    }
    if (!(await allows(target.uri))) {
      problems.push({ kind: 'outside-project', from, specifier: spec, data: { target: target.label } });
      break;
    }
    const file = await read(target.uri);
    if (!file) {
      problems.push({ kind: 'not-found', from, specifier: spec, data: { target: target.label } });
      break;
    }
    if (file.kind !== 'template') {
      problems.push({ kind: 'not-a-template', from, specifier: spec, data: { target: target.label } });
      break;
    }
    cur = { uri: target.uri, label: target.label, source: file.source, value: file.value };
  }
  const layers: Layer[] = chain.map((c, i) => ({
    role: roleOf(i, chain.length, start.value.kind === 'plan'),
    uri: c.uri,
    label: c.label,
    source: c.source,
    value: c.value,
  }));
  return { layers, problems };
}

function roleOf(index: number, length: number, startIsPlan: boolean): LayerRole {
  if (index === length - 1 && startIsPlan) return 'plan';
  return index === 0 ? 'base' : 'fork';
}

async function findPackage(
  host: ProjectHost,
  fromDir: string,
  name: string,
  allows: (path: string) => Promise<boolean>,
): Promise<PackageInfo | 'outside' | undefined> {
  let dir = fromDir;
  for (let guard = 0; guard < 64; guard++) {
    const pkgDir = joinPath(dir, 'node_modules', name);
    const manifest = joinPath(pkgDir, 'package.json');
    // node_modules/<name> linked to a folder outside the project (and outside any package).
    if (!(await allows(manifest))) return 'outside';
    const text = await host.readFile(manifest);
    if (text !== undefined) {
      try {
        const json = JSON.parse(text) as { name?: string; version?: string; kehoach?: { template?: string } };
        return {
          dir: pkgDir,
          name: json.name ?? name,
          version: json.version ?? '0.0.0',
          template: json.kehoach?.template ?? 'template.yaml',
        };
      } catch {
        return undefined;
      }
    }
    const up = dirname(dir);
    if (up === dir || dir === '/' || dir === '.') return undefined;
    dir = up;
  }
  return undefined;
}

const containments = new WeakMap<ProjectHost, Containment>();

function defaultContainment(host: ProjectHost): Containment {
  let c = containments.get(host);
  if (!c) containments.set(host, (c = new Containment(host)));
  return c;
}
