import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/2026/tinh-binh-minh', import.meta.url));

/** A workspace (its own .git root) holding a copy of the example province and its communes. */
function province(): string {
  const root = mkdtempSync(join(tmpdir(), 'kehoach-rollup-'));
  mkdirSync(join(root, '.git'));
  cpSync(EXAMPLE, join(root, 'tinh'), { recursive: true, filter: (p) => !p.includes('.tong-hop') });
  return root;
}

describe('kehoach rollup', () => {
  it('writes the dashboard, CSV, XLSX, JSON and the synthesised report next to the plan, and says what it found', async () => {
    const root = province();
    const r = await run(['rollup', 'tinh/ke-hoach-mot-cua-so-2026.kehoach.yaml'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const dir = join(root, 'tinh', 'ke-hoach-mot-cua-so-2026.tong-hop');
    for (const f of ['index.html', 'nhiem-vu.csv', 'chi-tiet.csv', 'bao-cao.csv', 'so-lieu.csv', 'kho-khan-de-xuat.csv', 'tong-hop.xlsx', 'tong-hop.json', 'bao-cao-tong-hop-2026-Q1.docx']) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    expect(r.stdout).toContain('45/KH-UBND: 4 nơi thực hiện (3/4 UBND có kế hoạch), Quý I năm 2026; báo cáo: 2 đúng hạn, 1 muộn, 1 chưa gửi.');
    const csv = readFileSync(join(dir, 'bao-cao.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFNơi báo cáo,')).toBe(true);
    expect(csv).toContain('Ủy ban nhân dân xã Tân Thành,Quý I năm 2026,Muộn,21/BC-UBND,20/03/2026,23/03/2026,17/03/2026,6,,xa-tan-thanh/bao-cao-quy-1.baocao.yaml');
    const json = JSON.parse(readFileSync(join(dir, 'tong-hop.json'), 'utf8')) as { version: number; plan: { path: string } };
    expect(json).toMatchObject({ version: 1, plan: { path: 'ke-hoach-mot-cua-so-2026.kehoach.yaml' } });
  });

  it('rolls up every plan without a parent in a folder, one period, into --out-dir', async () => {
    const root = province();
    const r = await run(['rollup', 'tinh', '--period', 'Quý II/2026', '--format', 'json,csv', '--out-dir', 'out', '--locale', 'en'], root);
    expect(r.code).toBe(0);
    const dir = join(root, 'out', 'ke-hoach-mot-cua-so-2026.tong-hop-2026-Q2');
    expect(existsSync(join(dir, 'tong-hop.json'))).toBe(true);
    expect(existsSync(join(dir, 'index.html'))).toBe(false);
    expect(r.stdout).toContain('reports: 0 on time, 0 late, 4 missing.');
  });

  it('says in one Vietnamese line what is wrong with the command, and exits 2', async () => {
    const root = province();
    const period = await run(['rollup', 'tinh', '--period', 'Quý năm'], root);
    expect(period.code).toBe(2);
    expect(period.stderr).toBe('kehoach: --period: không đọc được kỳ "Quý năm"; ghi như "Quý I/2026", "Tháng 3/2026", "6 tháng đầu năm 2026", "Năm 2026".\n');
    const notPlan = await run(['rollup', 'tinh/xa-an-hoa/bao-cao-quy-1.baocao.yaml'], root);
    expect(notPlan.code).toBe(2);
    expect(notPlan.stderr).toContain('không phải là tệp kế hoạch');
    const missing = await run(['rollup'], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Hãy nêu kế hoạch cần tổng hợp');
    const format = await run(['rollup', 'tinh', '-f', 'pdf'], root);
    expect(format.stderr).toContain('"pdf" không phải định dạng');
    for (const x of [period, notPlan, missing, format]) expect(x.stderr).not.toMatch(/\n\s+at /);
  });
});
