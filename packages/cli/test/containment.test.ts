import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AGENCIES, PLAN, run } from './helpers.js';

/**
 * Every path a plan, config, template or package field names is read only when it
 * leads (every symbolic link followed) inside the project or into an npm package under
 * node_modules. Each field is tried with an absolute path, a `..` path, a link to a
 * file and a link to a folder outside; the package field with a `..` escape, a linked
 * template file and a package folder linked outside. The outside files hold a secret
 * that must never appear, and the report must read the same whether they exist or not.
 */

const SECRET = 'BÍ MẬT NGOÀI DỰ ÁN';
const OUTSIDE_REGISTRY = `kind: registry
agencies:
  - { id: bi-mat, name: Phòng Nội vụ ${SECRET}, kind: department, level: district }
`;
const OUTSIDE_TEMPLATE = `kind: template
id: bi-mat
title: Tiêu đề ${SECRET}
tasks:
  - id: bi-mat
    title: Nhiệm vụ ${SECRET}
`;
const OUTSIDE_PLAN = PLAN.replace('title: Tuyên truyền', `title: ${SECRET} Tuyên truyền`).replace('number: 84/KH-UBND', 'number: 99/KH-UBND');
const OUTSIDE_CONFIG = `rules:\n  task-lead-required: off\n# ${SECRET}\n`;

/** The plan of every case: a lead close to the secret agency, so a "did you mean" would echo it. */
const plan = (head: string) => PLAN.replace('registry: ./agencies.yaml\n', head).replace('lead: Phòng Nội vụ', 'lead: Phòng Nội vụ BÍ MẬT NGOÀI');

interface Case {
  name: string;
  /** Files of the case folder (relative to it). */
  files: Record<string, string>;
  /** Symbolic links of the case folder: link -> target ('@' stands for the outside folder). */
  links?: Record<string, string>;
  /** The file that gets the diagnostic, its rule, and the text whose line and column it points at. */
  file: string;
  rule: string;
  at: string;
}

/** Four ways out for a field: absolute, `..`, a link to a file, a link to a folder. */
function fourWays(name: string, outsideFile: string, make: (target: string) => Pick<Case, 'files' | 'file' | 'rule' | 'at'>): Case[] {
  return [
    { name: `${name}: absolute path`, ...make(`@/${outsideFile}`) },
    { name: `${name}: .. path`, ...make(`../../../outside/${outsideFile}`) },
    { name: `${name}: link to a file`, links: { [`linked-${outsideFile}`]: `@/${outsideFile}` }, ...make(`./linked-${outsideFile}`) },
    { name: `${name}: link to a folder`, links: { ngoai: '@' }, ...make(`./ngoai/${outsideFile}`) },
  ];
}

