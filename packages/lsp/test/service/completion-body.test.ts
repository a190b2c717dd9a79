import { describe, expect, it } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-types';
import { fixtureFiles, fixtureText, workspace } from '../helpers.js';

const PLAN = 'tinh.kehoach.yaml';
const CHILD = 'xa.kehoach.yaml';
const plan = fixtureText(PLAN, 'document');
const child = fixtureText(CHILD, 'document');

/** `plan` with `from` replaced by `to` (which holds the cursor marker); fails loudly when `from` is not there. */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return text.replace(from, to);
}

async function complete(text: string, options: Parameters<typeof workspace>[0] = {}, name = PLAN): Promise<CompletionItem[]> {
  const ws = await workspace({ files: fixtureFiles('document'), ...options });
  const { uri, position } = ws.open(name, text);
  return (await ws.service.completion(uri, position)).items;
}

const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);

describe('completion of keys inside body items', () => {
  it('a heading gets the keys of a heading, not those of a task', async () => {
    const items = await complete(edit(plan, '      - heading: Yêu cầu\n', '      - heading: Yêu cầu\n        |\n'));
    expect(labels(items).sort()).toEqual(['id', 'number', 'numbering']);
  });

  it('a task inside a group gets task keys, without the template-only after/before, and never lead next to request', async () => {
    const task = labels(await complete(edit(plan, '            coordinators: [Sở Tài chính]\n', '            coordinators: [Sở Tài chính]\n            |\n')));
    expect(task).toEqual(expect.arrayContaining(['lead', 'request', 'timeframe', 'report', 'implements', 'outputs']));
    expect(task).not.toContain('heading');
    expect(task).not.toContain('after');
    expect(task).not.toContain('coordinators');
    const request = labels(await complete(edit(plan, '        request: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n', '        request: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n        |\n')));
    expect(request).toContain('coordinators');
    expect(request).not.toContain('lead');
  });

  it('a target gets its measure keys and a table its own', async () => {
    const target = labels(await complete(edit(plan, '        timeframe: Đến năm 2030\n', '        timeframe: Đến năm 2030\n        |\n')));
    expect(target).toEqual(expect.arrayContaining(['per', 'of', 'id']));
    expect(target).not.toContain('title');
    const table = labels(await complete(edit(plan, '          columns:\n', '          |\n          columns:\n')));
    expect(table.sort()).toEqual(['caption', 'head', 'id', 'landscape', 'numbering']);
  });

  it('an empty item offers the keys that say what it is, and whole new items in Vietnamese', async () => {
    const items = await complete(edit(plan, '      - task: dao-tao-truc-tuyen\n', '      - |\n'));
    expect(labels(items)).toEqual([
      'heading', 'id', 'task', 'target', 'reporting', 'table', 'text',
      'Mục mới (tiêu đề)', 'Nhiệm vụ mới', 'Nhóm nhiệm vụ mới', 'Đề nghị cơ quan ngoài thẩm quyền', 'Chỉ tiêu mới', 'Bảng nhiệm vụ mới', 'Đường báo cáo mới',
    ]);
    const group = items.find((i) => i.label === 'Nhóm nhiệm vụ mới');
    // The plan has 10 tasks and groups: the new ids do not collide with them.
    expect(group?.textEdit?.newText).toBe(
      [
        'id: ${1:nhom-nhiem-vu-11}',
        '        title: ${2:Tên nhóm nhiệm vụ}',
        '        lead: ${3:Cơ quan chủ trì}',
        '        timeframe: ${4:Thường xuyên}',
        '        items:',
        '          - id: ${5:nhiem-vu-11}',
        '            title: ${6:Tên nhiệm vụ}$0',
      ].join('\n'),
    );
    const request = items.find((i) => i.label === 'Đề nghị cơ quan ngoài thẩm quyền');
    expect(request?.textEdit?.newText).toContain('request: ${3:Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh}');
  });

  it('a new task table under a blank line of an appendix list, as plain text for clients without snippets', async () => {
    const text = edit(plan, '  - id: phu-luc-nhiem-vu\n', '  |\n  - id: phu-luc-nhiem-vu\n');
    const items = await complete(text, { snippets: false });
    const appendix = items.find((i) => i.label === 'Phụ lục bảng nhiệm vụ');
    expect(appendix?.insertTextFormat).toBe(1);
    expect(appendix?.textEdit?.newText).toBe(
      [
        '- id: phu-luc-1',
        '    label: PHỤ LỤC',
        '    title: DANH MỤC NHIỆM VỤ',
        '    items:',
        '      - table:',
        '          columns:',
        '            - { field: order, header: STT }',
        '            - { field: title, header: Tên nhiệm vụ }',
        '            - { field: lead, header: Cơ quan chủ trì }',
        '            - { field: coordinators, header: Cơ quan phối hợp }',
        '            - { field: timeframe, header: Thời gian hoàn thành }',
        '            - { field: outputs, header: Sản phẩm }',
        '          rows:',
        '            - id: nhiem-vu-11',
        '              title: Tên nhiệm vụ',
        '              lead: Cơ quan chủ trì',
        '              timeframe: Thời gian hoàn thành',
      ].join('\n'),
    );
  });
});

