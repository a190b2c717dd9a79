import { describe, expect, it } from 'vitest';
import { fixtureFiles, fixtureText, workspace } from '../helpers.js';

async function hoverAt(name: string, needle: string, marker: string, settings: Record<string, unknown> = {}): Promise<string> {
  const text = fixtureText(name, 'document');
  if (!text.includes(needle)) throw new Error(`not in the fixture: ${needle}`);
  const ws = await workspace({ files: fixtureFiles('document'), settings });
  const { uri, position } = ws.open(name, text.replace(needle, marker));
  const h = await ws.service.hover(uri, position);
  return h ? (h.contents as { value: string }).value : '';
}

const PLAN = 'tinh.kehoach.yaml';

describe('hover on tasks and groups of the document-shaped body', () => {
  it('a task in a group: what it inherits, from which group, and what it states itself', async () => {
    const text = await hoverAt(PLAN, '- id: hoi-thao-chuyen-doi-so', '- id: hoi-thao|-chuyen-doi-so');
    expect(text).toContain('**Tổ chức hội thảo giới thiệu giải pháp số cho doanh nghiệp**');
    expect(text).toContain('- Chủ trì: Sở Khoa học và Công nghệ (theo nhóm nhiệm vụ "Nâng cao nhận thức về chuyển đổi số")');
    expect(text).toContain('- Phối hợp: Sở Tài chính\n');
    expect(text).toContain('- Thời gian: Hằng năm → 01/01/2026 – 31/12/2030 · mỗi năm (theo nhóm nhiệm vụ "Nâng cao nhận thức về chuyển đổi số")');
    // A report path stated for "Các sở, ban, ngành tỉnh" covers the department leading the task.
    expect(text).toContain(
      '- Báo cáo: từ Các sở, ban, ngành tỉnh, cho Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ, hạn trước ngày 15/6 hằng năm; trước ngày 15/12 hằng năm (theo mục chung của kế hoạch)',
    );
  });

  it('an item of a duty group without a timeframe runs for the plan period', async () => {
    const text = await hoverAt(PLAN, '- id: bo-tri-kinh-phi', '- id: bo-tri|-kinh-phi');
    expect(text).toContain('- Chủ trì: Sở Tài chính (theo nhóm nhiệm vụ "Sở Tài chính")');
    expect(text).toContain('- Thời gian: giai đoạn 2026 - 2030 → 01/01/2026 – 31/12/2030 (cả kỳ kế hoạch)');
  });

  it('a group: what it states, as a group', async () => {
    const text = await hoverAt(PLAN, '- id: nang-cao-nhan-thuc', '- id: nang-cao|-nhan-thuc');
    expect(text).toContain('**Nâng cao nhận thức về chuyển đổi số** — nhóm nhiệm vụ, 2 ý');
    expect(text).toContain('- Chủ trì: Sở Khoa học và Công nghệ (ghi ở nhóm)');
    expect(text).toContain('- Thời gian: Hằng năm → 01/01/2026 – 31/12/2030 · mỗi năm (ghi ở nhóm)');
  });

  it('a request names the bodies asked, and does not ask them for a report path', async () => {
    const text = await hoverAt(PLAN, '- id: giam-sat-thuc-hien', '- id: giam-sat|-thuc-hien');
    expect(text).toContain('- Đề nghị: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (theo nhóm nhiệm vụ "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")');
    expect(text).toContain('- Báo cáo: (không bắt buộc với lời đề nghị)');
    expect(text).not.toContain('Chủ trì');
  });

  it('the title of a task tells the same as its id, in English too', async () => {
    const text = await hoverAt('xa.kehoach.yaml', 'title: Tuyên truyền về chuyển đổi số', 'title: Tuyên truyền| về chuyển đổi số', { locale: 'en' });
    expect(text).toContain('- Lead: Phòng Văn hoá và Thông tin (from its task group "Phòng Văn hoá và Thông tin")');
    expect(text).toContain('- Report: to UBND xã, due trước ngày 10/12/2026 (from its task group "Phòng Văn hoá và Thông tin")');
  });

  it('a task: reference shows the task it points at', async () => {
    const text = await hoverAt(PLAN, '- task: dao-tao-truc-tuyen', '- task: dao-tao|-truc-tuyen');
    expect(text).toContain('Nhắc lại nhiệm vụ `dao-tao-truc-tuyen`');
    expect(text).toContain('**Mở lớp đào tạo trực tuyến về kỹ năng số**');
    expect(text).toContain('- Chủ trì: Sở KH&CN');
    const missing = await hoverAt(PLAN, '- task: dao-tao-truc-tuyen', '- task: khong-co|');
    expect(missing).toContain('Kế hoạch không có nhiệm vụ `khong-co`');
  });

  it('a patch of a plan over a template shows the template’s task', async () => {
    const text = await hoverAt('cchc.kehoach.yaml', '    ra-soat-thu-tuc:', '    ra-soat|-thu-tuc:');
    expect(text).toContain('**Rà soát thủ tục hành chính của xã**');
    expect(text).toContain('Của mẫu: ./mau.template.yaml');
  });
});

describe('hover on agencies of requests and report paths', () => {
  it('a body asked in request: is marked as outside the issuer’s authority', async () => {
    const text = await hoverAt(PLAN, 'request: Ủy ban Mặt trận', 'request: Ủy ban| Mặt trận');
    expect(text).toContain('**Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh**');
    expect(text).toContain('ngoài thẩm quyền của cơ quan ban hành');
  });

  it('a group of agencies lists its members', async () => {
    const text = await hoverAt(PLAN, 'from: Các sở, ban, ngành tỉnh', 'from: Các sở|, ban, ngành tỉnh');
    expect(text).toContain('- Gồm mọi cơ quan loại: Sở, phòng, ban cấp tỉnh');
    expect(text).toContain('- Thành viên trong danh mục (3): Sở Khoa học và Công nghệ; Sở Tài chính; Sở Văn hóa, Thể thao và Du lịch');
  });

  it('an agency of a to: list, and a group listing its members by id', async () => {
    const text = await hoverAt(PLAN, 'to: [Ủy ban nhân dân tỉnh,', 'to: [Ủy ban nhân| dân tỉnh,');
    expect(text).toContain('`ubnd-tinh`');
    const communes = await hoverAt(PLAN, 'from: Các sở, ban, ngành tỉnh', 'from: UBND các xã|, phường, đặc khu');
    expect(communes).toContain('- Thành viên trong danh mục (1): Ủy ban nhân dân xã Bình Sơn');
  });
});