const CASES: Case[] = [
  ...fourWays('plan registry', 'agencies.yaml', (t) => ({
    files: { 'ke-hoach.kehoach.yaml': plan(`registry: ${t}\n`) },
    file: 'ke-hoach.kehoach.yaml', rule: 'reference-resolvable', at: t,
  })),
  ...fourWays('plan extends', 'mau.template.yaml', (t) => ({
    files: { 'ke-hoach.kehoach.yaml': plan(`extends: ${t}\nregistry: ../../agencies.yaml\n`) },
    file: 'ke-hoach.kehoach.yaml', rule: 'template-resolvable', at: t,
  })),
  ...fourWays('parent path', 'tinh.kehoach.yaml', (t) => ({
    files: { 'ke-hoach.kehoach.yaml': plan(`registry: ../../agencies.yaml\nparent:\n  ref: 99/KH-UBND\n  path: ${t}\n`) },
    file: 'ke-hoach.kehoach.yaml', rule: 'reference-resolvable', at: t,
  })),
  ...fourWays('config registry', 'agencies.yaml', (t) => ({
    files: { 'kehoach.config.yaml': `registry: ${t}\n`, 'ke-hoach.kehoach.yaml': plan('') },
    file: 'kehoach.config.yaml', rule: 'reference-resolvable', at: t,
  })),
  ...fourWays('config extends', 'kehoach.config.yaml', (t) => ({
    files: { 'kehoach.config.yaml': `extends: ${t}\nregistry: ../../agencies.yaml\n`, 'ke-hoach.kehoach.yaml': plan('') },
    file: 'kehoach.config.yaml', rule: 'reference-resolvable', at: t,
  })),
  ...fourWays('template registry', 'agencies.yaml', (t) => ({
    files: { 'mau.template.yaml': `kind: template\nid: mau\nregistry: ${t}\n`, 'ke-hoach.kehoach.yaml': plan('extends: ./mau.template.yaml\n') },
    file: 'ke-hoach.kehoach.yaml', rule: 'reference-resolvable', at: './mau.template.yaml',
  })),
  ...[
    { name: 'package field: .. escape', template: '../../../../../../outside/mau.template.yaml', links: {} as Record<string, string> },
    { name: 'package field: template file linked outside', template: 'template.yaml', links: { 'node_modules/@tinh/mau/template.yaml': '@/mau.template.yaml' } },
  ].map((c): Case => ({
    name: c.name,
    links: c.links,
    files: {
      'node_modules/@tinh/mau/package.json': JSON.stringify({ name: '@tinh/mau', version: '1.0.0', kehoach: { template: c.template } }),
      'ke-hoach.kehoach.yaml': plan('extends: "@tinh/mau@^1.0.0"\nregistry: ../../agencies.yaml\n'),
    },
    file: 'ke-hoach.kehoach.yaml', rule: 'template-resolvable', at: '"@tinh/mau@^1.0.0"',
  })),
  {
    name: 'package field: package folder linked outside',
    links: { 'node_modules/@tinh/mau': '@/goi' },
    files: { 'ke-hoach.kehoach.yaml': plan('extends: "@tinh/mau@^1.0.0"\nregistry: ../../agencies.yaml\n') },
    file: 'ke-hoach.kehoach.yaml', rule: 'template-resolvable', at: '"@tinh/mau@^1.0.0"',
  },
];

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** base/ws (the project, with .git) holding cases/<n>/, and base/outside beside it. */
function build(withOutsideFiles: boolean): { root: string; outside: string } {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'kehoach-contain-')));
  made.push(base);
  const root = join(base, 'ws');
  const outside = join(base, 'outside');
  mkdirSync(join(root, '.git'), { recursive: true });
  mkdirSync(join(outside, 'goi'), { recursive: true });
  writeFileSync(join(root, 'agencies.yaml'), AGENCIES);
  if (withOutsideFiles) {
    writeFileSync(join(outside, 'agencies.yaml'), OUTSIDE_REGISTRY);
    writeFileSync(join(outside, 'mau.template.yaml'), OUTSIDE_TEMPLATE);
    writeFileSync(join(outside, 'tinh.kehoach.yaml'), OUTSIDE_PLAN);
    writeFileSync(join(outside, 'kehoach.config.yaml'), OUTSIDE_CONFIG);
    writeFileSync(join(outside, 'goi/package.json'), JSON.stringify({ name: '@tinh/mau', version: '1.0.0' }));
    writeFileSync(join(outside, 'goi/template.yaml'), OUTSIDE_TEMPLATE);
  }
  CASES.forEach((c, n) => {
    const dir = join(root, 'cases', String(n));
    for (const [name, text] of Object.entries(c.files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text.replaceAll('@/', `${outside}/`));
    }
    for (const [link, target] of Object.entries(c.links ?? {})) {
      mkdirSync(dirname(join(dir, link)), { recursive: true });
      symlinkSync(target === '@' ? outside : target.replace('@/', `${outside}/`), join(dir, link));
    }
  });
  return { root, outside };
}

interface JsonFile {
  filePath: string;
  messages: { ruleId: string; severity: string; message: string; line: number; column: number }[];
}

async function validate(root: string): Promise<{ out: JsonFile[]; text: string; code: number }> {
  const files = CASES.map((c, n) => `cases/${n}/${c.file}`);
  const r = await run(['validate', '-f', 'json', '--locale', 'en', ...files], root);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { out: JSON.parse(r.stdout) as JsonFile[], text: r.stdout + r.stderr, code: r.code };
}

