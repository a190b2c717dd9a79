import { describe, expect, it } from 'vitest';
import { COMMUNE, PROVINCE, ROOT, cursor, fixtureText, workspace } from '../helpers.js';

const commune = fixtureText(COMMUNE);
const province = fixtureText(PROVINCE);
const registry = fixtureText('agencies.yaml');

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle));
}

describe('go to definition and find references', () => {
  it('goes from an agency use to its registry entry', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, commune.replace('    lead: Công chức', '    lead: Công| chức'));
    const [loc] = await ws.service.definition(uri, position);
    expect(loc?.uri).toBe(ws.uri('agencies.yaml'));
    expect(loc?.range.start.line).toBe(lineOf(registry, 'id: cong-chuc-vhxh'));
  });

  it('finds every use of a registry entry across the workspace, by id or by name', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open('agencies.yaml', registry.replace('  - id: so-noi-vu', '  - id: so-n|oi-vu'));
    const refs = await ws.service.references(uri, position, false);
    const where = refs.map((r) => `${r.uri.split('/').pop()}:${r.range.start.line}`).sort();
    expect(where).toEqual(
      [`${PROVINCE}:${lineOf(province, 'lead: Sở Nội vụ')}`, `${PROVINCE}:${lineOf(province, 'via: Sở Nội vụ')}`].sort(),
    );
    const withDecl = await ws.service.references(uri, position, true);
    expect(withDecl).toHaveLength(3);
  });

  it('goes from implements to the parent plan task, and back', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, commune.replace('implements: cap-nhat-tthc', 'implements: cap-|nhat-tthc'));
    const [def] = await ws.service.definition(uri, position);
    expect(def?.uri).toBe(ws.uri(PROVINCE));
    expect(def?.range.start.line).toBe(lineOf(province, 'id: cap-nhat-tthc'));
    const p = ws.open(PROVINCE, province.replace('  - id: cap-nhat-tthc', '  - id: cap-nhat-tt|hc'));
    const refs = await ws.service.references(p.uri, p.position, false);
    expect(refs.map((r) => [r.uri, r.range.start.line])).toEqual([[ws.uri(COMMUNE), lineOf(commune, 'implements: cap-nhat-tthc')]]);
  });

  it('follows the parent path to the parent file', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, commune.replace('path: ./tinh', 'path: ./ti|nh'));
    const [def] = await ws.service.definition(uri, position);
    expect(def?.uri).toBe(ws.uri(PROVINCE));
  });
});

describe('rename', () => {
  it('renames a task id and every implements that names it, across files', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(PROVINCE, province.replace('  - id: cap-nhat-tthc', '  - id: cap-nhat-tt|hc'));
    const prep = await ws.service.prepareRename(uri, position);
    expect(prep).toMatchObject({ ok: true, value: { placeholder: 'cap-nhat-tthc' } });
    const result = await ws.service.rename(uri, position, 'cong-khai-tthc');
    expect(result.ok).toBe(true);
    const changes = result.ok ? (result.value.changes ?? {}) : {};
    expect(Object.keys(changes).sort()).toEqual([ws.uri(COMMUNE), ws.uri(PROVINCE)].sort());
    expect(changes[ws.uri(COMMUNE)]?.[0]?.newText).toBe('cong-khai-tthc');
    expect(changes[ws.uri(COMMUNE)]?.[0]?.range.start.line).toBe(lineOf(commune, 'implements: cap-nhat-tthc'));
  });

  it('renames an agency id in the registry and where the id is written, not where the name is', async () => {
    const ws = await workspace();
    const text = commune.replace('    lead: ubnd-xa\n', '    lead: ubnd-xa\n    coordinators: [Ủy ban nhân dân xã Bình Trị]\n');
    const { uri, position } = ws.open(COMMUNE, text.replace('    lead: ubnd-xa', '    lead: ubnd|-xa'));
    const result = await ws.service.rename(uri, position, 'ubnd-xa-binh-tri');
    const changes = result.ok ? (result.value.changes ?? {}) : {};
    expect(changes[ws.uri('agencies.yaml')]?.map((e) => e.range.start.line)).toEqual([lineOf(registry, 'id: ubnd-xa')]);
    expect(changes[uri]?.map((e) => e.range.start.line)).toEqual([lineOf(text, 'lead: ubnd-xa')]);
  });

  it('refuses names, bad ids and ids already taken, with a reason', async () => {
    const ws = await workspace();
    const a = ws.open(COMMUNE, commune.replace('    lead: Công chức', '    lead: Công| chức'));
    expect(await ws.service.prepareRename(a.uri, a.position)).toMatchObject({ ok: false, message: expect.stringContaining('cong-chuc-vhxh') });
    const b = ws.open(PROVINCE, province.replace('  - id: cap-nhat-tthc', '  - id: cap-nhat-tt|hc'));
    expect(await ws.service.rename(b.uri, b.position, 'Cập nhật')).toMatchObject({ ok: false });
    expect(await ws.service.rename(b.uri, b.position, 'hoi-thi-cchc')).toMatchObject({ ok: false, message: expect.stringContaining('đã có') });
  });
});

