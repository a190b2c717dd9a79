import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { AGENCIES, PLAN, run, workspace } from './helpers.js';
import { installTemplates } from './template-fixtures.js';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const STAMP = /^\[\d\d:\d\d:\d\d\] /m;

/** A `kehoach validate --watch` child, its output as it comes, and a way to wait for what it prints. */
class Watching {
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  private waiters: (() => void)[] = [];

  constructor(readonly child: ChildProcess) {
    child.stdout?.setEncoding('utf8').on('data', (t: string) => this.got(() => (this.stdout += t)));
    child.stderr?.setEncoding('utf8').on('data', (t: string) => this.got(() => (this.stderr += t)));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  private got(add: () => void): void {
    add();
    for (const w of this.waiters.splice(0)) w();
  }

  /** Reports printed so far, each from its timestamp line on. */
  reports(): string[] {
    return this.stdout.split(STAMP).slice(1);
  }

  /** Wait (no time limit here: the test's hang guard ends a hung run) until `seen` holds. */
  async until(seen: () => boolean): Promise<void> {
    while (!seen()) {
      if (this.child.exitCode !== null) throw new Error(`the watch ended (${this.child.exitCode}):\n${this.stdout}\n${this.stderr}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Wait for a report after the `after`-th one that says `what`. */
  async report(after: number, what: (report: string) => boolean): Promise<string> {
    let found: string | undefined;
    await this.until(() => {
      found = this.reports()
        .slice(after)
        .find((r) => what(r) && /\n[✓✖] /.test(r));
      return found !== undefined;
    });
    return found as string;
  }
}

let watching: Watching | undefined;
afterEach(() => {
  if (watching?.child.exitCode === null) watching.child.kill('SIGKILL');
  watching = undefined;
});

describe('kehoach validate --watch', () => {
  it('checks again what a change touches, survives a broken file, and ends with 0 on Ctrl+C', async () => {
    const root = workspace({ 'ke-hoach.kehoach.yaml': PLAN, 'agencies.yaml': AGENCIES });
    const plan = join(root, 'ke-hoach.kehoach.yaml');
    watching = new Watching(spawn(process.execPath, [BIN, 'validate', '--watch'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }));
    const w = watching;

    const first = await w.report(0, (r) => r.includes('✓ 2 tệp, không có vấn đề'));
    expect(first).toMatch(/^Kiểm tra 2 tệp\.\n/);
    await w.until(() => w.stderr.includes('Đang theo dõi .; Ctrl+C để dừng.'));

    // A plan edited: only it is checked again, and the new report says what changed.
    let n = w.reports().length;
    writeFileSync(plan, PLAN.replace('    lead: Phòng Nội vụ\n', ''));
    const noLead = await w.report(n, (r) => r.includes('task-lead-required'));
    expect(noLead).toMatch(/^Đã đổi: ke-hoach\.kehoach\.yaml\. Kiểm tra lại 1 tệp\.\n/);
    expect(noLead).toContain('1 vấn đề (1 lỗi, 0 cảnh báo)');

    // A broken file is one more problem; the watch goes on.
    n = w.reports().length;
    writeFileSync(plan, 'kind: plan\ntasks: [\n');
    const broken = await w.report(n, (r) => r.includes('yaml-syntax'));
    expect(broken).toContain('ke-hoach.kehoach.yaml');
    expect(w.child.exitCode).toBe(null);

    // The plan mended, then its registry changed: the plan, which reads it, is checked again too.
    n = w.reports().length;
    writeFileSync(plan, PLAN);
    await w.report(n, (r) => r.includes('✓ 2 tệp, không có vấn đề'));
    n = w.reports().length;
    writeFileSync(join(root, 'agencies.yaml'), AGENCIES.replace('name: Phòng Nội vụ', 'name: Phòng Nội vụ và Lao động'));
    const registry = await w.report(n, (r) => r.includes('agency-known'));
    expect(registry).toMatch(/^Đã đổi: agencies\.yaml\. Kiểm tra lại 2 tệp\.\n/);
    expect(registry).toContain('ke-hoach.kehoach.yaml');

    // A new plan joins the watch.
    n = w.reports().length;
    writeFileSync(join(root, 'ke-hoach-2.kehoach.yaml'), PLAN.replace('number: 84/KH-UBND\n', '').replace('lead: Phòng Nội vụ', 'lead: Phòng Văn hóa và Thông tin'));
    const added = await w.report(n, (r) => r.includes('Đã đổi: ke-hoach-2.kehoach.yaml'));
    expect(added).toContain('Kiểm tra lại 1 tệp.');
    expect(added).not.toContain('ke-hoach-2.kehoach.yaml\n  ');
    expect(added).toContain('1 vấn đề (1 lỗi, 0 cảnh báo)');

    // A plan removed leaves the report.
    n = w.reports().length;
    rmSync(join(root, 'ke-hoach-2.kehoach.yaml'));
    const gone = await w.report(n, (r) => r.includes('1 tệp không còn.'));
    expect(gone).toMatch(/^Đã đổi: ke-hoach-2\.kehoach\.yaml\. Kiểm tra lại 0 tệp\. 1 tệp không còn\.\n/);
    expect(gone).toContain('1 vấn đề (1 lỗi, 0 cảnh báo)');

    w.child.kill('SIGINT');
    expect(await w.exited).toBe(0);
    expect(w.stderr).toContain('Đã dừng theo dõi.');
    expect(w.stderr).not.toMatch(/\n\s+at /);
  });

  it('checks the plans again when their template (under node_modules) or the config changes', async () => {
    const root = workspace({});
    installTemplates(root, 'commune');
    expect((await run(['init', '--level', 'commune', '--name', 'Ủy ban nhân dân xã An Hòa', '--year', '2026'], root)).code).toBe(0);
    watching = new Watching(spawn(process.execPath, [BIN, 'validate', '--watch'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }));
    const w = watching;
    await w.report(0, (r) => r.includes('12 vấn đề (12 lỗi, 0 cảnh báo)'));

    // The template fills one of its own blanks (an upgrade of the package): one error fewer.
    let n = w.reports().length;
    const template = join(root, 'node_modules/@kehoach/template-commune/template.yaml');
    writeFileSync(template, readFileSync(template, 'utf8').replace('place: <Địa danh>', 'place: An Hòa'));
    const upgraded = await w.report(n, (r) => r.includes('11 vấn đề (11 lỗi, 0 cảnh báo)'));
    expect(upgraded).toMatch(/^Đã đổi: node_modules\/@kehoach\/template-commune\/template\.yaml\. Kiểm tra lại 1 tệp\.\n/);

    // The config turns the rule down: every file is checked again.
    n = w.reports().length;
    writeFileSync(join(root, 'kehoach.config.yaml'), 'root: true\nregistry: ./agencies.yaml\nrules:\n  template-placeholder: warn\n');
    const config = await w.report(n, (r) => r.includes('11 vấn đề (0 lỗi, 11 cảnh báo)'));
    expect(config).toMatch(/^Đã đổi: kehoach\.config\.yaml\. Kiểm tra lại 3 tệp\.\n/);

    w.child.kill('SIGINT');
    expect(await w.exited).toBe(0);
  });

  it('writes each report to -o and says so on stdout, and ends with 0 on SIGTERM', async () => {
    const root = workspace({ 'ke-hoach.kehoach.yaml': PLAN, 'agencies.yaml': AGENCIES });
    watching = new Watching(spawn(process.execPath, [BIN, 'validate', '.', '--watch', '--format', 'json', '-o', 'report.json', '--locale', 'en'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } }));
    const w = watching;
    await w.until(() => w.stdout.includes('No problems; wrote report.json.') && w.stderr.includes('Watching .; Ctrl+C to stop.'));
    expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8'))).toHaveLength(2);
    writeFileSync(join(root, 'ke-hoach.kehoach.yaml'), PLAN.replace('    timeframe: Trong năm 2024\n', ''));
    await w.until(() => w.stdout.includes('1 problem (1 error, 0 warnings); wrote report.json.'));
    const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as { messages: { ruleId: string }[] }[];
    expect(report.flatMap((f) => f.messages.map((m) => m.ruleId))).toEqual(['task-timeframe-required']);
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
  });

  it('refuses --fix with --watch, and ends at once when there is nothing to check', async () => {
    const root = workspace({ 'ke-hoach.kehoach.yaml': PLAN, 'agencies.yaml': AGENCIES });
    const r = await run(['validate', '--watch', '--fix'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kehoach: --fix không dùng cùng --watch: sửa một lần bằng kehoach validate --fix, rồi theo dõi.\n');
    const signals = process.listenerCount('SIGINT');
    const empty = await run(['validate', '--watch', 'trong'], workspace({ 'trong/ghi-chu.txt': 'không phải kế hoạch\n' }));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('kehoach: Không tìm thấy tệp kế hoạch, danh mục cơ quan hay cấu hình nào trong: trong\n');
    expect(process.listenerCount('SIGINT')).toBe(signals);
  });
});
