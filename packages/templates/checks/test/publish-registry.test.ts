import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGESET, KEHOACH, run, startRegistry, type Registry, type Run } from './support/registry.js';

/**
 * The whole life of a template against a real registry (verdaccio on 127.0.0.1, no
 * uplink): the maintainer publishes with changesets, a province forks and publishes,
 * a commune installs the fork and validates, upstream releases, the fork follows.
 */
const PROVINCE_SRC = fileURLToPath(new URL('../../province/', import.meta.url));
const UPSTREAM = '@kehoach/template-province';
const FORK = '@quang-ngai/template-province';

let tmp: string;
let registry: Registry;
const sh = (cmd: string, args: string[], cwd: string): Promise<Run> => run(cmd, args, cwd, registry.env);
const npm = (args: string[], cwd: string) => sh('npm', args, cwd);
const changeset = (args: string[], cwd: string) => sh(process.execPath, [CHANGESET(), ...args], cwd);
const kehoach = (args: string[], cwd: string) => sh(process.execPath, [KEHOACH(), ...args], cwd);

function ok(r: Run, what: string): Run {
  if (r.code !== 0) throw new Error(`${what} exited with ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
  return r;
}

async function edit(path: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit of ${path} changed nothing`);
  await writeFile(path, after);
}

async function monorepo(dir: string, name: string): Promise<void> {
  await mkdir(join(dir, '.changeset'), { recursive: true });
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name, private: true, workspaces: ['packages/*'] }, null, 2)}\n`);
  await writeFile(
    join(dir, '.changeset/config.json'),
    `${JSON.stringify({ changelog: '@changesets/cli/changelog', commit: false, fixed: [], linked: [], access: 'public', baseBranch: 'main', updateInternalDependencies: 'patch', ignore: [] }, null, 2)}\n`,
  );
}

async function changesetFile(dir: string, id: string, pkg: string, bump: 'major' | 'minor' | 'patch', summary: string): Promise<void> {
  await writeFile(join(dir, '.changeset', `${id}.md`), `---\n"${pkg}": ${bump}\n---\n\n${summary}\n`);
}

async function published(pkg: string): Promise<string[]> {
  const res = await fetch(`${registry.url}${pkg.replace('/', '%2f')}`);
  if (!res.ok) return [];
  return Object.keys(((await res.json()) as { versions: Record<string, unknown> }).versions).sort();
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'kehoach-registry-'));
  registry = await startRegistry(join(tmp, 'registry'));
});

afterAll(async () => {
  await registry?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('template packages through a real registry', () => {
  it('publish, fork, install, extend, upgrade, and fail loudly on a removed id', { timeout: 600_000 }, async () => {
    // 1. The maintainer publishes province 1.0.0 with changesets.
    const upstream = join(tmp, 'upstream');
    await monorepo(upstream, 'kehoach-templates');
    const pkgDir = join(upstream, 'packages/province');
    await cp(PROVINCE_SRC, pkgDir, { recursive: true, filter: (src) => !/node_modules|\.reports/.test(src) });
    ok(await changeset(['publish', '--no-git-tag'], upstream), 'changeset publish (1.0.0)');
    expect(await published(UPSTREAM)).toEqual(['1.0.0']);

    // 2. Quảng Ngãi forks it with `kehoach fork`, adds its own agencies and a task, publishes.
    const qn = join(tmp, 'quang-ngai');
    await monorepo(qn, 'quang-ngai-templates');
    ok(await npm(['install', '--save-dev', `${UPSTREAM}@^1.0.0`], qn), 'npm install upstream into the fork workspace');
    const forked = ok(await kehoach(['fork', UPSTREAM, '--name', FORK, '--dir', 'packages/template-province'], qn), 'kehoach fork');
    expect(forked.stdout).toContain(`${UPSTREAM}@^1.0.0`);
    const forkTemplate = join(qn, 'packages/template-province/template.yaml');
    await writeFile(
      forkTemplate,
      `${await readFile(forkTemplate, 'utf8')}
# Tên riêng của tỉnh Quảng Ngãi.
issuer:
  name: Ủy ban nhân dân tỉnh Quảng Ngãi
place: Quảng Ngãi
patch:
  agencies:
    bao-va-phat-thanh-truyen-hinh-tinh:
      name: Báo và Phát thanh, Truyền hình Quảng Ngãi
  tasks:
    theo-doi-tong-hop:
      lead: Sở Nội vụ
    thong-tin-tuyen-truyen:
      coordinators: [Sở Khoa học và Công nghệ]
agencies:
  - id: bql-kkt-dung-quat
    name: Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi
    short: BQL KKT Dung Quất và các KCN
    kind: department
    level: province
tasks:
  - id: thu-hut-dau-tu-dung-quat
    after: theo-doi-tong-hop
    title: Thông tin về môi trường đầu tư và thủ tục hành chính tại Khu kinh tế Dung Quất
    lead: Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi
    timeframe: Hàng quý
