import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { AGENCIES, PLAN as SHARED_PLAN, run, workspace } from './helpers.js';

/** The shared small plan, with coordinators the registry knows, so it has no errors. */
const PLAN = SHARED_PLAN.replace('coordinators: Các cơ quan, đơn vị liên quan', 'coordinators: [Phòng Văn hóa và Thông tin]');
import { docxText, soffice, zipEntry } from './render-helpers.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SIGNED = `${PLAN}place: Bình Sơn
date: 05/03/2024
signature:
  capacity: Chủ tịch
  name: Nguyễn Tường Duy
recipients: [Sở Nội vụ]
archive: [VT, TTHC]
`;

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('kehoach render', () => {
  it('writes the DOCX next to the plan, in Times New Roman, with the header of Nghị định 30', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': SIGNED });
    const r = await run(['render', 'ke-hoach.kehoach.yaml'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('ke-hoach.kehoach.yaml → ke-hoach.docx\nĐã kết xuất 1 kế hoạch (docx).\n');
    const xml = zipEntry(readFileSync(join(root, 'ke-hoach.docx')), 'word/document.xml');
    const text = docxText(xml);
    for (const line of ['ỦY BAN NHÂN DÂN', 'HUYỆN BÌNH SƠN', 'Số: 84/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bình Sơn, ngày 05 tháng 3 năm 2024', 'KẾ HOẠCH', 'Tổ chức các lớp tập huấn, bồi dưỡng về công tác cải cách hành chính', 'Nơi nhận:', '- Lưu: VT, TTHC.', 'Nguyễn Tường Duy']) {
      expect(text).toContain(line);
    }
    const fonts = new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('prints HTML, Markdown or plain text with -o -, and takes the format from the -o extension', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': SIGNED });
    const html = await run(['render', 'ke-hoach.kehoach.yaml', '--format', 'html', '-o', '-'], root);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
    expect(html.stdout).toContain('Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn');
    // The plan states no appendix: none is added.
    expect(html.stdout).not.toContain('PHỤ LỤC');

    const md = await run(['render', 'ke-hoach.kehoach.yaml', '-o', 'xem-truoc/ke-hoach.md'], root);
    expect(md.code).toBe(0);
    const text = readFileSync(join(root, 'xem-truoc', 'ke-hoach.md'), 'utf8');
    expect(text).toContain('# KẾ HOẠCH');
    expect(text).toMatch(/^## I\. /m);

    const txt = await run(['render', 'ke-hoach.kehoach.yaml', '-f', 'txt', '-o', '-'], root);
    expect(txt.code).toBe(0);
    expect(txt.stdout.split('\n').slice(0, 6)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'HUYỆN BÌNH SƠN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 84/KH-UBND | Bình Sơn, ngày 05 tháng 3 năm 2024',
      'KẾ HOẠCH',
    ]);
    expect(txt.stdout).toContain('Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, TTHC.\nCHỦ TỊCH\nNguyễn Tường Duy\n');
  });

  it('leaves the blanks of a draft as offices do and drops the appendices on request', async () => {
    const appendix = 'appendices:\n  - title: DANH MỤC\n    items: [Nội dung phụ lục.]\n';
    const draft = PLAN.replace('number: 84/KH-UBND\n', '') + appendix;
    const root = workspace({ 'agencies.yaml': AGENCIES, 'du-thao.kehoach.yaml': draft });
    const r = await run(['render', 'du-thao.kehoach.yaml', '-f', 'html', '-o', '-', '--no-appendix'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Số:      /KH-UBND');
    expect(r.stdout).toContain('......, ngày ... tháng ... năm 2024');
    expect(r.stdout).not.toMatch(/undefined|null|PHỤ LỤC/);
    const kept = await run(['render', 'du-thao.kehoach.yaml', '-f', 'html', '-o', '-'], root);
    expect(kept.stdout).toContain('<p class="label">PHỤ LỤC</p>');
    expect(kept.stdout).toContain('(Kèm theo Kế hoạch số       /KH-UBND ngày      /     /2024 của Ủy ban nhân dân huyện Bình Sơn)');
  });

  it('renders a folder into --out-dir, keeping sub-folders and skipping registries and ignored files', async () => {
    const root = workspace({
      'kehoach.config.yaml': "ignore: ['nhap/**']\n",
      '2024/huyen/agencies.yaml': AGENCIES,
      '2024/huyen/ke-hoach.kehoach.yaml': PLAN.replace('./agencies.yaml', './agencies.yaml'),
      '2024/xa/ke-hoach-xa.kehoach.yaml': PLAN.replace('./agencies.yaml', '../huyen/agencies.yaml'),
      'nhap/ban-nhap.kehoach.yaml': PLAN,
    });
    const r = await run(['render', '.', '--out-dir', 'out', '--format', 'md'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      '2024/huyen/ke-hoach.kehoach.yaml → out/2024/huyen/ke-hoach.md',
      '2024/xa/ke-hoach-xa.kehoach.yaml → out/2024/xa/ke-hoach-xa.md',
      'Đã kết xuất 2 kế hoạch (md).',
      '',
    ]);
    expect(existsSync(join(root, 'out', 'nhap'))).toBe(false);
  });

  it('does not render a plan with a YAML syntax error: file:line:column, exit 1, the others still rendered', async () => {
    const root = workspace({
      'agencies.yaml': AGENCIES,
      'a.kehoach.yaml': PLAN.replace('year: 2024', 'year: [2024'),
      'b.kehoach.yaml': PLAN,
    });
    const r = await run(['render', '.', '-f', 'md'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^a\.kehoach\.yaml:\d+:\d+: lỗi: .+ \(yaml-syntax\)$/m);
    expect(r.stderr).toContain('Không kết xuất a.kehoach.yaml: hãy sửa lỗi cú pháp YAML trước.');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, 'a.md'))).toBe(false);
    expect(existsSync(join(root, 'b.md'))).toBe(true);
  });

  it('renders a plan that breaks a rule, with a note on stderr', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'x.kehoach.yaml': PLAN.replace('    lead: Phòng Nội vụ\n', '') });
    const r = await run(['render', 'x.kehoach.yaml', '-f', 'md'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Lưu ý: x.kehoach.yaml còn 1 lỗi; văn bản vẫn được kết xuất, chỗ thiếu để trống (xem kehoach validate x.kehoach.yaml).\n');
    expect(readFileSync(join(root, 'x.md'), 'utf8')).not.toMatch(/undefined/);
  });

  it.each([
    [[], 'Hãy nêu tệp kế hoạch hoặc thư mục, ví dụ: kehoach render examples/2024 (xem kehoach render --help).'],
    [['x.kehoach.yaml', '--format', 'odt'], '--format phải là một trong: docx, html, md, txt, pdf (nhận được "odt").'],
    [['x.kehoach.yaml', '-o', 'a.docx', '--out-dir', 'out'], 'Chỉ dùng một trong hai: -o/--output hoặc --out-dir.'],
    [['x.kehoach.yaml', '-o', '-'], 'Không in được DOCX ra màn hình; hãy nêu tệp: -o ke-hoach.docx.'],
    [['x.kehoach.yaml', '-f', 'pdf', '-o', '-'], 'Không in được PDF ra màn hình; hãy nêu tệp: -o ke-hoach.pdf.'],
    [['.', '-o', 'mot.docx'], '-o/--output ghi một tệp nhưng có 2 kế hoạch; dùng --out-dir THƯ-MỤC.'],
    [['khong-co.kehoach.yaml'], 'Không tìm thấy đường dẫn: khong-co.kehoach.yaml'],
    [['agencies.yaml'], 'agencies.yaml không phải là tệp kế hoạch (kind: plan); không có gì để kết xuất.'],
    [['x.kehoach.yaml', '--mau'], 'Tùy chọn không hợp lệ: --mau (xem kehoach render --help).'],
    [['x.kehoach.yaml', '-o', 'y.kehoach.yaml/x.docx'], 'Không ghi được tệp y.kehoach.yaml/x.docx: đường dẫn đi qua một tệp, không phải thư mục'],
  ])('usage error %j: one Vietnamese line, exit 2', async (argv, message) => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'x.kehoach.yaml': PLAN, 'y.kehoach.yaml': PLAN });
    const r = await run(['render', ...argv], root);
    expect(r.stderr).toBe(`kehoach: ${message}\n`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('speaks English with --locale en', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'x.kehoach.yaml': PLAN });
    const usage = await run(['render', '--locale', 'en'], root);
    expect(usage.stderr).toBe('kehoach: Name a plan file or a folder, e.g. kehoach render examples/2024 (see kehoach render --help).\n');
    const ok = await run(['render', 'x.kehoach.yaml', '-f', 'html', '--locale', 'en'], root);
    expect(ok.stdout).toBe('x.kehoach.yaml → x.html\nRendered 1 plan(s) (html).\n');
    const help = await run(['render', '--help', '--locale', 'en'], root);
    expect(help.stdout).toMatch(/^Usage: kehoach render/);
  });

  it('is listed in kehoach --help, with its own help', async () => {
    const root = workspace({});
    const main = await run(['--help'], root);
    expect(main.stdout).toMatch(/^\s+render <kế hoạch\|thư mục\.\.\.> \[-f docx\|pdf\|html\|md\|txt\]\s+Kết xuất văn bản theo Nghị định 30\/2020\/NĐ-CP/m);
    expect(main.stdout).toMatch(/^\s+calendar <kế hoạch\|thư mục\.\.\.>\s+Xuất lịch hạn/m);
    const help = await run(['render', '-h'], root);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Cách dùng: kehoach render/);
  });
});

describe('kehoach render examples (the main job)', () => {
  it('renders every example plan to DOCX that LibreOffice opens and prints', async () => {
    const out = mkdtempSync(join(tmpdir(), 'kehoach-render-cli-'));
    scratch.push(out);
    const r = await run(['render', 'examples', '--out-dir', out], REPO);
    expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('Lưu ý:'))).toEqual([]);
    expect(r.code).toBe(0);
    const docx = walk(out).filter((f) => f.endsWith('.docx'));
    expect(docx.length, r.stdout).toBeGreaterThan(0);
    // The ignored examples/invalid/ is not rendered.
    expect(docx.filter((f) => relative(out, f).startsWith('invalid'))).toEqual([]);

    // One LibreOffice run per folder: --outdir is flat and the examples share file names.
    for (const folder of [...new Set(docx.map((f) => dirname(f)))]) {
      const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
      scratch.push(profile);
      const inFolder = docx.filter((f) => dirname(f) === folder);
      const lo = spawnSync(soffice(), [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, ...inFolder], {
        encoding: 'utf8',
        timeout: 540_000,
      });
      expect(lo.status, lo.stderr).toBe(0);
    }
    for (const file of docx) {
      const pdf = file.replace(/\.docx$/, '.pdf');
      const text = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
      expect(text.error, 'pdftotext (apt-get install poppler-utils)').toBeUndefined();
      expect(text.stdout, relative(out, pdf)).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text.stdout, relative(out, pdf)).toContain('KẾ HOẠCH');
      expect(text.stdout, relative(out, pdf)).toContain('Nơi nhận:');
    }
  }, 300_000);
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
