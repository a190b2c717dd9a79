import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/project/host.js';
import { Project } from '../../src/project/project.js';
import { untrustedPluginsNotice } from '../../src/plugins/project-run.js';
import { AGENCIES, PLAN, mapHost, quangNgai } from './fixtures.js';

const PATH = '/work/ke-hoach.kehoach.yaml';

function project(config: string, modules: Record<string, unknown> | undefined, extra: Record<string, string> = {}, plan = PLAN) {
  const host = new MemoryHost({ '/work/kehoach.config.yaml': config, '/work/agencies.yaml': AGENCIES, [PATH]: plan, ...extra }, '/work');
  const plugins = modules ? mapHost(modules) : undefined;
  return { project: new Project(host, plugins ? { plugins } : {}), plugins };
}

async function check(p: Project, path = PATH) {
  const result = await p.check(path);
  if (!result) throw new Error('no result');
  return result;
}

const ids = (r: { diagnostics: { ruleId: string; messageId: string }[] }) => r.diagnostics.map((d) => `${d.ruleId}:${d.messageId}`);

describe('plugins named by kehoach.config.yaml', () => {
  it('runs a plugin rule under its namespaced id, with options from the config', async () => {
    const { project: p, plugins } = project(
      'plugins: [kehoach-plugin-quang-ngai]\nrules:\n  quang-ngai/so-nhiem-vu-toi-thieu: [error, { min: 3 }]\n',
      { 'kehoach-plugin-quang-ngai': { default: quangNgai } },
    );
    const r = await check(p);
    const d = r.diagnostics.find((x) => x.ruleId === 'quang-ngai/so-nhiem-vu-toi-thieu');
    expect(d?.severity).toBe('error');
    expect(d?.message.vi).toBe('Kế hoạch chỉ có 1 nhiệm vụ, cần ít nhất 3.');
    expect(d?.range.start).toEqual({ line: 7, character: 0 });
    expect(plugins?.imported).toEqual(['/work:kehoach-plugin-quang-ngai']);
    expect(r.plugins).toEqual({ loaded: ['quang-ngai'], skipped: [] });
  });

  it('reads a relative path from the folder of the config that names it', async () => {
    const { project: p, plugins } = project('plugins: [./quy-tac/quang-ngai.js]\n', { './quy-tac/quang-ngai.js': quangNgai });
    await check(p);
    expect(plugins?.imported).toEqual(['/work:./quy-tac/quang-ngai.js']);
  });

  it('a rule that throws becomes one diagnostic naming the plugin and the rule; the other rules still run', async () => {
    const { project: p } = project('plugins: [kehoach-plugin-quang-ngai]\n', { 'kehoach-plugin-quang-ngai': quangNgai });
    const r = await check(p);
    const crash = r.diagnostics.find((d) => d.ruleId === 'quang-ngai/nem-loi');
    expect(crash?.messageId).toBe('ruleCrashed');
    expect(crash?.message.vi).toBe(
      `Quy tắc "quang-ngai/nem-loi" của plugin "kehoach-plugin-quang-ngai" gặp lỗi và đã bị bỏ qua cho tệp này: Cannot read properties of undefined (reading 'lead')`,
    );
    expect(ids(r)).toContain('quang-ngai/so-nhiem-vu-toi-thieu:few');
  });

  it('extends: plugin:<name>/recommended pulls the shared config, and the config itself still wins', async () => {
    const { project: p } = project('plugins: [kehoach-plugin-quang-ngai]\nextends: plugin:quang-ngai/recommended\n', {
      'kehoach-plugin-quang-ngai': quangNgai,
    });
    const r = await check(p);
    expect(ids(r)).not.toContain('quang-ngai/nem-loi:ruleCrashed');
    expect(r.diagnostics.find((d) => d.ruleId === 'quang-ngai/so-nhiem-vu-toi-thieu')?.severity).toBe('error');

    const { project: q } = project(
      'plugins: [kehoach-plugin-quang-ngai]\nextends: [plugin:quang-ngai/recommended]\nrules:\n  quang-ngai/so-nhiem-vu-toi-thieu: off\n',
      { 'kehoach-plugin-quang-ngai': quangNgai },
    );
    expect(ids(await check(q)).filter((i) => i.startsWith('quang-ngai/'))).toEqual([]);
  });

  it('a suppression comment may name a plugin rule', async () => {
    const plan = PLAN.replace('tasks:\n', '# kehoach-disable-next-line quang-ngai/so-nhiem-vu-toi-thieu -- kế hoạch ngắn theo chỉ đạo của tỉnh\ntasks:\n');
    const { project: p } = project('plugins: [q]\nextends: plugin:quang-ngai/recommended\n', { q: quangNgai }, {}, plan);
    const r = await check(p);
    expect(ids(r).filter((i) => !i.startsWith('date') && !i.startsWith('legal'))).toEqual([]);
    expect(r.suppressed.map((d) => d.ruleId)).toEqual(['quang-ngai/so-nhiem-vu-toi-thieu']);
  });

  it('a template that lists plugins never loads them: the plan and the template say the config must name the plugin', async () => {
    const template = `kind: template
id: district
plugins: [../plugins/quang-ngai.js]
rules:
  quang-ngai/so-nhiem-vu-toi-thieu: [error, { min: 5 }]
  quang-ngai/nem-loi: off
`;
    const plan = PLAN.replace('kind: plan\n', 'kind: plan\nextends: ./mau/huyen.yaml\n');
    const { project: p, plugins } = project('root: true\n', { '../plugins/quang-ngai.js': quangNgai }, { '/work/mau/huyen.yaml': template }, plan);
    const r = await check(p);
    expect(plugins?.imported).toEqual([]);
    expect(r.plugins).toEqual({ loaded: [], skipped: [] });
    expect(ids(r).filter((i) => i.startsWith('quang-ngai/'))).toEqual([]);
    const d = r.diagnostics.find((x) => x.messageId === 'templatePlugin');
    expect(d?.severity).toBe('warning');
    expect(d?.message.vi).toBe(
      'Mẫu "./mau/huyen.yaml" khai báo plugin "../plugins/quang-ngai.js", nhưng mẫu chỉ là dữ liệu: plugin do mẫu khai báo không bao giờ được nạp. Muốn dùng plugin này, hãy ghi nó trong `plugins:` của tệp kehoach.config.yaml.',
    );
    // On the plan: at its `extends:`, pointing at the entry in the template.
    expect(d?.range.start).toEqual({ line: 1, character: 9 });
    expect(d?.related?.[0]).toMatchObject({ uri: '/work/mau/huyen.yaml', range: { start: { line: 2, character: 10 } } });
    expect(ids(r).filter((i) => i.startsWith('schema') || i.startsWith('unknown-key'))).toEqual([]);

    // The template itself, checked on its own: at the entry.
    const t = await check(p, '/work/mau/huyen.yaml');
    expect(plugins?.imported).toEqual([]);
    const own = t.diagnostics.find((x) => x.messageId === 'templatePlugin');
    expect(own?.range.start).toEqual({ line: 2, character: 10 });
  });

  it('the config names the plugin a template wants: it loads (from the config) and the template rule settings apply', async () => {
    const template = `kind: template
id: district
plugins: [kehoach-plugin-quang-ngai]
rules:
  quang-ngai/so-nhiem-vu-toi-thieu: [error, { min: 5 }]
  quang-ngai/nem-loi: off
`;
    const plan = PLAN.replace('kind: plan\n', 'kind: plan\nextends: ./mau/huyen.yaml\n');
    const { project: p, plugins } = project('root: true\nplugins: [kehoach-plugin-quang-ngai]\n', { 'kehoach-plugin-quang-ngai': quangNgai }, { '/work/mau/huyen.yaml': template }, plan);
    const r = await check(p);
    expect(plugins?.imported).toEqual(['/work:kehoach-plugin-quang-ngai']);
    expect(r.diagnostics.find((x) => x.ruleId === 'quang-ngai/so-nhiem-vu-toi-thieu')?.data).toMatchObject({ min: 5 });
    // The config already names it: nothing to say about the template's entry.
    expect(ids(r)).not.toContain('plugins:templatePlugin');
  });
});