`,
    );
    await edit(forkTemplate, (t) => t.replace('# Bản kế thừa', '# Bản kế thừa (Quảng Ngãi)'));
    ok(await npm(['install'], qn), 'npm install (link the fork)');
    ok(await kehoach(['validate', 'packages/template-province/template.yaml'], qn), 'kehoach validate the fork');
    ok(await changeset(['publish', '--no-git-tag'], qn), 'changeset publish the fork');
    expect(await published(FORK)).toEqual(['1.0.0']);

    // 3. A commune, in a fresh folder, installs the fork from the registry, extends it, validates.
    const xa = join(tmp, 'xa-binh-son');
    await mkdir(xa);
    await writeFile(join(xa, 'package.json'), `${JSON.stringify({ name: 'xa-binh-son', private: true }, null, 2)}\n`);
    ok(await npm(['install', `${FORK}@^1.0.0`], xa), 'npm install the fork into the commune folder');
    const plan = join(xa, 'ke-hoach-2026.kehoach.yaml');
    await writeFile(plan, COMMUNE_PLAN);
    const valid = await kehoach(['validate', 'ke-hoach-2026.kehoach.yaml'], xa);
    expect(valid.code, valid.stdout + valid.stderr).toBe(0);
    const resolved1 = JSON.parse(ok(await kehoach(['resolve', 'ke-hoach-2026.kehoach.yaml', '--format', 'json'], xa), 'kehoach resolve').stdout);
    expect(resolved1.layers.map((l: { role: string }) => l.role)).toEqual(['base', 'fork', 'plan']);
    expect(taskIds(resolved1)).toEqual(['xay-dung-ke-hoach-trien-khai', 'theo-doi-tong-hop', 'thu-hut-dau-tu-dung-quat', 'thong-tin-tuyen-truyen', 'tuyen-truyen-tai-xa']);

    // 4. Upstream 1.1.0 renames an agency (keeping the old name as an alias) and adds a task.
    await edit(join(pkgDir, 'template.yaml'), (t) =>
      t
        .replace('    name: Trung tâm Phục vụ hành chính công tỉnh\n', '    name: Trung tâm Phục vụ hành chính công và Chuyển đổi số tỉnh\n    aliases: [Trung tâm Phục vụ hành chính công tỉnh]\n')
        .replace('\nbudget:', `  - id: danh-gia-ket-qua
    title: Đánh giá kết quả thực hiện Kế hoạch, đề xuất khen thưởng tập thể, cá nhân thực hiện tốt
    lead: Sở Nội vụ
    timeframe: Quý IV
