import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGENCIES, PLAN, run, workspace } from './helpers.js';
import { soffice } from './render-helpers.js';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const TITLE = 'Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn';

function tool(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd} is missing (apt-get install -y poppler-utils): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The PDF's words in reading order, NFC, one space between them (a title may wrap). */
function pdfWords(pdf: string): string {
  return tool('pdftotext', ['-enc', 'UTF-8', pdf, '-']).normalize('NFC').replace(/\s+/g, ' ');
}

describe('kehoach render -f pdf', () => {
  it('renders the DOCX through LibreOffice into a PDF/A-2b that holds the plan in Vietnamese', async () => {
    soffice(); // LibreOffice present, or the test says which package is missing
    const root = workspace({ 'ke-hoach.kehoach.yaml': PLAN, 'agencies.yaml': AGENCIES });
    const r = await run(['render', 'ke-hoach.kehoach.yaml', '-f', 'pdf'], root, { env: { PATH: process.env.PATH ?? '' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ke-hoach.kehoach.yaml → ke-hoach.pdf\nĐã kết xuất 1 kế hoạch (pdf).\n');
    const pdf = join(root, 'ke-hoach.pdf');
    const words = pdfWords(pdf);
    expect(words).toContain(TITLE);
    expect(words).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(words).toContain('Tổ chức các lớp tập huấn, bồi dưỡng về công tác cải cách hành chính');
    // It says it is PDF/A-2b: the XMP metadata names part 2, conformance B.
    const meta = tool('pdfinfo', ['-meta', pdf]);
    expect(meta).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(meta).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(tool('pdfinfo', [pdf]).normalize('NFC')).toMatch(/^Title: +Kế hoạch Tuyên truyền cải cách hành chính/m);
    // Nothing of the conversion is left behind.
    expect(readdirSync(root).sort()).toEqual(['.git', 'agencies.yaml', 'ke-hoach.kehoach.yaml', 'ke-hoach.pdf']);
  });

  it('converts beside another LibreOffice at work: two renders at once, each with its own profile', async () => {
    soffice();
    const root = workspace({ 'a/ke-hoach.kehoach.yaml': PLAN, 'a/agencies.yaml': AGENCIES, 'b/ke-hoach.kehoach.yaml': PLAN.replace('năm 2024 trên', 'năm 2024 (bản B) trên'), 'b/agencies.yaml': AGENCIES });
    const render = (dir: string): Promise<{ code: number | null; stderr: string }> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [BIN, 'render', dir, '-o', `${dir}.pdf`], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
        child.on('exit', (code) => resolve({ code, stderr }));
      });
    const [a, b] = await Promise.all([render('a'), render('b')]);
    expect(a).toEqual({ code: 0, stderr: '' });
    expect(b).toEqual({ code: 0, stderr: '' });
    expect(pdfWords(join(root, 'a.pdf'))).toContain(TITLE);
    expect(pdfWords(join(root, 'b.pdf'))).toContain('năm 2024 (bản B) trên địa bàn huyện Bình Sơn');
  });

  it('without LibreOffice: one message naming the package to install, exit 2, no stack, nothing written', () => {
    const root = workspace({ 'ke-hoach.kehoach.yaml': PLAN, 'agencies.yaml': AGENCIES });
    const empty = mkdtempSync(join(tmpdir(), 'kehoach-no-soffice-'));
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: empty, NO_COLOR: '1' };
    delete env.KEHOACH_SOFFICE;
    const vi = spawnSync(process.execPath, [BIN, 'render', 'ke-hoach.kehoach.yaml', '-f', 'pdf'], { cwd: root, encoding: 'utf8', env });
    expect(vi.status).toBe(2);
    expect(vi.stdout).toBe('');
    expect(vi.stderr.split('\n')).toHaveLength(2);
    expect(vi.stderr).toMatch(/^kehoach: Chưa cài LibreOffice \(lệnh soffice\), cần để xuất PDF\. Cài gói libreoffice-writer \(Debian, Ubuntu: sudo apt-get install -y --no-install-recommends libreoffice-writer fonts-liberation2;/);
    // -o *.pdf asks for PDF too; in English with --locale en.
    const en = spawnSync(process.execPath, [BIN, 'render', 'ke-hoach.kehoach.yaml', '-o', 'ke-hoach.pdf', '--locale', 'en'], { cwd: root, encoding: 'utf8', env });
    expect(en.status).toBe(2);
    expect(en.stderr).toMatch(/^kehoach: LibreOffice \(the soffice command\) is not installed; it is needed for PDF\. Install the libreoffice-writer package/);
    expect(en.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, 'ke-hoach.pdf'))).toBe(false);
  });

  it('a conversion LibreOffice gives up on: its reason in one line, exit 2, nothing written', () => {
    const root = workspace({ 'ke-hoach.kehoach.yaml': PLAN, 'agencies.yaml': AGENCIES });
    const bin = mkdtempSync(join(tmpdir(), 'kehoach-fake-soffice-'));
    const fake = join(bin, 'soffice');
    writeFileSync(fake, '#!/bin/sh\necho "Warning: failed to launch javaldx - java may not function correctly" >&2\necho "Error: source file could not be loaded" >&2\nexit 1\n');
    chmodSync(fake, 0o755);
    const r = spawnSync(process.execPath, [BIN, 'render', 'ke-hoach.kehoach.yaml', '-f', 'pdf'], { cwd: root, encoding: 'utf8', env: { ...process.env, PATH: bin, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('kehoach: LibreOffice không chuyển được ke-hoach.kehoach.yaml sang PDF: Error: source file could not be loaded\n');
    expect(existsSync(join(root, 'ke-hoach.pdf'))).toBe(false);
  });
});