describe('completion of values inside body items', () => {
  it('after request:, bodies outside the issuer’s authority come first', async () => {
    const items = await complete(edit(plan, '        request: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', '        request: |'));
    expect(labels(items).slice(0, 2).sort()).toEqual(['Tòa án nhân dân tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']);
    expect(labels(items)).toContain('Sở Tài chính');
  });

  it('offers agencies in a to: list, block or flow, and at a target’s lead', async () => {
    const flow = await complete(edit(plan, 'to: [Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ]', 'to: [Ủy ban nhân dân tỉnh, so tai|]'));
    expect(labels(flow)[0]).toBe('Sở Tài chính');
    const block = await complete(edit(plan, 'to: [Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ]', 'to:\n            - Ủy ban nhân dân tỉnh\n            - cac so|'));
    expect(labels(block)[0]).toBe('Các sở, ban, ngành tỉnh');
    const target = await complete(edit(plan, '        lead: Sở Khoa học và Công nghệ\n        timeframe: Đến', '        lead: khoa hoc|\n        timeframe: Đến'));
    expect(labels(target)[0]).toBe('Sở Khoa học và Công nghệ');
  });

  it('counts UTF-16 code units after NFD text in the same flow list', async () => {
    const nfd = 'Ủy ban nhân dân tỉnh'.normalize('NFD');
    const line = `          to: [${nfd}, so tai|]`;
    const items = await complete(edit(plan, '          to: [Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ]', line));
    const edit0 = items[0]?.textEdit as { range: { start: { character: number } }; newText: string };
    expect(edit0.newText).toBe('Sở Tài chính');
    expect(edit0.range.start.character).toBe(line.indexOf('so tai'));
  });

  it('finds "Phòng Văn hóa và Thông tin" however the tone mark is placed', async () => {
    const typed = await complete(edit(child, '        lead: Phòng Văn hoá và Thông tin', '        lead: Phòng Văn hoá|'), {}, CHILD);
    expect(labels(typed)[0]).toBe('Phòng Văn hóa và Thông tin');
    const bare = await complete(edit(child, '        lead: Phòng Văn hoá và Thông tin', '        lead: phong van hoa|'), {}, CHILD);
    expect(labels(bare)[0]).toBe('Phòng Văn hóa và Thông tin');
  });

  it('offers the plan’s task ids after task:, appendix rows and groups included, with their titles', async () => {
    const items = await complete(edit(plan, '      - task: dao-tao-truc-tuyen', '      - task: dao|'));
    expect(labels(items)).toEqual(['dao-tao-truc-tuyen']);
    expect(items[0]?.detail).toBe('Mở lớp đào tạo trực tuyến về kỹ năng số');
    expect(JSON.stringify(items[0]?.documentation)).toContain('Sở KH&CN');
    const all = await complete(edit(plan, '      - task: dao-tao-truc-tuyen', '      - task: |'));
    expect(labels(all)).toEqual(expect.arrayContaining(['nang-cao-nhan-thuc', 'so-tai-chinh', 'giam-sat-thuc-hien', 'nen-tang-dung-chung']));
  });

  it('offers the parent plan’s task ids at implements inside a group, the parent’s appendix rows included', async () => {
    const items = await complete(edit(child, '            implements: [dao-tao-truc-tuyen]', '            implements: [|]'), {}, CHILD);
    expect(labels(items)).toEqual(expect.arrayContaining(['dao-tao-truc-tuyen', 'cam-nang-so', 'hoi-thao-chuyen-doi-so']));
    expect(labels(items)).not.toContain('nang-cao-nhan-thuc');
  });

  it('offers table fields, numbering styles by place, signing authorities and citation verbs, each with what it means', async () => {
    const field = await complete(edit(plan, '{ field: lead, header: Cơ quan chủ trì }', '{ field: |, header: Cơ quan chủ trì }'));
    expect(labels(field)).toEqual(['order', 'title', 'content', 'lead', 'request', 'coordinators', 'timeframe', 'outputs', 'funding', 'note', 'target', 'value', 'unit']);
    expect(field.find((i) => i.label === 'order')?.detail).toBe('STT (số thứ tự)');
    const heading = await complete(edit(plan, '        numbering: letter', '        numbering: |'));
    expect(labels(heading)).toEqual(['roman', 'decimal', 'outline', 'letter', 'dash', 'plus', 'none']);
    expect(heading.find((i) => i.label === 'letter')?.detail).toBe('a), b), c), d), đ), e)...');
    const table = await complete(edit(plan, '          columns:\n', '          numbering: |\n          columns:\n'));
    expect(labels(table)).toEqual(['continuous', 'per-group', 'outline']);
    const authority = await complete(edit(plan, '{ authority: KT, for: Chủ tịch }', '{ authority: |, for: Chủ tịch }'));
    expect(labels(authority)).toEqual(['TM', 'KT', 'Q', 'TL', 'TUQ']);
    expect(authority.find((i) => i.label === 'KT')?.detail).toContain('ký thay');
    const verb = await complete(edit(plan, '  - verb: trien-khai', '  - verb: |'));
    expect(labels(verb)).toEqual(['can-cu', 'thuc-hien', 'trien-khai', 'theo-de-nghi', 'xet-de-nghi']);
    expect(verb.find((i) => i.label === 'theo-de-nghi')?.detail).toContain('Tờ trình');
    // Typing the Vietnamese words finds the value.
    expect(labels(await complete(edit(plan, '  - verb: trien-khai', '  - verb: xet de|')))).toEqual(['xet-de-nghi']);
  });

  it('offers timeframe phrases for each due of a list, dated inside the plan period', async () => {
    const items = await complete(edit(plan, 'due: [trước ngày 15/6 hằng năm', 'due: [quy ii|'));
    const q2 = items.find((i) => i.label === 'Quý II/2026');
    expect(q2?.labelDetails?.description).toBe('01/04/2026 – 30/06/2026');
  });
});