describe('a workspace that lets go of the files nothing reads', () => {
  it('keeps parents and registries, reads a checked commune plan again when asked, and still finds it', async () => {
    const ws = await workspace();
    const path = (name: string): string => `${ROOT}/${name}`;
    const before = { commune: await ws.service.ws.analyze(path(COMMUNE)), province: await ws.service.ws.analyze(path(PROVINCE)) };
    for (const p of ws.service.knownPaths()) await ws.service.diagnostics(p);
    // The province plan is the commune's parent: kept. The commune plan is read by nothing: let go.
    expect(await ws.service.ws.analyze(path(PROVINCE))).toBe(before.province);
    const again = await ws.service.ws.analyze(path(COMMUNE));
    expect(again).not.toBe(before.commune);
    expect(again?.analysis.plan).toEqual(before.commune?.analysis.plan);
    expect(again?.parent.status).toBe('resolved');
    // Cross-file features read it again for their answer.
    const { uri, position } = ws.open('agencies.yaml', registry.replace('  - id: cong-chuc-vhxh', '  - id: cong-chuc-|vhxh'));
    const refs = await ws.service.references(uri, position, false);
    expect(refs.map((r) => r.uri)).toContain(ws.uri(COMMUNE));
    expect((await ws.service.workspaceSymbols('tap huan')).map((s) => s.location.uri)).toContain(ws.uri(COMMUNE));
    // And its diagnostics are the same as when it was kept.
    expect((await ws.service.diagnostics(path(COMMUNE))).diagnostics).toEqual([]);
  });
});

describe('workspace symbols', () => {
  it('finds tasks and agencies of every file, ignoring diacritics', async () => {
    const ws = await workspace();
    const tasks = await ws.service.workspaceSymbols('hoi thi');
    expect(tasks.map((s) => s.name)).toEqual(['hoi-thi-cchc: Tổ chức Hội thi tuyên truyền CCHC – Chuyển đổi số bằng hình thức sân khấu hóa cấp tỉnh']);
    expect(tasks[0]?.location.uri).toBe(ws.uri(PROVINCE));
    const agencies = await ws.service.workspaceSymbols('van hoa');
    expect(agencies.map((s) => s.name)).toEqual(expect.arrayContaining(['Phòng Văn hóa và Thông tin', 'Công chức Văn hóa - Xã hội']));
  });

  it('with an open, unsaved document, shows its current tasks', async () => {
    const ws = await workspace();
    ws.open(COMMUNE, cursor(commune.replace('tap-huan-cchc', 'tap-huan-moi')).text);
    expect((await ws.service.workspaceSymbols('tap huan')).map((s) => s.name)).toEqual(['tap-huan-moi: Tổ chức tập huấn về CCHC cho cán bộ, công chức xã']);
  });
});
