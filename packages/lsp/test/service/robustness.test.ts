import { describe, expect, it } from 'vitest';
import { COMMUNE, PROVINCE, ROOT, exampleFiles, fixtureFiles, fixtureText, workspace, type TestWorkspace } from '../helpers.js';
import { uriToPath } from '../../src/service/uri.js';

/** A small deterministic PRNG (mulberry32): failures reproduce. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = ['a', 'ă', 'ệ', 'Đ', ' ', '  ', '\n', '\r\n', '\t', ':', '- ', '#', '[', ']', '{', '}', ',', '"', "'", '|', '>', '&a', '*a', '!', '%', '@', '`', '🎉', '\u0301', '\u200b', '\uFFFD', '\0', 'lead: ', 'tasks:\n  - ', 'id: ', '\ud800'];

function mutate(text: string, random: () => number): string {
  let out = text;
  const n = 1 + Math.floor(random() * 6);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(random() * (out.length + 1));
    const r = random();
    if (r < 0.4) out = out.slice(0, at) + out.slice(at + Math.floor(random() * 20));
    else out = out.slice(0, at) + (ALPHABET[Math.floor(random() * ALPHABET.length)] as string) + out.slice(at);
  }
  return out;
}

async function everyFeature(ws: TestWorkspace, uri: string, text: string, random: () => number, at?: { line: number; character: number }): Promise<void> {
  const lines = text.split(/\r?\n/);
  const line = at?.line ?? Math.floor(random() * lines.length);
  const character = at?.character ?? Math.floor(random() * ((lines[line]?.length ?? 0) + 2));
  const position = { line, character };
  const range = { start: position, end: { line: line + 1, character: 0 } };
  const path = uriToPath(uri);
  await ws.service.diagnostics(path);
  await ws.service.completion(uri, position);
  await ws.service.hover(uri, position);
  await ws.service.codeActions(uri, range);
  await ws.service.documentSymbols(uri);
  await ws.service.foldingRanges(uri);
  await ws.service.definition(uri, position);
  await ws.service.references(uri, position);
  await ws.service.prepareRename(uri, position);
  await ws.service.rename(uri, position, 'ma-moi');
  await ws.service.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } });
  await ws.service.format(uri);
}

describe('bad input never throws', () => {
  it('survives 300 random edits of real plans, at random cursor positions', async () => {
    const ws = await workspace();
    const random = rng(20240117);
    const sources = [fixtureText(COMMUNE), fixtureText(PROVINCE), fixtureText('agencies.yaml'), fixtureText('kehoach.config.yaml')];
    const names = [COMMUNE, PROVINCE, 'agencies.yaml', 'kehoach.config.yaml'];
    for (let i = 0; i < 300; i++) {
      const which = i % sources.length;
      const text = mutate(sources[which] as string, random);
      const uri = ws.openRaw(names[which] as string, text, i + 2);
      await expect(everyFeature(ws, uri, text, random), `case ${i}: ${JSON.stringify(text.slice(0, 80))}`).resolves.toBeUndefined();
    }
    await ws.service.workspaceSymbols('tap huan');
  });

  it('survives random bytes decoded as UTF-8, NFD text and half-typed YAML', async () => {
    const ws = await workspace();
    const random = rng(7);
    const inputs = [
      'kind: plan\n' + Buffer.from(Array.from({ length: 4000 }, () => Math.floor(random() * 256))).toString('utf8'),
      fixtureText(COMMUNE).normalize('NFD'),
      'kind: plan\ntasks:\n  - id: a\n    lead: Phòng V',
      'kind: plan\ntasks:\n  - ',
      'kind: plan\ntasks:\n  -',
      'kind: plan\n  - : :\n- [',
      'kind: plan\na: &a [*a, *a]\nb: *b\n',
      'kind: plan\n' + 'x: [\n'.repeat(500),
      '\uFEFFkind: plan\ntitle: "\\u',
    ];
    for (const [i, text] of inputs.entries()) {
      const uri = ws.openRaw(COMMUNE, text, i + 2);
      for (let k = 0; k < 10; k++) await everyFeature(ws, uri, text, random);
    }
  });

  it('survives plans written as the document: random edits, and every half-typed body item at every column of its line', { timeout: 300_000 }, async () => {
    const ws = await workspace({ files: fixtureFiles('document') });
    const random = rng(20260210);
    const plan = fixtureText('tinh.kehoach.yaml', 'document');
    const names = ['tinh.kehoach.yaml', 'xa.kehoach.yaml', 'cchc.kehoach.yaml', 'mau.template.yaml'];
    for (let i = 0; i < 160; i++) {
      const name = names[i % names.length] as string;
      const text = mutate(fixtureText(name, 'document'), random);
      const uri = ws.openRaw(name, text, i + 2);
      await expect(everyFeature(ws, uri, text, random), `case ${i}: ${JSON.stringify(text.slice(0, 80))}`).resolves.toBeUndefined();
    }
    const marker = '      - task: dao-tao-truc-tuyen\n';
    const halfTyped = [
      '      - \n',
      '      -\n',
      '      - id:\n',
      '      - id: \n        items:\n',
      '      - id: nhom\n        items:\n          - \n',
      '      - task:\n',
      '      - heading:\n        items: []\n',
      '      - table:\n',
      '      - table:\n          columns: [TT, Nội dung]\n',
      '      - table:\n          columns:\n            - { field: \n          rows:\n            - [a, { text: b, colspan: 2 }]\n            -\n',
      '      - reporting:\n          to: []\n          due: [\n',
      '      - target:\n        value: nhiều\n',
      '      - id: x\n        request: []\n        lead:\n',
      '      - { heading: Mục, items: [ { id: \n',
    ];
    for (const [i, item] of halfTyped.entries()) {
      const text = plan.replace(marker, item);
      const uri = ws.openRaw('tinh.kehoach.yaml', text, 1000 + i);
      // The line where the half-typed item starts.
      const first = plan.slice(0, plan.indexOf(marker)).split('\n').length - 1;
      for (const [n, line] of item.split('\n').entries()) {
        for (let character = 0; character <= line.length + 1; character++) {
          const at = { line: first + n, character };
          await expect(everyFeature(ws, uri, text, random, at), `${JSON.stringify(item)} at ${JSON.stringify(at)}`).resolves.toBeUndefined();
        }
      }
    }
  });

  it('survives progress reports: random edits of a report and of its plan, every half-typed result at every column', { timeout: 300_000 }, async () => {
    const files = exampleFiles('2026/tinh-binh-minh');
    const ws = await workspace({ files });
    const random = rng(20260316);
    const names = ['xa-an-hoa/bao-cao-quy-1.baocao.yaml', 'xa-tan-thanh/bao-cao-quy-1.baocao.yaml', 'ke-hoach-mot-cua-so-2026.kehoach.yaml'];
    ws.openRaw('xa-phu-loc/bao-cao-quy-1.baocao.yaml', files.get(`${ROOT}/xa-phu-loc/bao-cao-quy-1.baocao.yaml`) as string);
    for (let i = 0; i < 150; i++) {
      const name = names[i % names.length] as string;
      const text = mutate(files.get(`${ROOT}/${name}`) as string, random);
      const uri = ws.openRaw(name, text, i + 2);
      await expect(everyFeature(ws, uri, text, random), `case ${i}: ${JSON.stringify(text.slice(0, 80))}`).resolves.toBeUndefined();
      // The open report on the plan, whatever the plan has become.
      await expect(everyFeature(ws, ws.uri('xa-phu-loc/bao-cao-quy-1.baocao.yaml'), files.get(`${ROOT}/xa-phu-loc/bao-cao-quy-1.baocao.yaml`) as string, random)).resolves.toBeUndefined();
    }
    const report = files.get(`${ROOT}/xa-an-hoa/bao-cao-quy-1.baocao.yaml`) as string;
    const marker = '  - task: phat-thanh\n';
    const halfTyped = ['  - \n', '  -\n', '  - task:\n', '  - task: \n    status:\n', '  - target: [\n', '  - { task: , status: \n', '  - task: phat-thanh\n    figures:\n      - { value: , target: \n', '  - status: hoàn\n'];
    for (const [i, item] of halfTyped.entries()) {
      const text = report.replace(marker, item);
      const uri = ws.openRaw('xa-an-hoa/bao-cao-quy-1.baocao.yaml', text, 1000 + i);
      const first = report.slice(0, report.indexOf(marker)).split('\n').length - 1;
      for (const [n, line] of item.split('\n').entries()) {
        for (let character = 0; character <= line.length + 1; character++) {
          const at = { line: first + n, character };
          await expect(everyFeature(ws, uri, text, random, at), `${JSON.stringify(item)} at ${JSON.stringify(at)}`).resolves.toBeUndefined();
        }
      }
    }
    // Broken YAML, a report with no plan, a plan that is not a plan.
    const broken = ['kind: report\nresults: [\n', 'kind: report\nplan:\n  path: ../nowhere.kehoach.yaml\nperiod: Quý I/2026\nresults:\n  - task: a\n', 'kind: report\nplan: { path: ../agencies.yaml }\nperiod: Quý IX/2026\nresults: x\n', 'kind: report\n- a\n'];
    for (const [i, text] of broken.entries()) {
      const uri = ws.openRaw('xa-an-hoa/bao-cao-quy-1.baocao.yaml', text, 2000 + i);
      for (let k = 0; k < 10; k++) await expect(everyFeature(ws, uri, text, random)).resolves.toBeUndefined();
    }
  });
});
