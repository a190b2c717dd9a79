import { describe, expect, it } from 'vitest';
import { COMMUNE, ROOT, applyLspEdits, fixtureText, workspace } from '../helpers.js';

const withoutLead = fixtureText(COMMUNE).replace('    lead: ubnd-xa\n', '');
const line = withoutLead.split('\n').findIndex((l) => l.includes('id: tap-huan-cchc'));
const range = { start: { line, character: 10 }, end: { line, character: 10 } };

describe('code actions', () => {
  it("offers the rule's suggestion as a quick fix that inserts a lead at the right place", async () => {
    const ws = await workspace();
    const { uri } = ws.open(COMMUNE, withoutLead);
    const actions = await ws.service.codeActions(uri, range);
    const fix = actions.find((a) => a.title === 'Thêm cơ quan chủ trì');
    expect(fix?.kind).toBe('quickfix');
    expect(fix?.diagnostics?.[0]?.code).toBe('task-lead-required');
    const edited = applyLspEdits(withoutLead, fix?.edit?.changes?.[uri] ?? []);
    expect(edited).toContain('    timeframe: Quý II/2024\n    lead: <Cơ quan chủ trì>\n');
  });

  it('inserts the lead selected, ready to be typed over, where the client supports snippet edits (no "<...>" left behind)', async () => {
    const ws = await workspace({ snippetEdits: true });
    const { uri } = ws.open(COMMUNE, withoutLead, 4);
    const fix = (await ws.service.codeActions(uri, range)).find((a) => a.title === 'Thêm cơ quan chủ trì');
    expect(fix?.edit?.changes).toBeUndefined();
    expect(fix?.edit?.documentChanges?.[0]).toMatchObject({
      textDocument: { uri, version: 4 },
      edits: [{ snippet: { kind: 'snippet', value: expect.stringContaining('lead: ${1:Cơ quan chủ trì}') } }],
    });
  });

  it('suppresses with a comment at the line’s indentation and a reason placeholder', async () => {
    const ws = await workspace();
    const { uri } = ws.open(COMMUNE, withoutLead);
    const suppress = (await ws.service.codeActions(uri, range)).find((a) => a.title.startsWith('Tắt task-lead-required'));
    const edited = applyLspEdits(withoutLead, suppress?.edit?.changes?.[uri] ?? []);
    expect(edited).toContain('  # kehoach-disable-next-line task-lead-required -- <lý do>\n  - id: tap-huan-cchc\n');
    ws.open(COMMUNE, edited, 2);
    expect((await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics).toEqual([]);
  });

  it('selects the reason as a snippet where the client supports snippet edits', async () => {
    const ws = await workspace({ snippetEdits: true });
    const { uri } = ws.open(COMMUNE, withoutLead, 3);
    const suppress = (await ws.service.codeActions(uri, range)).find((a) => a.title.startsWith('Tắt'));
    expect(suppress?.edit?.documentChanges?.[0]).toMatchObject({
      textDocument: { uri, version: 3 },
      edits: [{ snippet: { kind: 'snippet', value: '  # kehoach-disable-next-line task-lead-required -- ${1:<lý do>}\n' } }],
    });
  });

  it('applies every safe fix at once with source.fixAll.kehoach (text pasted in NFD, rule text-nfc)', async () => {
    const ws = await workspace();
    const nfd = fixtureText(COMMUNE).replace('Tổ chức tập huấn', 'Tổ chức tập huấn'.normalize('NFD')).replace('Niêm yết công khai', 'Niêm yết công khai'.normalize('NFD'));
    const { uri } = ws.open(COMMUNE, nfd);
    expect((await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics.map((d) => d.code)).toEqual(['text-nfc', 'text-nfc']);
    const all = await ws.service.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll']);
    expect(all.map((a) => a.kind)).toEqual(['source.fixAll.kehoach']);
    expect(applyLspEdits(nfd, all[0]?.edit?.changes?.[uri] ?? [])).toBe(fixtureText(COMMUNE));
    const row = nfd.split('\n').findIndex((l) => l.includes('Niêm yết công khai'.normalize('NFD')));
    const character = (nfd.split('\n')[row] as string).indexOf('Niêm'.normalize('NFD')) + 2;
    const quick = await ws.service.codeActions(uri, { start: { line: row, character }, end: { line: row, character } });
    const preferred = quick.filter((a) => a.isPreferred);
    expect(preferred.map((a) => a.title)).toEqual(['Sửa thành "Niêm yết công"']);
    expect(preferred[0]?.diagnostics?.[0]?.code).toBe('text-nfc');
  });

  it('normalises tone-mark placement when kehoach.rules asks for one style ("hoá" → "hóa")', async () => {
    const ws = await workspace({ settings: { rules: { 'text-nfc': ['warn', { tonePlacement: 'classic' }] } } });
    const text = fixtureText(COMMUNE).replace('Tổ chức tập huấn về CCHC', 'Tổ chức tập huấn về văn hoá, CCHC');
    const { uri } = ws.open(COMMUNE, text);
    const [d, ...rest] = (await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics;
    expect(rest).toEqual([]);
    expect(d?.code).toBe('text-nfc');
    const actions = await ws.service.codeActions(uri, d?.range as typeof range);
    const fix = actions.find((a) => a.isPreferred);
    expect(fix?.title).toBe('Sửa thành "hóa"');
    const fixed = applyLspEdits(text, fix?.edit?.changes?.[uri] ?? []);
    expect(fixed).toBe(fixtureText(COMMUNE).replace('Tổ chức tập huấn về CCHC', 'Tổ chức tập huấn về văn hóa, CCHC'));
  });

  describe("the built-in rules' fixes, applied, leave a clean plan", () => {
    const commune = fixtureText(COMMUNE);
    /** Open `text`, ask for actions where `needle` is, apply the one titled `title`, check again. */
    async function applyAction(text: string, needle: string, title: string) {
      const ws = await workspace();
      const { uri } = ws.open(COMMUNE, text, 2);
      const lines = text.split('\n');
      const row = lines.findIndex((l) => l.includes(needle));
      const at = { line: row, character: (lines[row] as string).indexOf(needle) };
      const actions = await ws.service.codeActions(uri, { start: at, end: at });
      const action = actions.find((a) => a.title === title);
      expect(action, `"${title}" in ${JSON.stringify(actions.map((a) => a.title))}`).toBeDefined();
      const fixed = applyLspEdits(text, action?.edit?.changes?.[uri] ?? []);
      ws.open(COMMUNE, fixed, 3);
      const after = (await ws.service.diagnostics(`${ROOT}/${COMMUNE}`)).diagnostics;
      return { action, fixed, after, actions };
    }

    it("rewrites a legal reference's spelling (a safe fix: preferred, and part of fix-all)", async () => {
      const text = commune.replace('    ref: 07/KH-UBND', '    ref: 07/kh - UBND');
      const { action, fixed, after, actions } = await applyAction(text, '07/kh', 'Viết lại thành "07/KH-UBND"');
      expect(action?.isPreferred).toBe(true);
      expect(action?.diagnostics?.[0]?.code).toBe('legal-ref-format');
      expect(fixed).toBe(commune);
      expect(after).toEqual([]);
      expect(actions.find((a) => a.kind === 'source.fixAll.kehoach')?.edit).toEqual(action?.edit);
    });

    it('corrects a document type code written without its Đ (a suggestion, not preferred)', async () => {
      const text = commune.replace('    type: Kế hoạch\n    ref: 07/KH-UBND', '    type: Quyết định\n    ref: 2074/QD-UBND');
      const { action, fixed, after } = await applyAction(text, '2074/QD', 'Viết lại thành "2074/QĐ-UBND"');
      expect(action?.isPreferred).toBeUndefined();
      expect(fixed).toContain('    ref: 2074/QĐ-UBND\n');
      expect(after).toEqual([]);
    });

    it('replaces a misspelt parent task id with the parent plan’s id', async () => {
      const text = commune.replace('implements: cap-nhat-tthc', 'implements: cap-nhat-ttch');
      const { fixed, after } = await applyAction(text, 'cap-nhat-ttch', 'Đổi thành "cap-nhat-tthc"');
      expect(fixed).toBe(commune);
      expect(after).toEqual([]);
    });

    it('replaces an agency the registry does not know with its suggestion', async () => {
      const text = commune.replace('lead: ubnd-xa', 'lead: Cong chuc Van hoa Xa hoi');
      const { action, fixed, after } = await applyAction(text, 'Cong chuc', 'Đổi thành "Công chức Văn hóa - Xã hội"');
      expect(action?.diagnostics?.[0]?.code).toBe('agency-known');
      expect(fixed).toBe(commune.replace('lead: ubnd-xa', 'lead: Công chức Văn hóa - Xã hội'));
      expect(after).toEqual([]);
    });

    it('inserts a timeframe under the task, at its indentation', async () => {
      const text = commune.replace('    timeframe: Quý II/2024\n', '');
      const { fixed, after } = await applyAction(text, 'tap-huan-cchc', 'Thêm thời gian: "Quý I/2024"');
      expect(fixed).toContain('  - id: tap-huan-cchc\n    title: Tổ chức tập huấn về CCHC cho cán bộ, công chức xã\n    lead: ubnd-xa\n    timeframe: Quý I/2024\n');
      expect(after).toEqual([]);
    });

    it('inserts a report path skeleton into the task', async () => {
      const text = commune.replace(/reporting:[\s\S]*$/, '');
      const { fixed, after } = await applyAction(text, 'tap-huan-cchc', 'Thêm đường báo cáo cho nhiệm vụ');
      expect(fixed).toContain('    timeframe: Quý II/2024\n    report:\n      to: <Cơ quan nhận báo cáo>\n      due: <Hạn báo cáo>');
      // The skeleton's placeholders are the author's to fill: only the other task's report path is still missing.
      expect(after.map((d) => [d.code, d.message])).not.toContainEqual(['task-report-path-required', expect.stringContaining('tap-huan-cchc')]);
    });
  });
});

describe('the preferred quick fix of a comma-split agency name (plan extending a template)', () => {
  const TEMPLATE = `kind: template
id: xa
registry: ./agencies.yaml
issuer:
  level: commune
reporting:
  - to: UBND xã
`;
  const AGENCIES = `kind: registry
agencies:
  - { id: ubnd-xa, name: Ủy ban nhân dân xã Bình Hòa, short: UBND xã, kind: people-committee, level: commune }
  - { id: phong-noi-vu, name: Phòng Nội vụ, kind: department, level: commune }
  - { id: ubnd-cac-xa, name: "UBND các xã, thị trấn", kind: people-committee, level: commune }
`;
  const PLAN = `kind: plan
extends: ./mau.template.yaml
issuer:
  name: Ủy ban nhân dân xã Bình Hòa
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
tasks:
  - id: tuyen-truyen
    title: Tuyên truyền cải cách hành chính
    lead: Phòng Nội vụ
    coordinators: [UBND các xã, thị trấn, Phòng Nội vụ] # giữ chú thích
    timeframe: Trong năm 2024
`;

  it('quotes the split name and keeps the other coordinator and the comment', async () => {
    const files = new Map([
      ['/ws/mau.template.yaml', TEMPLATE],
      ['/ws/agencies.yaml', AGENCIES],
      ['/ws/p.kehoach.yaml', PLAN],
    ]);
    const ws = await workspace({ files });
    const uri = ws.openRaw('p.kehoach.yaml', PLAN);
    const line = PLAN.split('\n').findIndex((l) => l.includes('coordinators:'));
    const at = { line, character: 25 };
    const actions = await ws.service.codeActions(uri, { start: at, end: at });
    const preferred = actions.filter((a) => a.isPreferred);
    expect(preferred.map((a) => a.diagnostics?.[0]?.code)).toEqual(['agency-known']);
    const fixed = applyLspEdits(PLAN, preferred[0]?.edit?.changes?.[uri] ?? []);
    expect(fixed).toContain('    coordinators: ["UBND các xã, thị trấn", Phòng Nội vụ] # giữ chú thích\n');
    expect(fixed.split('\n')).toHaveLength(PLAN.split('\n').length);
  });
});
