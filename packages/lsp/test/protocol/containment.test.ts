import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LspClient } from './client.js';

/**
 * The language server reads nothing outside the project either: every path field
 * (plan, config and template registry, plan and config extends, parent.path, a
 * package's kehoach.template), each by an absolute path, a `..` path, a link to a file
 * and a link to a folder, is refused at its line and column, the outside secret never
 * appears, and the diagnostics are the same whether the outside files exist or not.
 * (The same cases as the CLI's test/containment.test.ts.)
 */

const PLAN = `kind: plan
registry: ./agencies.yaml
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
number: 84/KH-UBND
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
tasks:
  # Tập huấn là việc đầu tiên.
  - id: tap-huan-cchc
    title: Tổ chức các lớp tập huấn, bồi dưỡng về công tác cải cách hành chính
    lead: Phòng Nội vụ
    coordinators: Các cơ quan, đơn vị liên quan
    timeframe: Trong năm 2024
`;

const AGENCIES = `kind: registry
id: binh-son
agencies:
  - id: ubnd-huyen
    name: Ủy ban nhân dân huyện Bình Sơn
    short: UBND huyện
    kind: people-committee
    level: district
  - id: phong-noi-vu
    name: Phòng Nội vụ
    kind: department
    level: district
  - id: phong-vhtt
    name: Phòng Văn hóa và Thông tin
    short: Phòng VH&TT
    kind: department
    level: district
  - id: cac-co-quan-lien-quan
    name: Các cơ quan, đơn vị liên quan
    kind: collective
    level: district
`;

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


async function diagnosticsOf(root: string): Promise<{ uri: string; diagnostics: { code?: unknown; message: string; range: { start: { line: number; character: number } }; relatedInformation?: { message: string }[] }[] }[]> {
  const client = LspClient.start();
  try {
    await client.initialize(root, { workspaceTrusted: false });
    const out = [];
    for (const [n, c] of CASES.entries()) {
      const path = join(root, 'cases', String(n), c.file);
      const uri = pathToFileURL(path).href;
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(path, 'utf8') } });
      const p = await client.waitForDiagnostics(uri, (d) => d.version === 1);
      out.push({ uri: p.uri, diagnostics: p.diagnostics as never });
    }
    return out;
  } finally {
    await client.stop();
  }
}

describe('nothing outside the project is read (language server)', () => {
  it('every path field, four ways out each: refused at its line and column, nothing echoed, existence not revealed', async () => {
    const present = build(true);
    const published = await diagnosticsOf(present.root);
    const wrong: string[] = [];
    CASES.forEach((c, n) => {
      const source = (c.files[c.file] as string).replaceAll('@/', `${present.outside}/`);
      const at = c.at.startsWith('@/') ? c.at.replace('@/', `${present.outside}/`) : c.at;
      const offset = source.indexOf(at);
      const line = source.slice(0, offset).split('\n').length - 1;
      const character = offset - source.lastIndexOf('\n', offset - 1) - 1;
      const refused = published[n]?.diagnostics.filter((d) => d.code === c.rule && d.message.includes('nằm ngoài thư mục dự án'));
      const got = JSON.stringify(refused?.map((d) => [d.range.start.line, d.range.start.character]));
      if (got !== JSON.stringify([[line, character]])) wrong.push(`${c.name}: ${got} instead of ${line}:${character}`);
    });
    expect(wrong).toEqual([]);
    expect(JSON.stringify(published)).not.toContain(SECRET);

    const absent = build(false);
    const again = await diagnosticsOf(absent.root);
    const norm = (files: unknown, root: string, outside: string) => JSON.stringify(files).replaceAll(outside, '<outside>').replaceAll(root, '<root>');
    expect(norm(again, absent.root, absent.outside)).toBe(norm(published, present.root, present.outside));
  }, 240_000);
});