describe('bad plugins: a clear error naming the plugin, built-in rules keep working', () => {
  const NO_LEAD = PLAN.replace('    lead: Phòng Văn hoá và Thông tin\n', '');

  it('a plugin that is not installed', async () => {
    const { project: p } = project('plugins:\n  - "@quang-ngai/kehoach-plugin"\n', {}, {}, NO_LEAD);
    const r = await check(p);
    const d = r.diagnostics.find((x) => x.ruleId === 'plugins');
    expect(d?.message.vi).toBe(
      'Không tìm thấy plugin "@quang-ngai/kehoach-plugin": hãy cài gói (npm install @quang-ngai/kehoach-plugin) hoặc sửa đường dẫn. Các quy tắc có sẵn vẫn chạy.',
    );
    // On the plan: at its first line, pointing at the entry in the config.
    expect(d?.range.start.line).toBe(0);
    expect(d?.related?.[0]).toMatchObject({ uri: '/work/kehoach.config.yaml', range: { start: { line: 1, character: 4 } } });
    expect(ids(r)).toContain('task-lead-required:missing');

    // On the config file itself: at the entry.
    const c = await check(p, '/work/kehoach.config.yaml');
    expect(c.diagnostics.find((x) => x.ruleId === 'plugins')?.range.start).toEqual({ line: 1, character: 4 });

    // Not on the agency registry, which no plugin rule checks.
    expect((await check(p, '/work/agencies.yaml')).diagnostics.filter((x) => x.ruleId === 'plugins')).toEqual([]);
  });

  it('a plugin installed after the first check is found by the next one (an editor session)', async () => {
    const modules: Record<string, unknown> = {};
    const { project: p } = project('plugins: [kehoach-plugin-quang-ngai]\n', modules);
    expect(ids(await check(p))).toContain('plugins:notFound');
    modules['kehoach-plugin-quang-ngai'] = quangNgai; // npm install
    p.invalidate(PATH);
    const after = ids(await check(p));
    expect(after).not.toContain('plugins:notFound');
    expect(after).toContain('quang-ngai/so-nhiem-vu-toi-thieu:few');
  });

  it('a plugin that exports the wrong shape', async () => {
    const { project: p } = project('plugins: [kehoach-plugin-sai]\n', { 'kehoach-plugin-sai': { default: { name: 'sai', rules: { 'thieu-check': { meta: minTasks() } } } } }, {}, NO_LEAD);
    const r = await check(p);
    const d = r.diagnostics.find((x) => x.ruleId === 'plugins');
    expect(d?.messageId).toBe('badShape');
    expect(d?.message.en).toBe(
      'Plugin "kehoach-plugin-sai" has the wrong shape: rule "thieu-check" needs `meta` and a `check` function (use defineRule). A plugin must export definePlugin({ name, rules, configs }) as its default export.',
    );
    expect(ids(r)).toContain('task-lead-required:missing');
  });

  it('a plugin whose module throws while loading', async () => {
    const { project: p } = project('plugins: [hong]\n', {
      hong: () => {
        throw new Error('Unexpected token export');
      },
    });
    const d = (await check(p)).diagnostics.find((x) => x.ruleId === 'plugins');
    expect(d?.message.en).toBe('Plugin "hong" failed to load: Unexpected token export. Built-in rules still run.');
  });

  it('two plugins claiming the same name: the second is ignored, with an error naming both', async () => {
    const base = quangNgai.rules['so-nhiem-vu-toi-thieu'];
    const other = { ...quangNgai, rules: { khac: { ...base, meta: { ...base.meta, id: 'quang-ngai/khac' } } } };
    const { project: p } = project('plugins: [kehoach-plugin-quang-ngai, ./quang-ngai-2.js]\n', { 'kehoach-plugin-quang-ngai': quangNgai, './quang-ngai-2.js': other });
    const r = await check(p);
    const d = r.diagnostics.find((x) => x.ruleId === 'plugins');
    expect(d?.message.vi).toBe(
      'Plugin "./quang-ngai-2.js" dùng tên "quang-ngai" trùng với plugin "kehoach-plugin-quang-ngai": bỏ qua các quy tắc của "./quang-ngai-2.js".',
    );
    expect(ids(r)).not.toContain('quang-ngai/khac:few');
    expect(ids(r)).toContain('quang-ngai/so-nhiem-vu-toi-thieu:few');
  });

  it('an options value that fails the rule schema: the rule runs with its defaults', async () => {
    const { project: p } = project('plugins: [q]\nrules:\n  quang-ngai/so-nhiem-vu-toi-thieu: [error, { min: "mười hai" }]\n', { q: quangNgai });
    const r = await check(p);
    const d = r.diagnostics.find((x) => x.messageId === 'badOptions');
    expect(d?.message.vi).toMatch(/^Tùy chọn của quy tắc "quang-ngai\/so-nhiem-vu-toi-thieu" \(plugin "q"\) không hợp lệ: min: /);
    expect(r.diagnostics.find((x) => x.ruleId === 'quang-ngai/so-nhiem-vu-toi-thieu')?.data).toMatchObject({ min: 2 });
  });

  it('an unknown shared config names the ones that exist', async () => {
    const { project: p } = project('plugins: [q]\nextends: plugin:quang-ngai/nghiem-ngat\n', { q: quangNgai });
    const d = (await check(p)).diagnostics.find((x) => x.ruleId === 'plugins');
    expect(d?.message.vi).toBe('Không có cấu hình dùng chung "plugin:quang-ngai/nghiem-ngat": plugin "quang-ngai" chỉ có plugin:quang-ngai/recommended.');
  });
});

