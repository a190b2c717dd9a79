/** What `extends:` names: a package with an optional semver range, or a relative file. */
export type ExtendsSpecifier =
  | { kind: 'package'; name: string; range: string; text: string }
  | { kind: 'path'; path: string; text: string };

const PACKAGE = /^((?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*)(?:@(.+))?$/;

export function parseSpecifier(text: string): ExtendsSpecifier | undefined {
  const t = text.trim();
  if (t.startsWith('./') || t.startsWith('../') || t.startsWith('/') || /\.ya?ml$/i.test(t)) {
    return { kind: 'path', path: t, text };
  }
  const m = PACKAGE.exec(t);
  if (!m) return undefined;
  return { kind: 'package', name: m[1] as string, range: (m[2] ?? '*').trim(), text };
}
