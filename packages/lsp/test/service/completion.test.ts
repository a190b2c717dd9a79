import { describe, expect, it } from 'vitest';
import { COMMUNE, ROOT, fixtureFiles, fixtureText, workspace } from '../helpers.js';

const head = fixtureText(COMMUNE).split('tasks:')[0] as string;

describe('completion', () => {
  it('"phong van hoa" finds Phòng Văn hóa và Thông tin, without diacritics', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, `${head}tasks:\n  - id: hop-bao\n    title: Họp báo\n    lead: phong van hoa|\n`);
    const list = await ws.service.completion(uri, position);
    expect(list.isIncomplete).toBe(true);
    const first = list.items[0];
    expect(first?.label).toBe('Phòng Văn hóa và Thông tin');
    expect(first?.detail).toContain('phong-vhtt');
    expect(first?.labelDetails?.description).toBe('Sở, phòng, ban');
    expect(first?.textEdit).toMatchObject({ newText: 'Phòng Văn hóa và Thông tin' });
    // The client filters again as the author types on: the name without diacritics leads.
    expect(first?.filterText?.startsWith('phong van hoa va thong tin ')).toBe(true);
  });

  it('keeps matching what the author types after the list opened, without diacritics, by short name or as written', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, `${head}tasks:\n  - id: hop-bao\n    title: Họp báo\n    lead: so|\n`);
    const items = (await ws.service.completion(uri, position)).items;
    const filter = (label: string): string => items.find((i) => i.label === label)?.filterText ?? '';
    // Typed on to "so noi", "Phòng VH", "phong vh" before the client asks again.
    expect(filter('Sở Nội vụ').startsWith('so noi vu')).toBe(true);
    const all = (await ws.service.completion(uri, { line: position.line, character: position.character - 2 })).items;
    const vhtt = all.find((i) => i.label === 'Phòng Văn hóa và Thông tin')?.filterText ?? '';
    expect(vhtt).toContain('Phòng VH');
    expect(vhtt).toContain('phong vh');
  });

  it('offers an agency once when the plan’s registry and its template’s both define it (by other ids)', async () => {
    const registry = fixtureFiles().get(`${ROOT}/agencies.yaml`) as string;
    const files = fixtureFiles();
    // As the Bình Sơn plan's registry and its template package: "phong-tckh" and "phong-tai-chinh-ke-hoach".
    files.set(`${ROOT}/mau/agencies.yaml`, registry.replace('id: so-noi-vu', 'id: snv'));
    files.set(`${ROOT}/mau/xa.template.yaml`, 'kind: template\nid: xa\nlevel: commune\nregistry: ./agencies.yaml\nissuer:\n  level: commune\n');
    const ws = await workspace({ files });
    const plan = `kind: plan\nextends: ./mau/xa.template.yaml\nregistry: ./agencies.yaml\nissuer:\n  name: UBND xã\nyear: 2024\ntitle: Họp báo\ntasks:\n  - id: a\n    title: Họp báo\n    lead: |\n`;
    const { uri, position } = ws.open('moi.kehoach.yaml', plan);
    const labels = (await ws.service.completion(uri, position)).items.map((i) => i.label);
    expect(labels).toContain('Sở Nội vụ');
    expect(labels.filter((l) => l === 'Sở Nội vụ')).toHaveLength(1);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('matches a prefix typed in NFD (text pasted from a PDF)', async () => {
    const ws = await workspace();
    const nfd = 'Công chức Văn'.normalize('NFD');
    const { uri, position } = ws.open(COMMUNE, `${head}tasks:\n  - id: a\n    lead: ${nfd}|\n`);
    const labels = (await ws.service.completion(uri, position)).items.map((i) => i.label);
    expect(labels[0]).toBe('Công chức Văn hóa - Xã hội');
  });

  it('offers agencies in a flow list and quotes names with commas', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, `${head}tasks:\n  - id: a\n    coordinators: [Sở Nội vụ, ubnd cac|]\n`);
    const list = await ws.service.completion(uri, position);
    const item = list.items.find((i) => i.label === 'UBND các xã, thị trấn');
    expect(item?.textEdit).toMatchObject({ newText: '"UBND các xã, thị trấn"' });
  });

  it('inserts the id when an id is being typed', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, `${head}tasks:\n  - id: a\n    lead: cong-chuc-v|\n`);
    const list = await ws.service.completion(uri, position);
    expect(list.items[0]?.textEdit).toMatchObject({ newText: 'cong-chuc-vhxh' });
  });

  it('offers keys valid at the cursor with their Vietnamese docs, not the ones already there', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, `${head}tasks:\n  - id: a\n    title: Họp báo\n    |\n`);
    const items = (await ws.service.completion(uri, position)).items;
    const labels = items.map((i) => i.label);
    expect(labels).toContain('lead');
    expect(labels).toContain('timeframe');
    expect(labels).not.toContain('id');
    expect(labels).not.toContain('title');
    const lead = items.find((i) => i.label === 'lead');
    expect(lead?.detail).toBe('Cơ quan chủ trì');
    expect(JSON.stringify(lead?.documentation)).toContain('Cơ quan chủ trì / thực hiện');
  });

  it('gives English docs with locale en', async () => {
    const ws = await workspace({ settings: { locale: 'en' } });
    const { uri, position } = ws.open(COMMUNE, `${head}tasks:\n  - id: a\n    le|\n`);
    const lead = (await ws.service.completion(uri, position)).items.find((i) => i.label === 'lead');
    expect(lead?.detail).toBe('Lead agency');
  });

  it('offers top-level keys on an empty line at column 0', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, `${head}|\n`);
    const labels = (await ws.service.completion(uri, position)).items.map((i) => i.label);
    expect(labels).toContain('tasks');
    expect(labels).toContain('reporting');
    expect(labels).not.toContain('title');
  });

  it('offers timeframe phrases of the plan year with their dates', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, `${head}tasks:\n  - id: a\n    timeframe: quy ii|\n`);
    const items = (await ws.service.completion(uri, position)).items;
    const q2 = items.find((i) => i.label === 'Quý II/2024');
    expect(q2?.labelDetails?.description).toBe('01/04/2024 – 30/06/2024');
    expect(items.map((i) => i.label)).not.toContain('Hàng tháng');
  });

  it('offers the parent plan task ids at implements', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, `${head}tasks:\n  - id: a\n    implements: |\n`);
    const items = (await ws.service.completion(uri, position)).items;
    expect(items.map((i) => i.label)).toEqual(['cap-nhat-tthc', 'hoi-thi-cchc']);
    expect(items[1]?.detail).toContain('Hội thi tuyên truyền CCHC');
  });

  it('offers legal references known in the workspace at ref', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, `${head}tasks: []\nlegalBases:\n  - type: Quyết định\n    ref: 20|\n`);
    const items = (await ws.service.completion(uri, position)).items;
    expect(items.map((i) => i.label)).toContain('2074/QĐ-UBND');
  });

  it('offers the legal references of a plan let go after its check, without reading it again, and follows its changes', async () => {
    const files = fixtureFiles();
    const other = `${ROOT}/xa-khac.kehoach.yaml`;
    const commune = fixtureText(COMMUNE);
    files.set(other, commune.replace('    ref: 07/KH-UBND', '    ref: 99/QĐ-UBND'));
    const reads: string[] = [];
    const ws = await workspace({ files, fs: { readFile: async (p) => (reads.push(p), files.get(p)) } });
    for (const p of ws.service.knownPaths()) await ws.service.diagnostics(p);
    reads.length = 0;
    const { uri, position } = ws.open(COMMUNE, `${head}tasks: []\nlegalBases:\n  - type: Quyết định\n    ref: 9|\n`);
    expect((await ws.service.completion(uri, position)).items.map((i) => i.label)).toContain('99/QĐ-UBND');
    expect(reads).not.toContain(other);
    // The file changes on disk: its facts are read again.
    files.set(other, commune.replace('    ref: 07/KH-UBND', '    ref: 98/QĐ-UBND'));
    await ws.service.fileChanged(other, 'changed');
    const labels = (await ws.service.completion(uri, position)).items.map((i) => i.label);
    expect(labels).toContain('98/QĐ-UBND');
    expect(labels).not.toContain('99/QĐ-UBND');
  });

  it('offers enum values', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, head.replace('level: commune', 'level: |'));
    const labels = (await ws.service.completion(uri, position)).items.map((i) => i.label);
    expect(labels).toEqual(['central', 'province', 'district', 'commune']);
  });

  it('offers a whole new task under tasks:', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, `${head}tasks:\n  |\n`);
    const items = (await ws.service.completion(uri, position)).items;
    const task = items.find((i) => i.label === 'Nhiệm vụ mới');
    // The commune plan has no plan-wide reporting above the cursor's task: the task gets its own report path.
    expect(task?.textEdit?.newText).toBe(
      '- id: ${1:nhiem-vu-1}\n    title: ${2:Tên nhiệm vụ}\n    lead: ${3:Cơ quan chủ trì}\n    timeframe: ${4:Thường xuyên trong năm}\n    report:\n      to: ${5:Cơ quan nhận báo cáo}\n      due: ${6:Trước ngày 15/12/2024}$0',
    );
  });

  it('leaves the report path out of a new task when the plan has reporting', async () => {
    const ws = await workspace();
    const { uri, position } = ws.open(COMMUNE, `${head}reporting:\n  - to: UBND huyện\ntasks:\n  |\n`);
    const task = (await ws.service.completion(uri, position)).items.find((i) => i.label === 'Nhiệm vụ mới');
    expect(task?.textEdit?.newText).not.toContain('report:');
  });

  it('gives plain text to clients without snippets', async () => {
    const ws = await workspace({ snippets: false });
    const { uri, position } = ws.open(COMMUNE, `${head}tasks:\n  - |\n`);
    const task = (await ws.service.completion(uri, position)).items.find((i) => i.label === 'Nhiệm vụ mới');
    expect(task?.insertTextFormat).toBe(1);
    expect(task?.textEdit?.newText).toBe(
      'id: nhiem-vu-1\n    title: Tên nhiệm vụ\n    lead: Cơ quan chủ trì\n    timeframe: Thường xuyên trong năm\n    report:\n      to: Cơ quan nhận báo cáo\n      due: Trước ngày 15/12/2024',
    );
  });

  it('offers nothing inside comments and block text', async () => {
    const ws = await workspace();
    const a = ws.open(COMMUNE, `${head}# lead: phong|\n`);
    expect((await ws.service.completion(a.uri, a.position)).items).toEqual([]);
    const block = `${head}tasks:\n  - id: a\n    content: >-\n      Tuyên truyền\n      lead: phong van hoa\n`;
    ws.open(COMMUNE, block);
    const line = block.split('\n').findIndex((l) => l.includes('lead: phong'));
    expect((await ws.service.completion(a.uri, { line, character: 25 })).items).toEqual([]);
  });
});
