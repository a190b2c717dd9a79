import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, workspace } from './helpers.js';
import { installTemplates } from './template-fixtures.js';

describe('kehoach fork', () => {
  it('creates a package whose template extends the installed upstream by a caret range', async () => {
    const root = workspace({});
    installTemplates(root, 'commune');
    const r = await run(['fork', '@kehoach/template-commune', '--name', '@quang-ngai/template-commune'], root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('@quang-ngai/template-commune');
    const pkg = JSON.parse(readFileSync(join(root, 'template-commune/package.json'), 'utf8'));
    expect(pkg).toMatchObject({
      name: '@quang-ngai/template-commune',
      version: '1.0.0',
      dependencies: { '@kehoach/template-commune': '^1.0.0' },
      kehoach: { template: 'template.yaml', level: 'commune' },
    });
    const template = readFileSync(join(root, 'template-commune/template.yaml'), 'utf8');
    expect(template).toContain('extends: "@kehoach/template-commune@^1.0.0"');
    expect(template).not.toContain('Văn phòng HĐND và UBND'); // a fork never copies its parent

    // The fork is a valid template and resolves through the upstream package.
    const valid = await run(['validate', 'template-commune/template.yaml'], root);
    expect(valid.code, valid.stdout).toBe(0);
    const resolved = await run(['resolve', 'template-commune/template.yaml', '--format', 'json'], root);
    expect(resolved.code, resolved.stderr).toBe(0);
    const json = JSON.parse(resolved.stdout);
    expect(json.layers.map((l: { role: string; label: string }) => `${l.role} ${l.label}`)).toEqual([
      'base @kehoach/template-commune@1.0.0',
      'fork template-commune/template.yaml',
    ]);
    expect(json.plan.agencies.map((a: { id: string }) => a.id)).toContain('phong-van-hoa-xa-hoi');
  });

  it('takes --dir and --range', async () => {
    const root = workspace({});
    installTemplates(root, 'province');
    const r = await run(['fork', '@kehoach/template-province', '--name', '@tay-ninh/template-province', '--dir', 'mau/tinh', '--range', '~1.0.0'], root);
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, 'mau/tinh/template.yaml'), 'utf8')).toContain('extends: "@kehoach/template-province@~1.0.0"');
  });

  it('refuses to write over an existing folder, and leaves it as it was', async () => {
    const root = workspace({ 'template-commune/template.yaml': 'kind: template\n# của tỉnh\n' });
    installTemplates(root, 'commune');
    const r = await run(['fork', '@kehoach/template-commune', '--name', '@quang-ngai/template-commune', '--locale', 'en'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('kehoach: template-commune already exists; not overwriting it. Choose another name or folder (--dir, -o).\n');
    expect(readFileSync(join(root, 'template-commune/template.yaml'), 'utf8')).toBe('kind: template\n# của tỉnh\n');
    expect(existsSync(join(root, 'template-commune/package.json'))).toBe(false);
  });

  it('says how to install an upstream that is not installed, in Vietnamese by default', async () => {
    const root = workspace({});
    const r = await run(['fork', '@kehoach/template-commune', '--name', '@quang-ngai/template-commune'], root);
    expect(r.code).toBe(2);
    // @kehoach packages are not on the public registry: the command names one that has them.
    expect(r.stderr).toMatch(/^kehoach: Chưa cài gói mẫu "@kehoach\/template-commune" trong .*: npm install @kehoach\/template-commune --registry http:\/\/127\.0\.0\.1:4873\/\n$/);
    expect(r.stderr).toContain('pnpm release:local');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // The registry npm is told to use, when it is not the public one.
    const told = await run(['fork', '@kehoach/template-commune', '--name', '@quang-ngai/template-commune'], root, { env: { npm_config_registry: 'http://npm.quang-ngai.example:4873/' } });
    expect(told.stderr).toContain(': npm install @kehoach/template-commune --registry http://npm.quang-ngai.example:4873/\n');
  });

  it('advises changesets as a command that runs it (npx @changesets/cli), with init the first time', async () => {
    const root = workspace({});
    installTemplates(root, 'commune');
    const r = await run(['fork', '@kehoach/template-commune', '--name', '@quang-ngai/template-commune', '--dir', 'packages/template-commune'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('npx @changesets/cli init, npx @changesets/cli publish.');
    expect(r.stdout).toContain('npx @changesets/cli version');
    // Plain `npx changeset` fetches an unrelated package.
    expect(r.stdout).not.toMatch(/npx changeset\b/);
    expect(readFileSync(join(root, 'packages/template-commune/README.md'), 'utf8')).toContain('`npx @changesets/cli publish`');

    // Once changesets is set up, no init.
    mkdirSync(join(root, '.changeset'));
    writeFileSync(join(root, '.changeset/config.json'), '{}\n');
    const again = await run(['fork', '@kehoach/template-commune', '--name', '@quang-ngai/template-commune-2', '--dir', 'packages/b'], root);
    expect(again.stdout).not.toContain(' init');
    expect(again.stdout).toContain('npx @changesets/cli publish.');
  });

  it('in a pnpm workspace with changesets installed, advises pnpm changeset', async () => {
    const root = workspace({ 'pnpm-workspace.yaml': 'packages: [packages/*]\n', 'node_modules/@changesets/cli/package.json': '{"name":"@changesets/cli","version":"2.31.0"}\n' });
    installTemplates(root, 'commune');
    const r = await run(['fork', '@kehoach/template-commune', '--name', '@quang-ngai/template-commune', '--dir', 'packages/template-commune', '--locale', 'en'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('pnpm changeset init, pnpm changeset publish.');
  });

  it('needs --name and a valid package name', async () => {
    const root = workspace({});
    installTemplates(root, 'commune');
    const noName = await run(['fork', '@kehoach/template-commune', '--locale', 'en'], root);
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain('Name the new package');
    const bad = await run(['fork', '@kehoach/template-commune', '--name', 'Tên Gói', '--locale', 'en'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"Tên Gói" is not an npm package name');
  });

  it('a fork edit that targets an id upstream does not have is an error naming both', async () => {
    const root = workspace({});
    installTemplates(root, 'commune');
    await run(['fork', '@kehoach/template-commune', '--name', '@quang-ngai/template-commune'], root);
    const file = join(root, 'template-commune/template.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}patch:\n  agencies:\n    phong-kinh-te-ha-tang:\n      name: Phòng Kinh tế, Hạ tầng và Đô thị phường Cẩm Thành\n`);
    const r = await run(['validate', 'template-commune/template.yaml', '--locale', 'en'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/17:5 +error +Patch of "phong-kinh-te-ha-tang" \(agencies\) in \S*template-commune\/template\.yaml: template @kehoach\/template-commune@1\.0\.0 has no such item/);
  });
});
