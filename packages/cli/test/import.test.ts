import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry, run, workspace } from './helpers.js';

const seed = (name: string): string =>
  readFileSync(new URL(`../../import/test/fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');

const REGISTRY = registry(['ubnd-huyen', 'phong-vhtt', 'phong-noi-vu', 'phong-tu-phap', 'trung-tam-tt-vh-tt', 'ubnd-cac-xa', 'cac-co-quan-lien-quan']);

describe('kehoach import', () => {
  it('writes a draft of the district plan that validate then reads', async () => {
    const dir = workspace({ 'binh-son.txt': seed('district-binh-son-2024') });
    const r = await run(['import', 'binh-son.txt', '-o', 'binh-son.kehoach.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Đã nhập binh-son.txt: 5 phần, 25 nhiệm vụ (0 trong phụ lục), 0 đề nghị, 0 chỉ tiêu, 1 căn cứ, 1 đường báo cáo, 11 nơi nhận.');
    const yaml = readFileSync(join(dir, 'binh-son.kehoach.yaml'), 'utf8');
    expect(yaml).toContain('timeframe: Trong quý II, III năm 2024 # nguồn: dòng 105');
    expect(yaml).toContain('lead: Phòng Tư pháp # nguồn: dòng 121');
    const v = await run(['validate', 'binh-son.kehoach.yaml', '--format', 'json'], dir);
    expect(v.code).not.toBe(2);
    const report = JSON.parse(v.stdout) as { messages?: { ruleId: string }[] }[] | Record<string, unknown>;
    expect(JSON.stringify(report)).not.toMatch(/"ruleId":"(?:schema|yaml-syntax|unknown-key)"/);
  });

  it('prints the draft on standard output without -o', async () => {
    const dir = workspace({ 'tay-ninh.txt': seed('province-tay-ninh-2024') });
    const r = await run(['import', 'tay-ninh.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# Bản nháp do `kehoach import` tạo từ tay-ninh.txt')).toBe(true);
    expect(r.stdout).toContain('timeframe: Chậm nhất ngày 20/04/2024 # nguồn: dòng 87');
  });

  it('matches agency names against --registry and lists the unknown ones', async () => {
    const dir = workspace({ 'plans/binh-son.txt': seed('district-binh-son-2024'), 'agencies.yaml': REGISTRY });
    const r = await run(['import', 'plans/binh-son.txt', '-o', 'plans/plan.kehoach.yaml', '--registry', 'agencies.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/tên cơ quan chưa có trong danh mục.*"Văn phòng HĐND&UBND"/u);
    const yaml = readFileSync(join(dir, 'plans/plan.kehoach.yaml'), 'utf8');
    expect(yaml).toContain('registry: ../agencies.yaml');
    expect(yaml).toMatch(/- Văn phòng HĐND&UBND # chưa có trong danh mục cơ quan\n/u);
    // "Phòng Văn hoá" (hoá) resolves to the registry's "Phòng Văn hóa và Thông tin": no note on it.
    expect(yaml).toContain('lead: Phòng Văn hoá và Thông tin # nguồn: dòng 109\n');
  });

  it('refuses to overwrite a file without --force', async () => {
    const dir = workspace({ 'a.txt': seed('commune-duong-quan-2024'), 'a.kehoach.yaml': 'kind: plan\n' });
    const r = await run(['import', 'a.txt', '-o', 'a.kehoach.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kehoach: Tệp a.kehoach.yaml đã có; thêm --force để ghi đè.\n');
    expect(readFileSync(join(dir, 'a.kehoach.yaml'), 'utf8')).toBe('kind: plan\n');
    const forced = await run(['import', 'a.txt', '-o', 'a.kehoach.yaml', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'a.kehoach.yaml'), 'utf8')).toContain('name: Bùi Văn Tiến');
  });

  it('says what is wrong in one line, in English with --locale en', async () => {
    const dir = workspace({});
    const missing = await run(['import', 'khong-co.txt', '--locale', 'en'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('kehoach: No such file or folder: khong-co.txt\n');
    const none = await run(['import'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('kehoach: Thiếu tệp cần nhập: kehoach import <tệp.txt|tệp.docx>.\n');
    expect(existsSync(join(dir, 'khong-co.kehoach.yaml'))).toBe(false);
  });

  it('reports a file that claims to be DOCX but is not, without a stack trace', async () => {
    const dir = workspace({ 'hong.docx': 'không phải docx' });
    const r = await run(['import', 'hong.docx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kehoach: Không đọc được hong\.docx như tệp DOCX: .+\n$/u);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the import report as JSON with --report json', async () => {
    const dir = workspace({ 'binh-son.txt': seed('district-binh-son-2024') });
    const r = await run(['import', 'binh-son.txt', '-o', 'p.kehoach.yaml', '--report', 'json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stderr.slice(r.stderr.indexOf('{'))) as {
      counts: { tasks: number };
      tasks: { field: string; title: string; line: number }[];
      found: { field: string; lines: number[] }[];
    };
    expect(json.counts.tasks).toBe(25);
    const third = json.tasks[2]!;
    expect(third).toMatchObject({ title: expect.stringMatching(/^Hướng dẫn các đơn vị, địa phương/u), line: 95 });
    expect(json.found.find((f) => f.field === `${third.field}.timeframe`)?.lines).toEqual([99]);
  });
});

describe('kehoach import with kehoach.config.yaml', () => {
  it('matches names against the registry the config names, and leaves `registry:` to the config', async () => {
    const dir = workspace({
      'kehoach.config.yaml': 'registry: ./agencies.yaml\n',
      'agencies.yaml': REGISTRY,
      'binh-son.txt': seed('district-binh-son-2024'),
    });
    const r = await run(['import', 'binh-son.txt', '-o', 'binh-son.kehoach.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/tên cơ quan chưa có trong danh mục.*"Phòng Tài chính - Kế hoạch"/u);
    const yaml = readFileSync(join(dir, 'binh-son.kehoach.yaml'), 'utf8');
    expect(yaml).not.toMatch(/^registry:/m);
    expect(yaml).toContain('lead: Phòng Tài chính - Kế hoạch # nguồn: dòng 178; chưa có trong danh mục cơ quan');
  });
});

describe('kehoach import of files that are not plans', () => {
  it.each([
    ['a binary file', 'du-lieu.bin', Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x7f, 0x00, 0x00])],
    ['random bytes', 'ngau-nhien.txt', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256))],
  ])('refuses %s in one line, exit 2, and writes no draft', async (_name, file, bytes) => {
    const dir = workspace({ [file]: bytes });
    const r = await run(['import', file, '-o', 'ke-hoach.kehoach.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`kehoach: Không nhập ${file}: tệp không phải văn bản (dữ liệu nhị phân hoặc mã hóa không đọc được); hãy nhập tệp .txt (UTF-8) hoặc .docx.\n`);
    expect(existsSync(join(dir, 'ke-hoach.kehoach.yaml'))).toBe(false);
  });

  it('refuses a web page and text that is not a plan, in Vietnamese or English', async () => {
    const dir = workspace({
      'trang.html': '<!DOCTYPE html>\n<html><head><title>Kế hoạch</title></head><body><p>Kế hoạch năm 2025</p></body></html>\n',
      'thu.txt': 'Chào anh,\nEm gửi anh danh sách các việc cần làm trong tuần và kế hoạch đi công tác.\nCảm ơn anh.\n',
    });
    const html = await run(['import', 'trang.html'], dir);
    expect(html.code).toBe(2);
    expect(html.stderr).toBe('kehoach: Không nhập trang.html: tệp là một trang web (HTML), không phải kế hoạch; hãy lưu văn bản kế hoạch thành .txt hoặc .docx rồi nhập lại.\n');
    const letter = await run(['import', 'thu.txt', '--locale', 'en'], dir);
    expect(letter.code).toBe(2);
    expect(letter.stderr).toMatch(/^kehoach: Not imported, thu\.txt: the text has none of the marks of a plan \(.*\)\.\n$/u);
    expect(letter.stdout).toBe('');
  });
});

describe('kehoach import of other files', () => {
  it('reads UTF-16 text (as Notepad saves it) like UTF-8', async () => {
    const text = seed('commune-duong-quan-2024');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const dir = workspace({ 'duong-quan.txt': utf16 });
    const r = await run(['import', 'duong-quan.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('name: Ủy ban nhân dân xã Dương Quan');
  });

  it('asks for a text export of a PDF and a .docx of a .doc, in one line', async () => {
    const dir = workspace({ 'ke-hoach.pdf': '%PDF-1.7\n...', 'cu.doc': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
    const pdf = await run(['import', 'ke-hoach.pdf'], dir);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toBe('kehoach: ke-hoach.pdf là tệp PDF: hãy chuyển sang văn bản trước (ví dụ: pdftotext -layout ke-hoach.pdf ke-hoach.txt) rồi nhập tệp .txt.\n');
    const doc = await run(['import', 'cu.doc', '--locale', 'en'], dir);
    expect(doc.code).toBe(2);
    expect(doc.stderr).toBe('kehoach: cu.doc is a Word 97-2003 file (.doc): open it in Word or LibreOffice and save it as .docx.\n');
  });
});

describe('kehoach import --template', () => {
  it("matches names against an installed template's agencies and writes extends:", async () => {
    const tpl = (file: string): string => readFileSync(new URL(`../../templates/district-2024/${file}`, import.meta.url), 'utf8');
    const dir = workspace({
      'binh-son.txt': seed('district-binh-son-2024'),
      'node_modules/@kehoach/template-district-2024/package.json': tpl('package.json'),
      'node_modules/@kehoach/template-district-2024/template.yaml': tpl('template.yaml'),
    });
    const r = await run(['import', 'binh-son.txt', '-o', 'binh-son.kehoach.yaml', '--template', '@kehoach/template-district-2024'], dir);
    expect(r.code).toBe(0);
    const yaml = readFileSync(join(dir, 'binh-son.kehoach.yaml'), 'utf8');
    expect(yaml).toMatch(/^extends: "?@kehoach\/template-district-2024@\^1\.\d+\.\d+"?$/m);
    // The template knows "Phòng Tư pháp"; "Trung tâm Truyền thông - Văn hóa - Thể thao" is not in it.
    expect(yaml).toContain('lead: Phòng Tư pháp # nguồn: dòng 121\n');
    expect(yaml).toContain('lead: Trung tâm Truyền thông - Văn hoá - Thể thao # nguồn: dòng 103; chưa có trong danh mục cơ quan');
  });

  it("removes the template's own tasks in the draft and says so, instead of adding them", async () => {
    const tpl = (file: string): string => readFileSync(new URL(`../../templates/district-2024/${file}`, import.meta.url), 'utf8');
    const dir = workspace({
      'binh-son.txt': seed('district-binh-son-2024'),
      'node_modules/@kehoach/template-district-2024/package.json': tpl('package.json'),
      'node_modules/@kehoach/template-district-2024/template.yaml': tpl('template.yaml'),
    });
    const r = await run(['import', 'binh-son.txt', '-o', 'binh-son.kehoach.yaml', '--template', '@kehoach/template-district-2024'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Mẫu @kehoach/template-district-2024 có 2 nhiệm vụ, mục và chỉ tiêu riêng; bản nháp bỏ chúng ("remove:")');
    const yaml = readFileSync(join(dir, 'binh-son.kehoach.yaml'), 'utf8');
    expect(yaml).toMatch(/# các nhiệm vụ, mục và chỉ tiêu riêng của mẫu[^\n]*\nremove:\n {2}tasks:\n {4}- xay-dung-ke-hoach-trien-khai\n {4}- theo-doi-tong-hop\n/u);
  });

  it('says so when the template package is not installed', async () => {
    const dir = workspace({ 'a.txt': seed('commune-duong-quan-2024') });
    const r = await run(['import', 'a.txt', '--template', '@kehoach/template-commune'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kehoach: .*@kehoach\/template-commune.*\n$/u);
  });
});
