import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGENCIES, PLAN, run, workspace } from './helpers.js';

const EXAMPLE_PLUGIN = fileURLToPath(new URL('../../../examples/plugins/quang-ngai', import.meta.url));

/** A plan the two rules of the example plugin both fire on: quarters II-IV empty, a collective lead alone. */
const COMMUNES_ALONE = PLAN.replace(
  '    lead: Phòng Nội vụ\n    coordinators: Các cơ quan, đơn vị liên quan\n    timeframe: Trong năm 2024\n',
  '    lead: Các cơ quan, đơn vị liên quan\n    timeframe: Quý I/2024\n',
);

/** A local plugin in plain JavaScript: one rule loops forever, one throws, one works. */
const BROKEN_PLUGIN = `
const meta = (id, messages) => ({ id, severity: 'error', description: { vi: 'Quy tắc thử', en: 'Test rule' }, messages });
export default {
  name: 'dia-phuong',
  rules: {
    'vong-lap': { meta: meta('vong-lap', { x: { vi: 'x', en: 'x' } }), check() { while (true) {} } },
    'nem-loi': { meta: meta('nem-loi', { x: { vi: 'x', en: 'x' } }), check() { throw new RangeError('Invalid array length'); } },
    'co-so': {
      meta: meta('co-so', { noNumber: { vi: 'Kế hoạch chưa có số, ký hiệu', en: 'The plan has no number' } }),
      check(ctx) { if (!ctx.plan.number) ctx.report({ messageId: 'noNumber', at: { node: ctx.plan, key: 'title', part: 'key' } }); },
    },
  },
};
`;

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; severity: string; message: string; line: number; column: number }[];
}