describe('nothing outside the project is read (kehoach validate)', () => {
  it('every path field, four ways out each: refused at its line and column, nothing echoed, existence not revealed', async () => {
    const present = build(true);
    const { out, text } = await validate(present.root);
    const wrong: string[] = [];
    CASES.forEach((c, n) => {
      const file = out.find((f) => f.filePath.endsWith(`cases/${n}/${c.file}`));
      const source = (c.files[c.file] as string).replaceAll('@/', `${present.outside}/`);
      const at = c.at.startsWith('@/') ? c.at.replace('@/', `${present.outside}/`) : c.at;
      const offset = source.indexOf(at);
      const line = source.slice(0, offset).split('\n').length;
      const column = offset - source.lastIndexOf('\n', offset - 1);
      const refused = file?.messages.filter((m) => m.ruleId === c.rule && /outside the (project|workspace)/.test(m.message));
      const got = JSON.stringify(refused?.map((m) => [m.line, m.column]));
      if (got !== JSON.stringify([[line, column]])) wrong.push(`${c.name}: ${got} instead of ${line}:${column}`);
    });
    expect(wrong).toEqual([]);
    expect(text).not.toContain(SECRET);

    // The same run with the outside files missing reads the same (paths differ only by the temporary folder).
    const absent = build(false);
    const again = await validate(absent.root);
    const norm = (files: JsonFile[], root: string, outside: string) =>
      JSON.stringify(files).replaceAll(outside, '<outside>').replaceAll(root, '<root>');
    expect(norm(again.out, absent.root, absent.outside)).toBe(norm(out, present.root, present.outside));
  });

  it('files inside the project (also through a link inside it) and npm packages under node_modules are still read', async () => {
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'kehoach-contain-in-')));
    made.push(base);
    const root = join(base, 'ws');
    mkdirSync(join(root, '.git'), { recursive: true });
    mkdirSync(join(root, 'node_modules/@tinh/mau'), { recursive: true });
    mkdirSync(join(root, 'danh-muc'), { recursive: true });
    writeFileSync(join(root, 'danh-muc/agencies.yaml'), AGENCIES);
    // A link inside the project to a file inside the project is fine.
    symlinkSync(join(root, 'danh-muc'), join(root, 'dm'));
    writeFileSync(join(root, 'node_modules/@tinh/mau/package.json'), JSON.stringify({ name: '@tinh/mau', version: '1.0.0', kehoach: { template: 'template.yaml' } }));
    writeFileSync(join(root, 'node_modules/@tinh/mau/template.yaml'), 'kind: template\nid: mau\ntitle: Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn\n');
    writeFileSync(join(root, 'ke-hoach.kehoach.yaml'), PLAN.replace('registry: ./agencies.yaml\n', 'extends: "@tinh/mau@^1.0.0"\nregistry: ./dm/agencies.yaml\n'));
    const r = await run(['validate', 'ke-hoach.kehoach.yaml'], root);
    expect(r.stdout).not.toContain('outside');
    expect(r.stdout).not.toContain('ngoài thư mục dự án');
    expect(r.code).toBe(0);
  });
});

describe('kehoach new refuses a package whose kehoach.template leads outside', () => {
  it.each([
    ['a .. escape', '../../../../outside/mau.template.yaml', false],
    ['a template file linked outside', 'template.yaml', true],
  ])('%s: exit 2, one clear line, nothing read', async (_name, template, link) => {
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'kehoach-contain-new-')));
    made.push(base);
    const root = join(base, 'ws');
    const pkg = join(root, 'node_modules/@tinh/mau');
    mkdirSync(join(root, '.git'), { recursive: true });
    mkdirSync(pkg, { recursive: true });
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside/mau.template.yaml'), OUTSIDE_TEMPLATE);
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@tinh/mau', version: '1.0.0', kehoach: { template } }));
    if (link) symlinkSync(join(base, 'outside/mau.template.yaml'), join(pkg, 'template.yaml'));
    const r = await run(['new', '--template', '@tinh/mau', '--year', '2026'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Gói "@tinh/mau" trỏ tới tệp mẫu ${template} nằm ngoài thư mục dự án`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });
});
