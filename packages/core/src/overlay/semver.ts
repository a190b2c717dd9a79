/**
 * The part of semantic versioning that `extends: <package>@<range>` needs: versions,
 * caret/tilde/x ranges, comparators, hyphen ranges and `||`. Written here so core
 * stays dependency-light and runs unchanged in a browser worker.
 */

export interface Version {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseVersion(text: string): Version | undefined {
  const m = VERSION.exec(text.trim());
  if (!m) return undefined;
  return { major: +m[1]!, minor: +m[2]!, patch: +m[3]!, prerelease: m[4] ? m[4].split('.') : [] };
}

export function compareVersions(a: Version, b: Version): number {
  if (a.major !== b.major) return a.major - b.major;
  if (a.minor !== b.minor) return a.minor - b.minor;
  if (a.patch !== b.patch) return a.patch - b.patch;
  if (!a.prerelease.length || !b.prerelease.length) return b.prerelease.length - a.prerelease.length;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) {
      if (nx !== ny) return nx - ny;
    } else if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

type Op = '<' | '<=' | '>' | '>=' | '=';
interface Comparator {
  op: Op;
  v: Version;
}

/** A partial version "1", "1.2", "1.x", "*" with the missing parts marked. */
function partial(text: string): { major?: number; minor?: number; patch?: number; pre: string[] } | undefined {
  const t = text.trim().replace(/^v/, '').replace(/^=/, '');
  if (t === '' || t === '*' || t === 'x' || t === 'X') return { pre: [] };
  const m = /^(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(t);
  if (!m) return undefined;
  const num = (s: string | undefined) => (s === undefined || /[xX*]/.test(s) ? undefined : Number(s));
  const major = num(m[1]);
  const minor = major === undefined ? undefined : num(m[2]);
  const patch = minor === undefined ? undefined : num(m[3]);
  return { major, minor, patch, pre: m[4] ? m[4].split('.') : [] };
}

const v = (major: number, minor: number, patch: number, prerelease: string[] = []): Version => ({ major, minor, patch, prerelease });

function expand(token: string): Comparator[] | undefined {
  const op = /^(<=|>=|<|>|=|\^|~)?\s*(.*)$/.exec(token);
  if (!op) return undefined;
  const sign = op[1] ?? '';
  const p = partial(op[2] ?? '');
  if (!p) return undefined;
  const { major, minor, patch, pre } = p;
  if (major === undefined) return sign === '<' || sign === '>' ? [{ op: '<', v: v(0, 0, 0) }] : [];
  const lo = v(major, minor ?? 0, patch ?? 0, pre);
  switch (sign) {
    case '^': {
      const hi = major > 0 || minor === undefined ? v(major + 1, 0, 0) : minor > 0 || patch === undefined ? v(0, minor + 1, 0) : v(0, 0, patch + 1);
      return [{ op: '>=', v: lo }, { op: '<', v: withPre0(hi) }];
    }
    case '~': {
      const hi = minor === undefined ? v(major + 1, 0, 0) : v(major, minor + 1, 0);
      return [{ op: '>=', v: lo }, { op: '<', v: withPre0(hi) }];
    }
    case '':
    case '=':
      if (minor === undefined) return [{ op: '>=', v: lo }, { op: '<', v: withPre0(v(major + 1, 0, 0)) }];
      if (patch === undefined) return [{ op: '>=', v: lo }, { op: '<', v: withPre0(v(major, minor + 1, 0)) }];
      return [{ op: '=', v: lo }];
    case '>':
      if (minor === undefined) return [{ op: '>=', v: v(major + 1, 0, 0) }];
      if (patch === undefined) return [{ op: '>=', v: v(major, minor + 1, 0) }];
      return [{ op: '>', v: lo }];
    case '<=':
      if (minor === undefined) return [{ op: '<', v: withPre0(v(major + 1, 0, 0)) }];
      if (patch === undefined) return [{ op: '<', v: withPre0(v(major, minor + 1, 0)) }];
      return [{ op: '<=', v: lo }];
    default:
      return [{ op: sign as Op, v: lo }];
  }
}

/** "<2.0.0" must exclude 2.0.0-beta too, as npm does: compare against 2.0.0-0. */
function withPre0(x: Version): Version {
  return { ...x, prerelease: ['0'] };
}

export type Range = Comparator[][];

export function parseRange(text: string): Range | undefined {
  const sets: Range = [];
  for (const part of text.split('||')) {
    const trimmed = part.trim();
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(trimmed);
    if (hyphen) {
      const a = expand(`>=${hyphen[1]}`);
      const b = expand(`<=${hyphen[2]}`);
      if (!a || !b) return undefined;
      sets.push([...a, ...b]);
      continue;
    }
    const tokens = trimmed.replace(/(<=|>=|<|>|=|\^|~)\s+/g, '$1').split(/\s+/).filter(Boolean);
    const set: Comparator[] = [];
    for (const t of tokens.length ? tokens : ['*']) {
      const c = expand(t);
      if (!c) return undefined;
      set.push(...c);
    }
    sets.push(set);
  }
  return sets;
}

function test(c: Comparator, x: Version): boolean {
  const d = compareVersions(x, c.v);
  switch (c.op) {
    case '<':
      return d < 0;
    case '<=':
      return d <= 0;
    case '>':
      return d > 0;
    case '>=':
      return d >= 0;
    default:
      return d === 0;
  }
}

export function satisfies(version: string, range: string): boolean {
  const x = parseVersion(version);
  const r = parseRange(range);
  if (!x || !r) return false;
  return r.some((set) => {
    if (!set.every((c) => test(c, x))) return false;
    // A prerelease only matches a range that names the same major.minor.patch with a prerelease.
    if (!x.prerelease.length) return true;
    return set.some((c) => c.v.prerelease.length > 0 && c.v.prerelease[0] !== '0' && c.v.major === x.major && c.v.minor === x.minor && c.v.patch === x.patch);
  });
}

export function isValidRange(range: string): boolean {
  return parseRange(range) !== undefined;
}
