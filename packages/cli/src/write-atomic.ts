import { randomBytes } from 'node:crypto';
import { open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** The bytes of a text as the file had them: UTF-8, with its byte order mark if it had one. */
export function encodeText(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([BOM, body]) : body;
}

/**
 * Replace a file so that a reader (an editor, a crash, a full disk) sees either the old
 * bytes or the new ones, never half: write a temporary file in the same folder (same
 * file system, so the rename is atomic), flush it, keep the file's mode, rename it over.
 * A symbolic link is written through: the file it points at gets the new bytes (the
 * temporary file sits beside that file) and the link stays a link.
 */
export async function writeAtomic(given: string, data: Uint8Array): Promise<void> {
  const path = await realpath(given).catch(() => given);
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await stat(path)).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    const handle = await open(tmp, 'wx', mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
}
