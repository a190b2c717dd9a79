import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** package/package.json of an npm tarball (.tgz: gzip over ustar), as pnpm pack wrote it. */
export function tarballManifest(tgz: Buffer): Record<string, unknown> {
  const tar = gunzipSync(tgz);
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from: number, len: number): string => header.subarray(from, from + len).toString('utf8').replace(/\0.*$/s, '');
    const name = `${field(345, 155) ? `${field(345, 155)}/` : ''}${field(0, 100)}`;
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const body = at + 512;
    if (name === 'package/package.json') return JSON.parse(tar.subarray(body, body + size).toString('utf8')) as Record<string, unknown>;
    at = body + Math.ceil(size / 512) * 512;
  }
  throw new Error('package/package.json không có trong tệp nén / not in the tarball');
}

/**
 * Publish a tarball the way `npm publish` does (one PUT of the packument with the tarball
 * attached), without starting npm for each package.
 */
export async function publishTarball(url: string, token: string, file: string): Promise<void> {
  const data = readFileSync(file);
  const manifest = tarballManifest(data);
  const name = String(manifest.name);
  const version = String(manifest.version);
  const tarballFile = `${name.replace(/^@[^/]+\//, '')}-${version}.tgz`;
  const body = {
    _id: name,
    name,
    'dist-tags': { latest: version },
    versions: {
      [version]: {
        ...manifest,
        _id: `${name}@${version}`,
        dist: {
          shasum: createHash('sha1').update(data).digest('hex'),
          integrity: `sha512-${createHash('sha512').update(data).digest('base64')}`,
          tarball: `${url}${name}/-/${tarballFile}`,
        },
      },
    },
    _attachments: { [tarballFile]: { content_type: 'application/octet-stream', data: data.toString('base64'), length: data.length } },
  };
  const res = await fetch(`${url}${name.replace('/', '%2f')}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${basename(file)}: registry trả lời / answered ${res.status} ${(await res.text()).slice(0, 200)}`);
}
