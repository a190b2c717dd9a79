import { describe, expect, it } from 'vitest';
import type { Location, TextEdit } from 'vscode-languageserver-types';
import { applyLspEdits, fixtureFiles, fixtureText, workspace } from '../helpers.js';

const PLAN = 'tinh.kehoach.yaml';
const CHILD = 'xa.kehoach.yaml';
const TEMPLATE = 'mau.template.yaml';
const OVER = 'cchc.kehoach.yaml';
const text = (name: string): string => fixtureText(name, 'document');

function lineOf(t: string, needle: string): number {
  const line = t.split('\n').findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`not in the text: ${needle}`);
  return line;
}

function at(t: string, needle: string, marker: string): string {
  if (!t.includes(needle)) throw new Error(`not in the text: ${needle}`);
  return t.replace(needle, marker);
}

const where = (locs: Location[]): string[] => locs.map((l) => `${l.uri.split('/').pop()}:${l.range.start.line}`).sort();

describe('go to definition and references of task ids in the document-shaped body', () => {
  it('goes from task: to the appendix row it shows again, and from a child’s implements list to the parent’s row', async () => {
    const ws = await workspace({ files: fixtureFiles('document') });
    const a = ws.open(PLAN, at(text(PLAN), '      - task: dao-tao-truc-tuyen', '      - task: dao-tao|-truc-tuyen'));
    const [def] = await ws.service.definition(a.uri, a.position);
    expect(def?.uri).toBe(a.uri);
    expect(def?.range.start.line).toBe(lineOf(text(PLAN), '- id: dao-tao-truc-tuyen'));
    const b = ws.open(CHILD, at(text(CHILD), 'implements: [dao-tao-truc-tuyen]', 'implements: [dao-tao-truc|-tuyen]'));
    const [up] = await ws.service.definition(b.uri, b.position);
    expect(up?.uri).toBe(ws.uri(PLAN));
    expect(up?.range.start.line).toBe(lineOf(text(PLAN), '- id: dao-tao-truc-tuyen'));
  });

  it('finds every place a row’s id is named: task: in its plan, implements in child plans', async () => {
    const ws = await workspace({ files: fixtureFiles('document') });
    const a = ws.open(PLAN, at(text(PLAN), '- id: dao-tao-truc-tuyen', '- id: dao-tao-truc-t|uyen'));
    expect(where(await ws.service.references(a.uri, a.position, false))).toEqual(
      [`${PLAN}:${lineOf(text(PLAN), '- task: dao-tao-truc-tuyen')}`, `${CHILD}:${lineOf(text(CHILD), 'implements: [dao-tao-truc-tuyen]')}`].sort(),
    );
  });

  it('goes from a patch, a removal and after: to the template’s task', async () => {
    const ws = await workspace({ files: fixtureFiles('document') });
    for (const [needle, marker, id] of [
      ['    ra-soat-thu-tuc:', '    ra-soat|-thu-tuc:', 'ra-soat-thu-tuc'],
      ['tasks: [cong-khai-thu-tuc]', 'tasks: [cong-khai|-thu-tuc]', 'cong-khai-thu-tuc'],
      ['    after: ra-soat-thu-tuc', '    after: ra-soat-thu|-tuc', 'ra-soat-thu-tuc'],
    ] as const) {
      const a = ws.open(OVER, at(text(OVER), needle, marker));
      const [def] = await ws.service.definition(a.uri, a.position);
      expect(def?.uri).toBe(ws.uri(TEMPLATE));
      expect(def?.range.start.line).toBe(lineOf(text(TEMPLATE), `- id: ${id}`));
    }
  });
});

