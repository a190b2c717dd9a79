import type { ProjectHost } from './host.js';
import { isInside, normalizePath } from './paths.js';

/**
 * The one containment policy for every path that a plan, config, template, registry
 * or package field names (`registry:`, `extends:`, `parent.path`, a package's
 * `kehoach.template`...): once every symbolic link is followed, the file must lie
 * inside the project root, or inside an npm package under a `node_modules` folder.
 * Anything else is refused before it is read, so an answer never depends on whether
 * the outside file exists.
 *
 * Core reads no disk: the host follows links (`ProjectHost.realpath`). A host without
 * it (in-memory files) has no links, and the written path is the real one.
 */

/** What a host can tell about one entry of the file system without following it. */
export interface LinkView {
  /** 'link' for a symbolic link; 'missing' when nothing is there or it cannot be looked at. */
  kind(path: string): Promise<'link' | 'missing' | 'other'>;
  /** The target of a symbolic link, as stored; undefined when it cannot be read. */
  readLink(path: string): Promise<string | undefined>;
}

/** Links followed at most for one path (as the operating system's own limit). */
const MAX_LINKS = 40;

/**
 * The path with every symbolic link in it followed, component by component, whether
 * or not the file at the end exists: a link to a missing file still says where it
 * points, so a dangling link to an outside path is refused like any other. Absolute
 * paths with forward slashes (and an optional drive letter) in and out.
 */
export async function canonicalPath(path: string, view: LinkView): Promise<string> {
  let drive = /^[A-Za-z]:(?=\/)/.exec(path)?.[0] ?? '';
  let pending = parts(path.slice(drive.length));
  let cur = drive;
  let links = 0;
  while (pending.length > 0) {
    const part = pending.shift() as string;
    const next = `${cur}/${part}`;
    const kind = await view.kind(next);
    if (kind === 'missing') return normalizePath([next, ...pending].join('/'));
    if (kind === 'link') {
      const target = links++ < MAX_LINKS ? await view.readLink(next) : undefined;
      if (target === undefined) return normalizePath([next, ...pending].join('/'));
      const t = target.replace(/\\/g, '/');
      const targetDrive = /^[A-Za-z]:(?=\/)/.exec(t)?.[0];
      // A relative target is read from the folder of the link, which has no links left in it.
      const absolute = targetDrive !== undefined ? t.slice(targetDrive.length) : t.startsWith('/') ? t : `${cur.slice(drive.length)}/${t}`;
      if (targetDrive !== undefined) drive = targetDrive;
      pending = [...parts(absolute), ...pending];
      cur = drive;
      continue;
    }
    cur = next;
  }
  return cur === drive ? `${drive}/` : cur;
}

function parts(absolute: string): string[] {
  return normalizePath(`/${absolute}`).split('/').filter(Boolean);
}

/**
 * Inside an npm package under a node_modules folder: the last `node_modules` of the
 * path is followed by a package name (`name` or `@scope/name`) and more.
 */
export function inNodeModulesPackage(path: string): boolean {
  const segs = normalizePath(path).split('/');
  const at = segs.lastIndexOf('node_modules');
  if (at < 0) return false;
  const first = segs[at + 1];
  if (!first || first.startsWith('.')) return false;
  if (first.startsWith('@')) return !!segs[at + 2] && !(segs[at + 2] as string).startsWith('.');
  return true;
}

/**
 * Decides for one host, remembering answers until `forget` (a link may be changed while
 * an editor session lasts: the project forgets a path when it hears that it changed).
 */
export class Containment {
  private readonly answers = new Map<string, Promise<boolean>>();
  private root: Promise<string> | undefined;

  constructor(private readonly host: ProjectHost) {}

  /** Whether the file at `path` may be read: see the policy above. */
  allows(path: string): Promise<boolean> {
    const key = normalizePath(path);
    let hit = this.answers.get(key);
    if (!hit) {
      hit = this.decide(key);
      this.answers.set(key, hit);
    }
    return hit;
  }

  /**
   * Forget the answers for `path` and what lies under it (a file or a link replaced, a
   * folder moved), or every answer when no path is given.
   */
  forget(path?: string): void {
    if (path === undefined) {
      this.answers.clear();
      this.root = undefined;
      return;
    }
    const key = normalizePath(path);
    for (const p of this.answers.keys()) if (p === key || p.startsWith(`${key}/`)) this.answers.delete(p);
  }

  private async decide(path: string): Promise<boolean> {
    const real = await this.real(path);
    this.root ??= this.real(this.host.root);
    const root = await this.root;
    return isInside(root, real) || inNodeModulesPackage(real);
  }

  private async real(path: string): Promise<string> {
    if (!this.host.realpath) return normalizePath(path);
    try {
      return normalizePath(await this.host.realpath(path));
    } catch {
      // A host that cannot tell where a path leads gets no benefit of the doubt.
      return '\0unknown';
    }
  }
}
