import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The Debian packages the LibreOffice checks need (see the package README). These
 * helpers are the roll-up's too (packages/rollup/test imports them): node built-ins only.
 */
export const APT_PACKAGES = 'libreoffice-writer fonts-liberation2 poppler-utils';

function found(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 300_000 });
  return !r.error;
}

/** The LibreOffice binary on PATH, if any. */
export function sofficeBinary(): string | undefined {
  return ['soffice', 'libreoffice'].find((cmd) => found(cmd, ['--version']));
}

/** Which of the tools the checks drive are missing. */
export function missingTools(): string[] {
  const missing: string[] = [];
  if (!sofficeBinary()) missing.push('soffice (libreoffice-writer)');
  for (const tool of ['pdffonts', 'pdftotext', 'pdftoppm', 'pdfinfo']) if (!found(tool, ['-v'])) missing.push(`${tool} (poppler-utils)`);
  return missing;
}

/**
 * `soffice --headless --convert-to <filter>` of the files in one LibreOffice run, with
 * a private profile so parallel runs (other test files, other checkouts) never share a
 * lock. `packages`: what to install when LibreOffice is missing (the roll-up's
 * workbook needs libreoffice-calc).
 */
export function convert(files: string[], filter: string, outDir: string, packages = APT_PACKAGES): void {
  const soffice = sofficeBinary();
  if (!soffice) throw new Error(`LibreOffice is not installed (apt-get install ${packages})`);
  const profile = mkdtempSync(join(tmpdir(), `lo-${randomUUID().slice(0, 8)}-`));
  try {
    const r = spawnSync(
      soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...files],
      { encoding: 'utf8', timeout: 540_000 },
    );
    if (r.status !== 0) throw new Error(`soffice failed (${r.status ?? r.signal}): ${r.stderr || r.stdout}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Converts .docx files to PDF (`convert`). */
export function convertToPdf(files: string[], outDir: string): void {
  convert(files, 'pdf', outDir);
}

export function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Font names of a PDF (subset prefixes "ABCDEF+" dropped). */
export function pdfFonts(pdf: string): string[] {
  const lines = run('pdffonts', [pdf]).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((l) => (l.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, ''));
}

/** pdftotext -layout, one string per page. */
export function pdfPages(pdf: string): string[] {
  return run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'])
    .normalize('NFC')
    .split('\f')
    .filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
}

/** A word of `pdftotext -bbox`, in PDF points from the top-left corner of its page. */
export interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface BoxPage {
  width: number;
  height: number;
  words: Word[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Every word of every page with its box (pdftotext -bbox). */
export function pdfBoxes(pdf: string): BoxPage[] {
  const xhtml = run('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-']);
  const pages: BoxPage[] = [];
  for (const m of xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words: Word[] = [];
    for (const w of (m[3] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      const text = (w[5] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? e).normalize('NFC');
      words.push({ text, x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]) });
    }
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}
