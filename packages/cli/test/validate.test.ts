import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { LineIndex, type Diagnostic } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../src/format/stylish.js';
import { AGENCIES, PLAN, run, workspace } from './helpers.js';

const NO_LEAD = PLAN.replace('    lead: Phòng Nội vụ\n', '');

describe('kehoach validate', () => {
  it('exits 0 on a clean plan and says so in Vietnamese', async () => {
    const root = workspace({ 'ke-hoach.kehoach.yaml': PLAN, 'agencies.yaml': AGENCIES });
    const r = await run(['validate'], root);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('không có vấn đề');
    expect(r.code).toBe(0);
  });

  it('reports a missing lead at file:line:col with a snippet, exit 1', async () => {
    const root = workspace({ 'ke-hoach.kehoach.yaml': NO_LEAD, 'agencies.yaml': AGENCIES });
    const r = await run(['validate', '.'], root);
    expect(r.code).toBe(1);
    // "- id: tap-huan-cchc" is line 15; the id value starts at column 9.
    expect(r.stdout).toContain('15:9  lỗi  Nhiệm vụ "tap-huan-cchc" chưa có cơ quan chủ trì (lead).  task-lead-required');
    expect(r.stdout).toContain('--> ke-hoach.kehoach.yaml:15:9');
    expect(r.stdout).toMatch(/15 \|   - id: tap-huan-cchc\n\s+\|\s+\^{13}/);
    expect(r.stdout).toContain('1 vấn đề (1 lỗi, 0 cảnh báo)');
  });

  it('speaks English with --locale en, and with the config’s locale', async () => {
    const root = workspace({ 'ke-hoach.kehoach.yaml': NO_LEAD, 'agencies.yaml': AGENCIES });
    const en = await run(['validate', '--locale', 'en'], root);
    expect(en.stdout).toContain('1 problem (1 error, 0 warnings)');
    expect(en.stdout).toMatch(/15:9 {2}error {2}.*task-lead-required/);
    const configured = workspace({ 'ke-hoach.kehoach.yaml': NO_LEAD, 'agencies.yaml': AGENCIES, 'kehoach.config.yaml': 'locale: en\n' });
    expect((await run(['validate'], configured)).stdout).toContain('1 problem (1 error, 0 warnings)');
  });

  it('applies rule severities from kehoach.config.yaml', async () => {
    const root = workspace({
      'ke-hoach.kehoach.yaml': NO_LEAD,
      'agencies.yaml': AGENCIES,
      'kehoach.config.yaml': 'rules:\n  task-lead-required: warn\n',
    });
    const r = await run(['validate'], root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 vấn đề (0 lỗi, 1 cảnh báo)');
    const strict = await run(['validate', '--max-warnings', '0'], root);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('vượt quá --max-warnings 0');
    const quiet = await run(['validate', '--quiet'], root);
    expect(quiet.stdout).not.toContain('task-lead-required');
  });

  it('json: ESLint-like entries with 1-based positions', async () => {
    const root = workspace({ 'ke-hoach.kehoach.yaml': NO_LEAD, 'agencies.yaml': AGENCIES });
    const r = await run(['validate', '-f', 'json'], root);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { filePath: string; errorCount: number; messages: { ruleId: string; line: number; column: number }[] }[];
    const plan = out.find((f) => f.filePath.endsWith('ke-hoach.kehoach.yaml'));
    expect(plan?.errorCount).toBe(1);
    expect(plan?.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['task-lead-required', 15, 9]]);
  });

  it('sarif: valid against the SARIF 2.1.0 JSON Schema, with rule metadata and regions', async () => {
    const root = workspace({ 'ke-hoach.kehoach.yaml': NO_LEAD, 'agencies.yaml': AGENCIES });
    const out = join(root, 'report.sarif');
    const r = await run(['validate', '--format', 'sarif', '-o', out], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    const schema = JSON.parse(
      readFileSync(new URL('../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const runs = sarif.runs as { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[] }[];
    const result = runs[0]?.results.find((x) => x.ruleId === 'task-lead-required');
    expect(result?.locations[0]?.physicalLocation.region).toMatchObject({ startLine: 15, startColumn: 9 });
  });

  it('a broken SARIF is caught by the schema check (the check can fail)', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    expect(ajv.validate(schema, { version: '2.1.0', runs: [{ tool: {} }] })).toBe(false);
  });

  it('--fix rewrites safe fixes atomically, keeping comments, BOM and CRLF', async () => {
    const crlf = `\uFEFF${PLAN.replace('number: 84/KH-UBND', 'number: 84 / kh-ubnd')}`.replace(/\n/g, '\r\n');
    const root = workspace({ 'ke-hoach.kehoach.yaml': Buffer.from(crlf, 'utf8'), 'agencies.yaml': AGENCIES });
    const before = await run(['validate'], root);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('legal-ref-format');
    expect(before.stdout).toContain('--fix');
    const fixed = await run(['validate', '--fix'], root);
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toContain('Đã áp dụng 1 bản sửa trong 1 tệp.');
    const bytes = readFileSync(join(root, 'ke-hoach.kehoach.yaml'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toBe(PLAN.replace(/\n/g, '\r\n'));
    expect(text).toContain('# Tập huấn là việc đầu tiên.');
  });

  it('usage errors are one localised line and exit 2', async () => {
    const root = workspace({ 'ke-hoach.kehoach.yaml': PLAN, 'agencies.yaml': AGENCIES });
    const cases: [string[], string][] = [
      [['validate', '--bogus'], 'Tùy chọn không hợp lệ: --bogus'],
      [['validate', '--format', 'xml'], '--format phải là một trong: stylish, json, sarif'],
      [['validate', '--max-warnings', 'nhiều'], '--max-warnings phải là một số nguyên không âm'],
      [['validate', 'khong-co.yaml'], 'Không tìm thấy đường dẫn: khong-co.yaml'],
      [['kiem-tra'], 'Lệnh không hợp lệ: "kiem-tra"'],
    ];
    for (const [argv, text] of cases) {
      const r = await run(argv, root);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain(text);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const en = await run(['validate', '--bogus', '--locale', 'en'], root);
    expect(en.stderr).toContain('Unknown option: --bogus');
  });

  it('a folder without plans is a usage error', async () => {
    const root = workspace({ 'README.md': '# nothing here\n' });
    const r = await run(['validate'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không tìm thấy tệp kế hoạch');
  });

  it('shows a progress line on a terminal for long runs only', async () => {
    const files: Record<string, string> = { 'agencies.yaml': AGENCIES };
    for (let i = 0; i < 25; i++) files[`p${i}.kehoach.yaml`] = PLAN;
    const root = workspace(files);
    expect((await run(['validate'], root, { tty: true })).stderr).toContain('Đang kiểm tra 0/26 tệp…');
    expect((await run(['validate'], root, { tty: false })).stderr).toBe('');
  });

  it('help and version', async () => {
    const root = workspace({});
    const help = await run(['--help'], root);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate');
    expect(help.stdout).toContain('explain');
    expect((await run(['validate', '--help', '--locale', 'en'], root)).stdout).toContain('Usage: kehoach validate');
    expect((await run(['--version'], root)).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await run([], root)).code).toBe(2);
  });
});

describe('kehoach validate: a plan with a great many problems', () => {
  it('lists them all (the report is built a line at a time, not spread into one call)', () => {
    const text = 'tasks:\n  - x\n';
    const diagnostics: Diagnostic[] = Array.from({ length: 40_000 }, (_, i) => ({
      ruleId: 'schema',
      severity: 'error',
      message: { vi: `lỗi ${i}`, en: `error ${i}` },
      range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } },
    })) as Diagnostic[];
    const out = formatStylish({
      files: [{ path: '/w/x.kehoach.yaml', kind: 'plan', lines: new LineIndex(text), diagnostics, suppressed: [] }],
      cwd: '/w',
      root: '/w',
      locale: 'vi',
      rules: new Map(),
      version: '0',
      failures: [],
      color: false,
      fixing: false,
    });
    expect(out).toContain('lỗi 39999');
    expect(out).toContain('40000 vấn đề');
  });
});