describe('kehoach validate with rule plugins', () => {
  it('loads the npm package a config names, with its shared config: the example plugin’s two rules fire', async () => {
    const root = workspace({
      'kehoach.config.yaml': 'plugins: [kehoach-plugin-quang-ngai]\nextends: plugin:quang-ngai/recommended\n',
      'agencies.yaml': AGENCIES,
      'ke-hoach.kehoach.yaml': COMMUNES_ALONE,
    });
    // Installed as npm would (a workspace link): node_modules/kehoach-plugin-quang-ngai.
    mkdirSync(join(root, 'node_modules'));
    symlinkSync(EXAMPLE_PLUGIN, join(root, 'node_modules', 'kehoach-plugin-quang-ngai'), 'dir');

    const r = await run(['validate', '-f', 'json', '--locale', 'en'], root);
    expect(r.stderr).toBe('');
    const plan = (JSON.parse(r.stdout) as JsonFile[]).find((f) => f.filePath.endsWith('ke-hoach.kehoach.yaml'));
    const own = plan?.messages.filter((m) => m.ruleId.startsWith('quang-ngai/'));
    expect(own?.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([
      ['quang-ngai/moi-quy-mot-nhiem-vu', 'warning', 13, 1],
      ['quang-ngai/tap-the-chu-tri-can-phong-phoi-hop', 'warning', 17, 11],
    ]);
    expect(own?.[0]?.message).toBe('The communication plan has no task in quarter II, III, IV of 2024.');
    expect(r.code).toBe(0);
  });

  it('a rule that loops is stopped, one that throws is reported, and the other rules still run', async () => {
    const root = workspace({
      'kehoach.config.yaml': 'plugins: [./quy-tac/dia-phuong.mjs]\n',
      'quy-tac/dia-phuong.mjs': BROKEN_PLUGIN,
      'agencies.yaml': AGENCIES,
      'ke-hoach.kehoach.yaml': PLAN.replace('number: 84/KH-UBND\n', '').replace('    lead: Phòng Nội vụ\n', ''),
    });
    const r = await run(['validate'], root, { env: { KEHOACH_RULE_TIMEOUT_MS: '5000' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Quy tắc "dia-phuong/vong-lap" của plugin "./quy-tac/dia-phuong.mjs" chạy quá 5000 ms và đã bị dừng cho tệp này.');
    expect(r.stdout).toContain(
      'Quy tắc "dia-phuong/nem-loi" của plugin "./quy-tac/dia-phuong.mjs" gặp lỗi và đã bị bỏ qua cho tệp này: Invalid array length',
    );
    expect(r.stdout).toContain('Kế hoạch chưa có số, ký hiệu  dia-phuong/co-so');
    expect(r.stdout).toContain('task-lead-required');
    expect(r.stdout).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a plugin that is not installed: a clear error naming it, built-in rules still run', async () => {
    const root = workspace({
      'kehoach.config.yaml': 'plugins:\n  - "@quang-ngai/kehoach-plugin"\n',
      'agencies.yaml': AGENCIES,
      'ke-hoach.kehoach.yaml': PLAN.replace('    lead: Phòng Nội vụ\n', ''),
    });
    const r = await run(['validate', '-f', 'json', '--locale', 'en'], root);
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout) as JsonFile[];
    const config = files.find((f) => f.filePath.endsWith('kehoach.config.yaml'));
    const plan = files.find((f) => f.filePath.endsWith('ke-hoach.kehoach.yaml'));
    expect(plan?.messages.map((m) => m.ruleId)).toEqual(['plugins', 'task-lead-required']);
    expect(plan?.messages[0]?.message).toBe(
      'Plugin "@quang-ngai/kehoach-plugin" was not found: install the package (npm install @quang-ngai/kehoach-plugin) or fix the path. Built-in rules still run.',
    );
    if (config) expect(config.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['plugins', 2, 5]]);
  });

  it('with --jobs, each worker of a parallel run loads the plugins too (same report as one job)', () => {
    const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
    expect(existsSync(bin), 'build the CLI first (pnpm build): workers run dist/worker.js').toBe(true);
    const files: Record<string, string> = {
      'kehoach.config.yaml': 'plugins: [./quy-tac/dia-phuong.mjs]\nrules:\n  dia-phuong/vong-lap: off\n  dia-phuong/nem-loi: off\n',
      'quy-tac/dia-phuong.mjs': BROKEN_PLUGIN,
      'agencies.yaml': AGENCIES,
    };
    for (let i = 0; i < 4; i++) files[`xa-${i}/ke-hoach.kehoach.yaml`] = PLAN.replace('registry: ./agencies.yaml', 'registry: ../agencies.yaml').replace('number: 84/KH-UBND\n', i % 2 ? '' : 'number: 84/KH-UBND\n');
    const root = workspace(files);
    const one = spawnSync(process.execPath, [bin, 'validate', '.', '-j', '1', '-f', 'json'], { cwd: root, encoding: 'utf8' });
    const two = spawnSync(process.execPath, [bin, 'validate', '.', '-j', '2', '-f', 'json'], { cwd: root, encoding: 'utf8' });
    expect(two.stderr).toBe('');
    const rules = (out: string) => (JSON.parse(out) as JsonFile[]).flatMap((f) => f.messages.map((m) => m.ruleId)).filter((id) => id.startsWith('dia-phuong/'));
    expect(rules(two.stdout)).toEqual(['dia-phuong/co-so', 'dia-phuong/co-so']);
    expect(two.stdout).toBe(one.stdout);
  });
});

/**
 * A template package whose template.yaml lists a plugin: the module writes a marker
 * file when it is imported and when its rule runs, so a marker proves the code ran.
 */
function templateWithCode(): { root: string; marker: string } {
  const MARKER = 'RAN.txt';
  const root = workspace({
    'agencies.yaml': AGENCIES,
    'ke-hoach.kehoach.yaml': PLAN.replace('kind: plan\n', 'kind: plan\nextends: "@tinh/template-xa@^1.0.0"\n'),
    'node_modules/@tinh/template-xa/package.json': JSON.stringify({ name: '@tinh/template-xa', version: '1.0.0', kehoach: { template: 'template.yaml' } }),
    'node_modules/@tinh/template-xa/template.yaml': 'kind: template\nid: xa\nplugins: ["./rule.js"]\nrules:\n  mau/chay: error\n',
    'node_modules/@tinh/template-xa/rule.js': `import { appendFileSync } from 'node:fs';
const mark = (what) => appendFileSync(new URL('../../../${MARKER}', import.meta.url), what + '\\n');
mark('import');
export default {
  name: 'mau',
  rules: {
    chay: {
      meta: { id: 'chay', severity: 'error', description: { vi: 'x', en: 'x' }, messages: { x: { vi: 'mã của mẫu đã chạy', en: 'template code ran' } } },
      check(ctx) { mark('check'); ctx.report({ messageId: 'x', at: { node: ctx.plan, key: 'title' } }); },
    },
  },
};
`,
  });
  return { root, marker: join(root, MARKER) };
}

describe('a template package cannot bring code', () => {
  it('kehoach validate never imports the plugin a template lists (main thread and workers), and says the config must name it', async () => {
    const { root, marker } = templateWithCode();
    const r = await run(['validate', '-f', 'json', '--locale', 'en'], root);
    // Workers run dist/worker.js: the built CLI, two jobs.
    const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
    expect(existsSync(bin), 'build the CLI first (pnpm build): workers run dist/worker.js').toBe(true);
    const workers = spawnSync(process.execPath, [bin, 'validate', '-j', '2', 'ke-hoach.kehoach.yaml', 'agencies.yaml'], { cwd: root, encoding: 'utf8' });
    expect(existsSync(marker)).toBe(false);
    expect(workers.stderr).toBe('');
    expect(workers.stdout).not.toContain('mã của mẫu đã chạy');
    expect(workers.stdout).toContain('mẫu chỉ là dữ liệu');
    const plan = (JSON.parse(r.stdout) as JsonFile[]).find((f) => f.filePath.endsWith('ke-hoach.kehoach.yaml'));
    const warning = plan?.messages.find((m) => m.ruleId === 'plugins');
    expect(warning).toMatchObject({ severity: 'warning', line: 2, column: 10 });
    expect(warning?.message).toContain('Template "@tinh/template-xa@1.0.0" lists plugin "./rule.js", but templates are data');
    expect(warning?.message).toContain('kehoach.config.yaml');
    expect(plan?.messages.some((m) => m.ruleId.startsWith('mau/'))).toBe(false);
    expect(r.code).toBe(0);
  });

  it('checking the template file itself does not run its code either', async () => {
    const { root, marker } = templateWithCode();
    const r = await run(['validate', 'node_modules/@tinh/template-xa/template.yaml'], root);
    expect(existsSync(marker)).toBe(false);
    expect(r.stdout).toContain('3:11');
    expect(r.stdout).toContain('mẫu chỉ là dữ liệu');
  });

  it('the marker does appear when the user’s own config names the same module (the test can fail)', async () => {
    const { root, marker } = templateWithCode();
    writeFileSync(join(root, 'kehoach.config.yaml'), 'plugins: [./node_modules/@tinh/template-xa/rule.js]\n');
    const r = await run(['validate', 'ke-hoach.kehoach.yaml'], root);
    expect(existsSync(marker)).toBe(true);
    expect(r.stdout).toContain('mã của mẫu đã chạy');
    // The config names it: no warning about the template's entry.
    expect(r.stdout).not.toContain('mẫu chỉ là dữ liệu');
  });
});
