import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGENCIES, PLAN, run, workspace } from './helpers.js';

/** Every bad input gives located diagnostics (exit 1), never a stack trace nor exit 2. */
async function expectLocated(files: Record<string, string | Uint8Array>, file: string, expected: RegExp) {
  const root = workspace({ 'agencies.yaml': AGENCIES, ...files });
  const r = await run(['validate', '-f', 'json', file], root);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  const out = JSON.parse(r.stdout) as { messages: { ruleId: string; message: string; line: number; column: number }[] }[];
  const messages = out[0]?.messages ?? [];
  expect(messages.length, r.stdout).toBeGreaterThan(0);
  for (const m of messages) {
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.column).toBeGreaterThanOrEqual(1);
  }
  expect(messages.map((m) => `${m.ruleId}: ${m.message}`).join('\n')).toMatch(expected);
  expect(r.code).toBe(1);
  return messages;
}

describe('bad input', () => {
  it('an empty plan file', async () => {
    await expectLocated({ 'rong.kehoach.yaml': '' }, 'rong.kehoach.yaml', /schema|trống/);
  });

  it('malformed YAML points at the line', async () => {
    const text = PLAN.replace('year: 2024', 'year: [2024');
    const [m] = await expectLocated({ 'x.kehoach.yaml': text }, 'x.kehoach.yaml', /yaml-syntax/);
    expect(m?.line).toBeGreaterThan(1);
  });

  it('a wrong type and an unknown key', async () => {
    const text = PLAN.replace('year: 2024', 'year: hai nghìn\nnam: 2024');
    const messages = await expectLocated({ 'x.kehoach.yaml': text }, 'x.kehoach.yaml', /unknown-key/);
    expect(messages.find((m) => m.ruleId === 'schema')?.line).toBe(7);
    expect(messages.find((m) => m.ruleId === 'unknown-key')?.line).toBe(8);
  });

  it('BOM and CRLF files report the same positions as plain ones', async () => {
    const broken = PLAN.replace('    lead: Phòng Nội vụ\n', '');
    const plain = await expectLocated({ 'x.kehoach.yaml': broken }, 'x.kehoach.yaml', /task-lead-required/);
    const crlf = await expectLocated({ 'x.kehoach.yaml': `\uFEFF${broken.replace(/\n/g, '\r\n')}` }, 'x.kehoach.yaml', /task-lead-required/);
    expect(crlf.map((m) => [m.line, m.column])).toEqual(plain.map((m) => [m.line, m.column]));
  });

  it('non-UTF-8 bytes are located, the rest of the file is still read', async () => {
    const bytes = Buffer.concat([Buffer.from('kind: plan\ntitle: K'), Buffer.from([0xe1, 0xba]), Buffer.from('\nyear: 2024\n')]);
    const messages = await expectLocated({ 'x.kehoach.yaml': bytes }, 'x.kehoach.yaml', /UTF-8/);
    expect(messages.find((m) => m.message.includes('UTF-8'))).toMatchObject({ line: 2, column: 9 });
  });

  it('an alias bomb is refused quickly with a location', async () => {
    const bomb = ['kind: plan', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    await expectLocated({ 'x.kehoach.yaml': `${bomb.join('\n')}\n` }, 'x.kehoach.yaml', /alias|bí danh/i);
  });

  it('a 50 MB file is refused without being parsed', async () => {
    const line = '  - Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn\n';
    const big = `kind: plan\nobjectives:\n${line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line)))}`;
    await expectLocated({ 'to.kehoach.yaml': big }, 'to.kehoach.yaml', /lớn|large/i);
  }, 60_000);

  it('NFD text is reported, not silently misread', async () => {
    const nfd = PLAN.replace('Phòng Nội vụ', 'Phòng Nội vụ'.normalize('NFD'));
    const root = workspace({ 'agencies.yaml': AGENCIES, 'x.kehoach.yaml': nfd });
    const r = await run(['validate', '-f', 'json', 'x.kehoach.yaml'], root);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
  });

  it('a parent path outside the workspace is a diagnostic, not a read', async () => {
    const text = PLAN.replace('year: 2024', 'year: 2024\nparent:\n  ref: 07/KH-UBND\n  path: ../../../etc/passwd');
    await expectLocated({ 'x.kehoach.yaml': text }, 'x.kehoach.yaml', /ngoài|outside/i);
  });
});

describe('explain and schema', () => {
  it('explain prints a rule in Vietnamese and English, and suggests on typos', async () => {
    const root = workspace({});
    const vi = await run(['explain', 'task-lead-required'], root);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('task-lead-required');
    expect(vi.stdout).toContain('Ví dụ sai');
    const en = await run(['explain', 'task-lead-required', '--locale', 'en'], root);
    expect(en.stdout).toContain('Incorrect');
    const typo = await run(['explain', 'task-lead-requird'], root);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('task-lead-required');
    const list = await run(['explain', '--list'], root);
    expect(list.stdout).toContain('task-report-path-required');
  });

  it('schema prints the JSON Schema core generates', async () => {
    const root = workspace({});
    const r = await run(['schema'], root);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { properties?: Record<string, { description?: string }> };
    expect(schema.properties?.tasks?.description).toMatch(/[ạ-ỹ]/u);
    expect(JSON.parse((await run(['schema', '--kind', 'registry'], root)).stdout)).toHaveProperty('properties.agencies');
  });
});

describe('render and calendar say why a plan they cannot read is not rendered (issue 18, item 10)', () => {
  const BOMB = readFileSync(new URL('./fixtures/alias-bomb.kehoach.yaml', import.meta.url), 'utf8');

  it.each([['render'], ['calendar']])('%s: an alias bomb gets its YAML error at its line, not "not a plan"', async (command) => {
    const root = workspace({ 'bom.kehoach.yaml': BOMB, 'bom.yaml': BOMB });
    for (const file of ['bom.kehoach.yaml', 'bom.yaml']) {
      const r = await run(command === 'render' ? [command, file, '-f', 'md', '-o', '-'] : [command, file, '-o', '-'], root);
      expect(r.stderr).not.toContain('không phải là tệp kế hoạch');
      expect(r.stderr).toContain(`${file}:3:10: lỗi: Các bí danh YAML (*alias) mở rộng quá 100000 nút; tệp bị từ chối để tránh treo máy. (yaml-syntax)`);
      expect(r.stderr).toContain(`Không kết xuất ${file}: hãy sửa lỗi cú pháp YAML trước.`);
      expect(r.code).toBe(1);
    }
  });
});
