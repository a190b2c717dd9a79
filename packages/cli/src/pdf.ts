import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fill, pick, type Locale, type Message } from '@kehoach/core';
import { CliError } from './errors.js';

/**
 * `kehoach render -f pdf`: the DOCX converted by LibreOffice into PDF/A-2b (the archival
 * PDF of ISO 19005-2, level B), each run with a profile of its own so it works while
 * the user has LibreOffice open, or another conversion runs.
 */

/** LibreOffice 7.4+ reads filter options as JSON: SelectPdfVersion 2 is PDF/A-2b. */
export const PDFA_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}';
/** A hang guard: a conversion takes seconds; LibreOffice waiting on something never ends. */
const CONVERT_TIMEOUT_MS = 10 * 60 * 1000;

const MESSAGES = {
  missing: {
    vi: 'Chưa cài LibreOffice (lệnh soffice), cần để xuất PDF. Cài gói libreoffice-writer (Debian, Ubuntu: sudo apt-get install -y --no-install-recommends libreoffice-writer fonts-liberation2; Windows, macOS: https://www.libreoffice.org/download/) rồi chạy lại; hoặc đặt KEHOACH_SOFFICE là đường dẫn tới soffice. Không có LibreOffice thì xuất DOCX (-f docx) và lưu thành PDF từ Word.',
    en: 'LibreOffice (the soffice command) is not installed; it is needed for PDF. Install the libreoffice-writer package (Debian, Ubuntu: sudo apt-get install -y --no-install-recommends libreoffice-writer fonts-liberation2; Windows, macOS: https://www.libreoffice.org/download/) and run again, or set KEHOACH_SOFFICE to the path of soffice. Without LibreOffice, render DOCX (-f docx) and save it as PDF from Word.',
  },
  failed: {
    vi: 'LibreOffice không chuyển được {path} sang PDF: {reason}',
    en: 'LibreOffice could not convert {path} to PDF: {reason}',
  },
  notPdfa: {
    vi: 'Lưu ý: {path} là PDF nhưng không ghi là PDF/A-2b (LibreOffice cũ hơn 7.4 bỏ qua tùy chọn PDF/A); hãy cập nhật LibreOffice nếu cần bản lưu trữ.',
    en: 'Note: {path} is a PDF but does not claim PDF/A-2b (LibreOffice older than 7.4 ignores the PDF/A option); update LibreOffice if an archival copy is needed.',
  },
} satisfies Record<string, Message>;

export function pdfMessage(locale: Locale, id: keyof typeof MESSAGES, data: Record<string, string> = {}): string {
  return fill(pick(MESSAGES[id], locale), data);
}

/** Where LibreOffice is: KEHOACH_SOFFICE, else soffice or libreoffice on PATH, else its usual place on Windows and macOS. */
export function findSoffice(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const candidates: string[] = [];
  if (env.KEHOACH_SOFFICE) candidates.push(env.KEHOACH_SOFFICE);
  const windows = process.platform === 'win32';
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of windows ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice']) candidates.push(join(dir, name));
  }
  if (windows) candidates.push('C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe');
  if (process.platform === 'darwin') candidates.push('/Applications/LibreOffice.app/Contents/MacOS/soffice');
  return candidates.find((path) => {
    try {
      accessSync(path, windows ? constants.F_OK : constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** LibreOffice, or the one-line usage error that says which package to install (exit 2). */
export function requireSoffice(env: Readonly<Record<string, string | undefined>>): string {
  const found = findSoffice(env);
  if (!found) throw new CliError(MESSAGES.missing);
  return found;
}

/** What a PDF says of itself: its XMP metadata names the PDF/A part and conformance (pdfaid). */
export function claimsPdfA2b(pdf: Uint8Array): boolean {
  const text = Buffer.from(pdf).toString('latin1');
  const part = /pdfaid:part(?:>|=["'])\s*2\b/.test(text);
  const conformance = /pdfaid:conformance(?:>|=["'])\s*B\b/i.test(text);
  return part && conformance;
}

/**
 * Convert DOCX bytes to PDF/A-2b with `soffice`, in a temporary folder (the profile
 * included) that is removed afterwards. `shown` names the plan in messages.
 */
export async function docxToPdf(docx: Uint8Array, soffice: string, shown: string): Promise<Uint8Array> {
  const work = await mkdtemp(join(tmpdir(), 'kehoach-pdf-'));
  try {
    const input = join(work, 'ke-hoach.docx');
    const out = join(work, 'out');
    await mkdir(out);
    await writeFile(input, docx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nologo',
      '--nodefault',
      '--nolockcheck',
      '--convert-to',
      PDFA_FILTER,
      '--outdir',
      out,
      input,
    ];
    const result = await new Promise<{ error: (Error & { code?: unknown; killed?: boolean }) | null; stderr: string; stdout: string }>((resolve) => {
      execFile(soffice, args, { timeout: CONVERT_TIMEOUT_MS, windowsHide: true, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => resolve({ error, stdout: String(stdout), stderr: String(stderr) }));
    });
    const pdf = await readFile(join(out, 'ke-hoach.pdf')).catch(() => undefined);
    if (!pdf || pdf.length === 0) {
      const said = [result.stderr, result.stdout]
        .join('\n')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/javaldx|^convert /i.test(l));
      const reason = result.error?.killed ? `timeout (${CONVERT_TIMEOUT_MS / 60000} min)` : (said[0] ?? result.error?.message.split('\n')[0] ?? 'no PDF');
      throw new CliError(MESSAGES.failed, { path: shown, reason });
    }
    return new Uint8Array(pdf);
  } finally {
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}
