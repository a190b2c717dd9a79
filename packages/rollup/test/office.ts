import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The Debian packages the LibreOffice checks need. */
export const APT_PACKAGES = 'libreoffice-writer libreoffice-calc fonts-liberation2 poppler-utils';

export function sofficeBinary(): string | undefined {
  return ['soffice', 'libreoffice'].find((cmd) => !spawnSync(cmd, ['--version'], { encoding: 'utf8', timeout: 60_000 }).error);
}

/** `soffice --headless --convert-to <filter>` with a private profile (parallel runs never share a lock). */
export function convert(files: string[], filter: string, outDir: string): void {
  const soffice = sofficeBinary();
  if (!soffice) throw new Error(`LibreOffice is not installed (apt-get install ${APT_PACKAGES})`);
  const profile = mkdtempSync(join(tmpdir(), `lo-${randomUUID().slice(0, 8)}-`));
  try {
    const r = spawnSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...files], {
      encoding: 'utf8',
      timeout: 240_000,
    });
    if (r.status !== 0) throw new Error(`soffice failed (${r.status ?? r.signal}): ${r.stderr || r.stdout}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}
