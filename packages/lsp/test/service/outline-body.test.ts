import { describe, expect, it } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { fixtureFiles, fixtureText, workspace } from '../helpers.js';

const PLAN = 'tinh.kehoach.yaml';
const plan = fixtureText(PLAN, 'document');

/** The outline as indented lines: "name [detail]". */
function tree(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` [${s.detail}]` : ''}`, ...tree(s.children ?? [], depth + 1)]);
}

async function outline(text: string): Promise<{ symbols: DocumentSymbol[]; lines: string[] }> {
  const ws = await workspace({ files: fixtureFiles('document') });
  const { uri } = ws.open(PLAN, text);
  const symbols = await ws.service.documentSymbols(uri);
  return { symbols, lines: tree(symbols) };
}

describe('outline of a plan written as the document', () => {
  it('numbers sections, groups, tasks, targets and table rows as the document prints them, and marks requests', async () => {
    const { symbols } = await outline(plan);
    const part = (detail: string): string[] => tree(symbols.find((s) => s.detail === detail)?.children ?? []);
    expect(part('sections')).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '  1. Mục đích',
      '  2. Yêu cầu',
      'II. MỤC TIÊU',
      '  1. Đến năm 2030 có ít nhất 50% doanh nghiệp nhỏ và vừa dùng nền tảng số',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      '  1. Nâng cao nhận thức về chuyển đổi số [nhóm · nang-cao-nhan-thuc]',
      '    a) Tổ chức hội thảo giới thiệu giải pháp số cho doanh nghiệp [hoi-thao-chuyen-doi-so]',
      '    b) Đăng tin, bài về doanh nghiệp chuyển đổi số tiêu biểu [tin-bai-chuyen-doi-so]',
      // A duty group without a title is named by its lead, as the renderer heads it.
      '  2. Sở Tài chính [nhóm · so-tai-chinh]',
      '    a) Tham mưu bố trí kinh phí thực hiện Kế hoạch [bo-tri-kinh-phi]',
      // The same task shown again takes the title of the appendix row it points at.
      '  3. Mở lớp đào tạo trực tuyến về kỹ năng số [→ dao-tao-truc-tuyen]',
      'IV. TỔ CHỨC THỰC HIỆN',
      '  1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh [đề nghị · nhóm · de-nghi-mttq]',
      '    a) Phối hợp giám sát việc thực hiện Kế hoạch [đề nghị · giam-sat-thuc-hien]',
      '  Báo cáo → Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ',
    ]);
    expect(part('appendices')).toEqual([
      'PHỤ LỤC DANH MỤC NHIỆM VỤ TRỌNG TÂM [phu-luc-nhiem-vu]',
      '  Bảng (4 cột)',
      '    I. ĐÀO TẠO',
      '      1. Mở lớp đào tạo trực tuyến về kỹ năng số [dao-tao-truc-tuyen]',
      '      2. Biên soạn cẩm nang chuyển đổi số [cam-nang-so]',
      '    II. HẠ TẦNG',
      '      3. Xây dựng nền tảng dùng chung cho doanh nghiệp [nen-tang-dung-chung]',
    ]);
    expect(part('decision')).toEqual(['Quyết định 30/QĐ-UBND [Ban hành Kế hoạch hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số giai đoạn 2026 - 2030]']);
    // A legal basis written as a sentence is listed by its words.
    expect(part('legalBases')).toEqual(['Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;', '120/QĐ-UBND [Quyết định]']);
  });

  it('selects the heading, title or lead of each item, so the editor jumps to the line that names it', async () => {
    const { symbols } = await outline(plan);
    const sections = symbols.find((s) => s.detail === 'sections')?.children ?? [];
    const group = sections[2]?.children?.[1];
    const lines = plan.split('\n');
    expect(group?.name).toBe('2. Sở Tài chính');
    expect(lines[group?.selectionRange.start.line ?? -1]).toBe('        lead: Sở Tài chính');
    expect(lines[group?.range.start.line ?? -1]).toBe('      - id: so-tai-chinh');
  });

  it('follows numbering, number and a table’s numbering written in the plan', async () => {
    const text = plan
      .replace('  - heading: MỤC TIÊU\n', '  - heading: MỤC TIÊU\n    number: VI\n')
      .replace('      - heading: Mục đích\n', '      - heading: Mục đích\n        number: "3"\n')
      .replace('  - heading: NHIỆM VỤ, GIẢI PHÁP\n    items:\n', '  - heading: NHIỆM VỤ, GIẢI PHÁP\n    numbering: outline\n    items:\n')
      .replace('          columns:\n', '          numbering: outline\n          columns:\n');
    const { lines } = await outline(text);
    expect(lines).toEqual(expect.arrayContaining(['  I. MỤC ĐÍCH, YÊU CẦU', '    3. Mục đích', '    4. Yêu cầu', '  VI. MỤC TIÊU', '  VII. NHIỆM VỤ, GIẢI PHÁP']));
    expect(lines).toEqual(expect.arrayContaining(['    VII.1. Nâng cao nhận thức về chuyển đổi số [nhóm · nang-cao-nhan-thuc]', '    VII.3. Mở lớp đào tạo trực tuyến về kỹ năng số [→ dao-tao-truc-tuyen]']));
    expect(lines).toEqual(expect.arrayContaining(['      1. ĐÀO TẠO', '        1.1. Mở lớp đào tạo trực tuyến về kỹ năng số [dao-tao-truc-tuyen]', '      2. HẠ TẦNG', '        2.1. Xây dựng nền tảng dùng chung cho doanh nghiệp [nen-tang-dung-chung]']));
  });

  it('selects a title written in NFD to its last UTF-16 code unit', async () => {
    const nfd = 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'.normalize('NFD');
    const text = plan.replace('        title: Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', `        title: ${nfd}`);
    const { symbols } = await outline(text);
    const request = symbols.find((s) => s.detail === 'sections')?.children?.[3]?.children?.[0];
    expect(request?.name).toBe(`1. ${nfd}`);
    const line = text.split('\n').findIndex((l) => l === `        title: ${nfd}`);
    expect(request?.selectionRange).toEqual({ start: { line, character: '        title: '.length }, end: { line, character: `        title: ${nfd}`.length } });
  });

  it('lists half-typed items without throwing', async () => {
    const text = plan.replace('      - task: dao-tao-truc-tuyen\n', '      - \n      - id:\n      - table:\n          columns: []\n');
    const { lines } = await outline(text);
    expect(lines).toContain('  III. NHIỆM VỤ, GIẢI PHÁP');
  });
});
