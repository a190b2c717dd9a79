import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../src/main.js';
import { run, workspace } from './helpers.js';
import { installTemplates } from './template-fixtures.js';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const FILES = ['kehoach.config.yaml', 'agencies.yaml', 'ke-hoach-2026.kehoach.yaml', '.vscode/extensions.json', '.github/workflows/kehoach.yml'];

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; severity: number | string; message: string; line: number }[];
}

async function validateJson(dir: string): Promise<JsonFile[]> {
  const v = await run(['validate', '.', '--format', 'json'], dir);
  expect(v.stderr).toBe('');
  return JSON.parse(v.stdout) as JsonFile[];
}

/** The blanks `kehoach new` lists at the top of the plan ("#   - title"). */
function listedBlanks(plan: string): string[] {
  return plan
    .split('\n')
    .filter((l) => l.startsWith('#   - '))
    .map((l) => l.slice('#   - '.length));
}

describe('kehoach init', () => {
  it('sets up a commune project from flags alone: config, registry, first plan, editor, CI', async () => {
    const root = workspace({});
    installTemplates(root, 'commune');
    const r = await run(['init', '--level', 'commune', '--name', 'Ủy ban nhân dân xã An Hòa', '--year', '2026'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã dựng dự án kế hoạch của Ủy ban nhân dân xã An Hòa trong . (mẫu @kehoach/template-commune@^1.0.0):');
    for (const f of FILES) {
      expect(existsSync(join(root, f)), f).toBe(true);
      expect(r.stdout).toContain(`  đã tạo   ${f}\n`);
    }
    expect(r.stdout).toContain('Bước tiếp theo:');
    expect(r.stdout).toMatch(/1\. Điền 12 chỗ trống <\.\.\.> của ke-hoach-2026\.kehoach\.yaml/);

    const config = parse(readFileSync(join(root, 'kehoach.config.yaml'), 'utf8'));
    expect(config).toEqual({ root: true, registry: './agencies.yaml' });
    const registry = readFileSync(join(root, 'agencies.yaml'), 'utf8');
    expect(parse(registry)).toEqual({ kind: 'registry', id: 'ubnd-xa-an-hoa', agencies: [] });
    // The template's agencies, read from the installed package, are listed for their ids.
    const template = parse(readFileSync(join(root, 'node_modules/@kehoach/template-commune/template.yaml'), 'utf8')) as { agencies: { id: string; name: string }[] };
    for (const a of template.agencies) expect(registry).toMatch(new RegExp(`^#   ${a.id}: +${a.name.replace(/[()]/g, '\\$&')}`, 'm'));

    // The plan is what `kehoach new` writes, over the level's template.
    const plan = readFileSync(join(root, 'ke-hoach-2026.kehoach.yaml'), 'utf8');
    expect(plan).toContain('kind: plan\nextends: "@kehoach/template-commune@^1.0.0"\nissuer:\n  name: Ủy ban nhân dân xã An Hòa\nyear: 2026\n');

    // The project passes validate but for the template's blanks: each listed one, nothing else.
    const files = await validateJson(root);
    expect(files.map((f) => f.filePath.slice(root.length + 1)).sort()).toEqual(['agencies.yaml', 'ke-hoach-2026.kehoach.yaml', 'kehoach.config.yaml']);
    const messages = files.flatMap((f) => f.messages);
    expect(messages.filter((m) => m.ruleId !== 'template-placeholder')).toEqual([]);
    expect(messages).toHaveLength(listedBlanks(plan).length);
    expect(listedBlanks(plan)).toHaveLength(12);
    for (const blank of listedBlanks(plan)) expect(messages.some((m) => m.message.includes(`(${blank})`)), blank).toBe(true);
  });

  it('wires the registry into every plan: an agency added there is known, one missing is not', async () => {
    const root = workspace({});
    installTemplates(root, 'commune');
    expect((await run(['init', '--level', 'commune', '--name', 'Ủy ban nhân dân xã An Hòa', '--year', '2026'], root)).code).toBe(0);
    const registry = join(root, 'agencies.yaml');
    writeFileSync(
      registry,
      readFileSync(registry, 'utf8').replace('agencies: []\n', 'agencies:\n  - id: truong-tieu-hoc-an-hoa\n    name: Trường Tiểu học An Hòa\n    kind: unit\n    level: commune\n'),
    );
    const task = (lead: string): string => `tasks:\n  - id: tu-sach\n    title: Xây dựng tủ sách pháp luật\n    lead: ${lead}\n    timeframe: Quý II/2026\n`;
    const plan = join(root, 'ke-hoach-2026.kehoach.yaml');
    const text = readFileSync(plan, 'utf8');
    writeFileSync(plan, text + task('Trường Tiểu học An Hòa'));
    const known = (await validateJson(root)).flatMap((f) => f.messages);
    expect(known.filter((m) => m.ruleId !== 'template-placeholder')).toEqual([]);
    writeFileSync(plan, text + task('Trường Trung học cơ sở An Hòa'));
    const unknown = (await validateJson(root)).flatMap((f) => f.messages);
    expect(unknown.filter((m) => m.ruleId === 'agency-known')).toHaveLength(1);
  });

  it('sets up a province in a new folder, in English, with the extension and a CI job that validate runs as written', async () => {
    const root = workspace({});
    installTemplates(root, 'province');
    const r = await run(['init', 'tinh', '--level', 'province', '--name', 'Ủy ban nhân dân tỉnh Bình Minh', '--year', '2026', '--locale', 'en'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Set up the plan project of Ủy ban nhân dân tỉnh Bình Minh in tinh (template @kehoach/template-province@^1.0.0):');
    expect(r.stdout).toContain('  created  .github/workflows/kehoach.yml\n');
    expect(r.stdout).toContain('Next steps:');
    const dir = join(root, 'tinh');

    // The recommended extension is the one packages/vscode publishes.
    const vscode = JSON.parse(readFileSync(fileURLToPath(new URL('../../vscode/package.json', import.meta.url)), 'utf8')) as { publisher: string; name: string };
    expect(JSON.parse(readFileSync(join(dir, '.vscode/extensions.json'), 'utf8'))).toEqual({ recommendations: [`${vscode.publisher}.${vscode.name}`] });

    // The workflow validates into SARIF and uploads that very file, even after errors.
    const workflow = parse(readFileSync(join(dir, '.github/workflows/kehoach.yml'), 'utf8')) as {
      permissions: Record<string, string>;
      jobs: { validate: { steps: { run?: string; uses?: string; if?: string; with?: Record<string, string> }[] } };
    };
    expect(workflow.permissions['security-events']).toBe('write');
    const steps = workflow.jobs.validate.steps;
    const validate = steps.find((s) => s.run?.includes('kehoach validate'));
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(validate?.run).toBe('npx --no-install kehoach validate --format sarif -o kehoach.sarif');
    expect(upload?.with?.sarif_file).toBe('kehoach.sarif');
    expect(upload?.if).toContain('!cancelled()');
    expect(steps.find((s) => s.run?.includes('npm'))?.run).toContain('@kehoach/template-province@^1.0.0');

    // Its command, run by the CLI as the runner would (npx resolves to this bin): a SARIF log of the blanks.
    const args = (validate?.run ?? '').split(' ').slice(3);
    expect(args[0]).toBe('validate');
    const ci = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(ci.status, ci.stderr).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, 'kehoach.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((x) => x.ruleId === 'template-placeholder')).toBe(true);
  });

  it('never overwrites: existing files are kept, said so, and the advice follows', async () => {
    const ownConfig = '# của xã\nrules:\n  single-lead: off\n';
    const ownExtensions = '{ "recommendations": ["redhat.vscode-yaml"] }\n';
    const root = workspace({ 'kehoach.config.yaml': ownConfig, '.vscode/extensions.json': ownExtensions });
    installTemplates(root, 'commune');
    const r = await run(['init', '--level', 'commune', '--name', 'Ủy ban nhân dân phường Hải Châu', '--year', '2026'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('  giữ nguyên kehoach.config.yaml (đã có, không ghi đè)\n');
    expect(r.stdout).toContain('  giữ nguyên .vscode/extensions.json (đã có, không ghi đè)\n');
    expect(r.stdout).toContain('  đã tạo   agencies.yaml\n');
    expect(r.stdout).toContain('"registry: ./agencies.yaml"');
    expect(r.stdout).toContain('thêm "kehoach.kehoach" vào "recommendations"');
    expect(readFileSync(join(root, 'kehoach.config.yaml'), 'utf8')).toBe(ownConfig);
    expect(readFileSync(join(root, '.vscode/extensions.json'), 'utf8')).toBe(ownExtensions);

    // Again: everything is there now, nothing is touched, the plan is not rewritten.
    const plan = join(root, 'ke-hoach-2026.kehoach.yaml');
    writeFileSync(plan, `${readFileSync(plan, 'utf8')}place: Hải Châu\n`);
    const before = Object.fromEntries(FILES.map((f) => [f, readFileSync(join(root, f), 'utf8')]));
    const again = await run(['init', '--level', 'commune', '--name', 'Ủy ban nhân dân phường Hải Châu', '--year', '2026'], root);
    expect(again.code).toBe(0);
    for (const f of FILES) {
      expect(again.stdout).toContain(`  giữ nguyên ${f} (đã có, không ghi đè)\n`);
      expect(readFileSync(join(root, f), 'utf8'), f).toBe(before[f]);
    }
    expect(again.stdout).toContain('1. Viết tiếp ke-hoach-2026.kehoach.yaml');
  });

  it('asks nothing without a terminal: a usage error naming the missing flags, nothing written', async () => {
    const root = workspace({});
    installTemplates(root, 'commune');
    const r = await run(['init'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kehoach: Thiếu --level, --name\. Ví dụ: kehoach init --level commune --name "Ủy ban nhân dân xã An Hòa" --year \d{4} \(xem kehoach init --help\)\.\n$/);
    const en = await run(['init', '--level', 'commune', '--locale', 'en'], root);
    expect(en.stderr).toMatch(/^kehoach: Missing --name\. For example: kehoach init/);
    // The real bin, stdin not a terminal: the same, no prompt waits.
    const bin = spawnSync(process.execPath, [BIN, 'init', '--name', 'Ủy ban nhân dân xã An Hòa'], { cwd: root, encoding: 'utf8', input: 'commune\n' });
    expect(bin.status).toBe(2);
    expect(bin.stderr).toContain('kehoach: Thiếu --level.');
    expect(readdirSync(root).sort()).toEqual(['.git', 'node_modules']);
  });

  it('asks in a terminal for what the flags left out, again after a wrong answer', async () => {
    const root = workspace({});
    installTemplates(root, 'commune');
    const answers = ['huyện', 'commune', '  Ủy ban nhân dân xã Tân Thành ', 'năm sau', '2027'];
    const asked: string[] = [];
    let stdout = '';
    let stderr = '';
    const code = await main(['init'], {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      cwd: root,
      isTTY: { stdout: false, stderr: false, stdin: true },
      env: { NO_COLOR: '1' },
      prompt: async (q) => {
        asked.push(q);
        return answers.shift();
      },
    });
    expect(code, stderr).toBe(0);
    expect(asked).toEqual([
      'Cấp của cơ quan: province (UBND tỉnh) hay commune (UBND xã, phường, đặc khu)? ',
      'Cấp của cơ quan: province (UBND tỉnh) hay commune (UBND xã, phường, đặc khu)? ',
      'Tên cơ quan ban hành, ví dụ "Ủy ban nhân dân xã An Hòa": ',
      `Năm kế hoạch [${new Date().getFullYear()}]: `,
      `Năm kế hoạch [${new Date().getFullYear()}]: `,
    ]);
    expect(stderr).toContain('--level: province | commune');
    expect(readFileSync(join(root, 'ke-hoach-2027.kehoach.yaml'), 'utf8')).toContain('issuer:\n  name: Ủy ban nhân dân xã Tân Thành\nyear: 2027\n');
    expect(stdout).toContain('Đã dựng dự án kế hoạch của Ủy ban nhân dân xã Tân Thành');

    // Ctrl+C (no answer) stops before anything is written.
    const other = workspace({});
    installTemplates(other, 'commune');
    let err = '';
    const stopped = await main(['init', '--level', 'commune'], {
      stdout: () => undefined,
      stderr: (t) => void (err += t),
      cwd: other,
      isTTY: { stdout: true, stderr: true, stdin: true },
      env: {},
      prompt: async () => undefined,
    });
    expect(stopped).toBe(2);
    expect(err).toBe('kehoach: Đã dừng; chưa tạo tệp nào.\n');
    expect(readdirSync(other).sort()).toEqual(['.git', 'node_modules']);
  });

  it('refuses a missing template package, a template of another level and a name that is not one line', async () => {
    const root = workspace({});
    installTemplates(root, 'commune');
    const missing = await run(['init', '--level', 'province', '--name', 'Ủy ban nhân dân tỉnh Bình Minh'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Chưa cài gói mẫu "@kehoach/template-province"');
    expect(missing.stderr).toContain('npm install @kehoach/template-province --registry');
    const mismatch = await run(['init', '--level', 'province', '--template', '@kehoach/template-commune', '--name', 'Ủy ban nhân dân tỉnh Bình Minh'], root);
    expect(mismatch.stderr).toBe('kehoach: Gói mẫu @kehoach/template-commune dành cho cấp "commune", không phải "province" (--level).\n');
    const badName = await run(['init', '--level', 'commune', '--name', 'Ủy ban nhân dân xã\u202e An Hòa'], root);
    expect(badName.code).toBe(2);
    expect(badName.stderr).toContain('--name phải là tên cơ quan ban hành trên một dòng');
    expect(readdirSync(root).sort()).toEqual(['.git', 'node_modules']);

    // The level comes from the template package when only --template is given; a folder inside a repository is told where GitHub looks.
    const nested = await run(['init', 'xa', '--template', '@kehoach/template-commune', '--name', 'Ủy ban nhân dân xã An Hòa', '--year', '2026'], root);
    expect(nested.code, nested.stderr).toBe(0);
    expect(nested.stdout).toContain('Thư mục này nằm trong kho git .:');
    expect(readFileSync(join(root, 'xa/agencies.yaml'), 'utf8')).toContain('level: commune');
  });
});