describe('untrusted workspace: no plugin host', () => {
  it('a suppression comment naming a plugin rule is neither "unknown" nor "unused" there', async () => {
    const plan = PLAN.replace('tasks:\n', '# kehoach-disable-next-line quang-ngai/so-nhiem-vu-toi-thieu -- kế hoạch ngắn theo chỉ đạo của tỉnh\ntasks:\n');
    const { project: p } = project('plugins: [kehoach-plugin-quang-ngai]\n', undefined, {}, plan);
    expect(ids(await check(p)).filter((i) => i.startsWith('suppression-comment'))).toEqual([]);
    // With the plugin loaded the comment is checked as usual: here it suppresses nothing.
    const { project: q } = project('plugins: [kehoach-plugin-quang-ngai]\nrules:\n  quang-ngai/so-nhiem-vu-toi-thieu: off\n  quang-ngai/nem-loi: off\n', { 'kehoach-plugin-quang-ngai': quangNgai }, {}, plan);
    expect(ids(await check(q)).filter((i) => i.startsWith('suppression-comment'))).toEqual(['suppression-comment:unused']);
  });

  it('runs built-in rules only and says which plugins it skipped', async () => {
    const { project: p } = project('plugins: [kehoach-plugin-quang-ngai]\nextends: plugin:quang-ngai/recommended\n', undefined);
    const r = await check(p);
    expect(ids(r).filter((i) => i.startsWith('quang-ngai/') || i.startsWith('plugins'))).toEqual([]);
    expect(r.plugins?.skipped).toEqual(['kehoach-plugin-quang-ngai']);
    expect(untrustedPluginsNotice(r.plugins?.skipped ?? [])?.vi).toBe(
      'Không gian làm việc chưa được tin cậy nên chỉ chạy các quy tắc có sẵn; plugin chưa được nạp: "kehoach-plugin-quang-ngai".',
    );
  });
});

function minTasks() {
  return quangNgai.rules['so-nhiem-vu-toi-thieu'].meta;
}