describe('rename of a task id in the document-shaped body', () => {
  it('renames an appendix row, its task: reference and the implements of the child plan, keeping comments and everything else', async () => {
    const ws = await workspace({ files: fixtureFiles('document') });
    const a = ws.open(PLAN, at(text(PLAN), '- id: dao-tao-truc-tuyen', '- id: dao-tao|-truc-tuyen'));
    expect(await ws.service.prepareRename(a.uri, a.position)).toMatchObject({ ok: true, value: { placeholder: 'dao-tao-truc-tuyen' } });
    const result = await ws.service.rename(a.uri, a.position, 'lop-ky-nang-so');
    const changes = result.ok ? (result.value.changes ?? {}) : {};
    expect(Object.keys(changes).sort()).toEqual([ws.uri(CHILD), ws.uri(PLAN)].sort());
    const plan = applyLspEdits(text(PLAN), changes[ws.uri(PLAN)] as TextEdit[]);
    expect(plan).toBe(text(PLAN).replace('- task: dao-tao-truc-tuyen', '- task: lop-ky-nang-so').replace('- id: dao-tao-truc-tuyen', '- id: lop-ky-nang-so'));
    const child = applyLspEdits(text(CHILD), changes[ws.uri(CHILD)] as TextEdit[]);
    expect(child).toBe(text(CHILD).replace('implements: [dao-tao-truc-tuyen]', 'implements: [lop-ky-nang-so]'));
    expect(child).toContain('# Các việc của Phòng Văn hoá và Thông tin.');
  });

  it('renames a template’s task in the template and in the patches, removals and after: of the plans over it', async () => {
    const ws = await workspace({ files: fixtureFiles('document') });
    const a = ws.open(TEMPLATE, at(text(TEMPLATE), '- id: ra-soat-thu-tuc', '- id: ra-soat|-thu-tuc'));
    const result = await ws.service.rename(a.uri, a.position, 'ra-soat-tthc');
    const changes = result.ok ? (result.value.changes ?? {}) : {};
    expect(applyLspEdits(text(TEMPLATE), changes[ws.uri(TEMPLATE)] as TextEdit[])).toBe(text(TEMPLATE).replace('- id: ra-soat-thu-tuc', '- id: ra-soat-tthc'));
    expect(applyLspEdits(text(OVER), changes[ws.uri(OVER)] as TextEdit[])).toBe(
      text(OVER).replace('    ra-soat-thu-tuc:', '    ra-soat-tthc:').replace('after: ra-soat-thu-tuc', 'after: ra-soat-tthc'),
    );
    // From the removal in the plan over it, the same task of the template.
    const b = ws.open(OVER, at(text(OVER), 'tasks: [cong-khai-thu-tuc]', 'tasks: [cong-khai|-thu-tuc]'));
    const removed = await ws.service.rename(b.uri, b.position, 'cong-khai-tthc');
    const edits = removed.ok ? (removed.value.changes ?? {}) : {};
    expect(applyLspEdits(text(TEMPLATE), edits[ws.uri(TEMPLATE)] as TextEdit[])).toContain('- id: cong-khai-tthc');
    expect(applyLspEdits(text(OVER), edits[b.uri] as TextEdit[])).toContain('tasks: [cong-khai-tthc]');
  });

  it('refuses an id a group of the plan already has', async () => {
    const ws = await workspace({ files: fixtureFiles('document') });
    const a = ws.open(PLAN, at(text(PLAN), '- id: cam-nang-so', '- id: cam-nang|-so'));
    expect(await ws.service.rename(a.uri, a.position, 'so-tai-chinh')).toMatchObject({ ok: false, message: expect.stringContaining('đã có') });
  });
});

describe('workspace symbols of the document-shaped body', () => {
  it('finds appendix rows by title and duty groups by their lead, ignoring diacritics', async () => {
    const ws = await workspace({ files: fixtureFiles('document') });
    const rows = await ws.service.workspaceSymbols('nen tang dung chung');
    expect(rows.map((s) => s.name)).toEqual(['nen-tang-dung-chung: Xây dựng nền tảng dùng chung cho doanh nghiệp']);
    expect(rows[0]?.location.range.start.line).toBe(lineOf(text(PLAN), '- id: nen-tang-dung-chung'));
    const groups = await ws.service.workspaceSymbols('so tai chinh');
    expect(groups.map((s) => [s.name, s.kind])).toContainEqual(['so-tai-chinh: Sở Tài chính', 23]);
    const template = await ws.service.workspaceSymbols('ra soat thu tuc');
    expect(template.map((s) => s.location.uri)).toEqual([ws.uri(TEMPLATE)]);
  });
});
