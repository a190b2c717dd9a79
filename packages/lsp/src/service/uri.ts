/**
 * file:// URIs <-> the absolute, forward-slash paths core works with. Pure string work
 * (no node:url) so the service also runs in a browser worker.
 */

/** Paths of documents that are not files (untitled:, vscode-notebook-cell:...) live here. */
export const VIRTUAL_ROOT = '/__kehoach_virtual__';

export function isFileUri(uri: string): boolean {
  return /^file:\/\//i.test(uri);
}

export function uriToPath(uri: string): string {
  if (!isFileUri(uri)) return `${VIRTUAL_ROOT}/${encodeURIComponent(uri)}`;
  let rest = uri.slice('file://'.length);
  // file://host/share/x (UNC) keeps the host as the first segment.
  const slash = rest.indexOf('/');
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  rest = slash < 0 ? '/' : rest.slice(slash);
  let path = safeDecode(rest);
  if (authority !== '' && authority.toLowerCase() !== 'localhost') path = `//${authority}${path}`;
  // file:///c%3A/x -> c:/x
  if (/^\/[A-Za-z]:\//.test(path) || /^\/[A-Za-z]:$/.test(path)) path = path.slice(1);
  return path.replace(/\\/g, '/');
}

export function pathToUri(path: string): string {
  if (path.startsWith(`${VIRTUAL_ROOT}/`)) return safeDecode(path.slice(VIRTUAL_ROOT.length + 1));
  let p = path.replace(/\\/g, '/');
  if (/^[A-Za-z]:/.test(p)) p = `/${p}`;
  const encoded = p
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
  return `file://${encoded}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