\nbudget:`),
    );
    await changesetFile(upstream, 'rename-and-task', UPSTREAM, 'minor', 'Đổi tên Trung tâm Phục vụ hành chính công tỉnh; thêm nhiệm vụ đánh giá kết quả.');
    ok(await changeset(['version'], upstream), 'changeset version (1.1.0)');
    expect(JSON.parse(await readFile(join(pkgDir, 'package.json'), 'utf8')).version).toBe('1.1.0');
    expect(await readFile(join(pkgDir, 'CHANGELOG.md'), 'utf8')).toContain('thêm nhiệm vụ đánh giá kết quả');
    ok(await changeset(['publish', '--no-git-tag'], upstream), 'changeset publish (1.1.0)');
    expect(await published(UPSTREAM)).toEqual(['1.0.0', '1.1.0']);

    // 5. The fork bumps its range and receives both; its local edits survive.
    await bumpFork(qn, forkTemplate, '^1.1.0');
    ok(await kehoach(['validate', 'packages/template-province/template.yaml'], qn), 'kehoach validate the fork on 1.1.0');
    const resolved2 = JSON.parse(ok(await kehoach(['resolve', 'packages/template-province/template.yaml', '--format', 'json'], qn), 'resolve fork').stdout);
    const agencies = new Map<string, string>(resolved2.plan.agencies.map((a: { id: string; name: string }) => [a.id, a.name]));
    expect(agencies.get('trung-tam-phuc-vu-hanh-chinh-cong-tinh')).toBe('Trung tâm Phục vụ hành chính công và Chuyển đổi số tỉnh');
    expect(agencies.get('bao-va-phat-thanh-truyen-hinh-tinh')).toBe('Báo và Phát thanh, Truyền hình Quảng Ngãi');
    expect(agencies.get('bql-kkt-dung-quat')).toBe('Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi');
    expect(taskIds(resolved2)).toEqual(['xay-dung-ke-hoach-trien-khai', 'theo-doi-tong-hop', 'thu-hut-dau-tu-dung-quat', 'thong-tin-tuyen-truyen', 'danh-gia-ket-qua']);
    const tasks2 = new Map<string, Record<string, unknown>>(resolved2.plan.tasks.map((t: { id: string }) => [t.id, t]));
    expect(tasks2.get('theo-doi-tong-hop')?.lead).toBe('Sở Nội vụ');
    expect(resolved2.plan.issuer.name).toBe('Ủy ban nhân dân tỉnh Quảng Ngãi');
    expect(resolved2.sources['tasks[danh-gia-ket-qua].title']).toMatch(/^base @kehoach\/template-province@1\.1\.0:\d+$/);
    expect(resolved2.sources['tasks[theo-doi-tong-hop].lead']).toMatch(/^fork packages\/template-province\/template\.yaml:\d+$/);

    // The fork republishes; the commune takes the new version and still validates.
    await changesetFile(qn, 'follow-upstream', FORK, 'minor', 'Theo @kehoach/template-province 1.1.0.');
    ok(await changeset(['version'], qn), 'changeset version the fork');
    ok(await changeset(['publish', '--no-git-tag'], qn), 'changeset publish the fork 1.1.0');
    ok(await npm(['install', `${FORK}@^1.1.0`], xa), 'npm install the fork 1.1.0');
    const valid2 = await kehoach(['validate', 'ke-hoach-2026.kehoach.yaml'], xa);
    expect(valid2.code, valid2.stdout + valid2.stderr).toBe(0);

    // 6. Upstream 2.0.0 drops a task the fork patches: a clear error naming both, not a silent drop.
    await edit(join(pkgDir, 'template.yaml'), (t) => t.replace(/ {2}- id: thong-tin-tuyen-truyen\n(?: {4}.*\n| {6}.*\n)+/, ''));
    await changesetFile(upstream, 'drop-task', UPSTREAM, 'major', 'Bỏ nhiệm vụ thông tin, tuyên truyền (chuyển sang kế hoạch riêng).');
    ok(await changeset(['version'], upstream), 'changeset version (2.0.0)');
    ok(await changeset(['publish', '--no-git-tag'], upstream), 'changeset publish (2.0.0)');
    await bumpFork(qn, forkTemplate, '^2.0.0');
    const broken = await kehoach(['validate', 'packages/template-province/template.yaml', '--locale', 'en'], qn);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/template-resolvable/);
    expect(broken.stdout).toContain('"thong-tin-tuyen-truyen" (tasks)');
    expect(broken.stdout).toContain('@kehoach/template-province@2.0.0');
    expect(broken.stdout).toMatch(/template\.yaml:\d+:\d+/);
  });
});

async function bumpFork(qn: string, forkTemplate: string, range: string): Promise<void> {
  await edit(forkTemplate, (t) => t.replace(/extends: "@kehoach\/template-province@[^"]+"/, `extends: "${UPSTREAM}@${range}"`));
  const pkgJson = join(qn, 'packages/template-province/package.json');
  await edit(pkgJson, (t) => t.replace(/"@kehoach\/template-province": "[^"]+"/, `"${UPSTREAM}": "${range}"`));
  ok(await npm(['install', '--save-dev', `${UPSTREAM}@${range}`], qn), `npm install upstream ${range}`);
}

function taskIds(resolved: { plan: { tasks: { id: string }[] } }): string[] {
  return resolved.plan.tasks.map((t) => t.id);
}

const COMMUNE_PLAN = `kind: plan
extends: "${FORK}@^1.0.0"
issuer:
  name: Ủy ban nhân dân xã Bình Sơn
  agency: ubnd-xa-binh-son
  level: commune
  parent: UBND tỉnh Quảng Ngãi
place: Bình Sơn
year: 2026
title: Tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Bình Sơn
legalBases:
  - verb: thuc-hien
    type: Kế hoạch
    ref: 07/KH-UBND
    date: 17/01/2026
    issuer: UBND tỉnh Quảng Ngãi
preamble: "Ủy ban nhân dân xã Bình Sơn ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2026 như sau:"
objectives:
  - Nâng cao nhận thức của cán bộ, công chức và Nhân dân về cải cách hành chính.
requirements:
  - Công tác tuyên truyền phải kịp thời, đầy đủ, thường xuyên, hiệu quả.
agencies:
  - id: ubnd-xa-binh-son
    name: Ủy ban nhân dân xã Bình Sơn
    short: UBND xã Bình Sơn
    kind: people-committee
    level: commune
patch:
  tasks:
    xay-dung-ke-hoach-trien-khai:
      timeframe: Chậm nhất ngày 30/04/2026
tasks:
  - id: tuyen-truyen-tai-xa
    title: Tuyên truyền cải cách hành chính trên hệ thống truyền thanh của xã
    lead: UBND xã Bình Sơn
    timeframe: Thường xuyên trong năm
reporting:
  - to: UBND tỉnh
    via: Sở Nội vụ
    due: trước ngày 15/11/2026
closing: Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2026 trên địa bàn xã Bình Sơn./.
signature:
  name: Nguyễn Văn An
`;
