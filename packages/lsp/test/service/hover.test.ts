import { describe, expect, it } from 'vitest';
import { COMMUNE, fixtureText, workspace } from '../helpers.js';

const commune = fixtureText(COMMUNE);
const at = (marker: string, replacement: string): string => commune.replace(marker, replacement);

async function hoverText(text: string, settings: Record<string, unknown> = {}): Promise<string> {
  const ws = await workspace({ settings });
  const { uri, position } = ws.open(COMMUNE, text);
  const h = await ws.service.hover(uri, position);
  return h ? (h.contents as { value: string }).value : '';
}

describe('hover', () => {
  it('explains a key in Vietnamese, or English', async () => {
    expect(await hoverText(at('    timeframe: Quý II', '    timefr|ame: Quý II'))).toContain('**Thời gian thực hiện** (`timeframe`)');
    expect(await hoverText(at('    timeframe: Quý II', '    timefr|ame: Quý II'), { locale: 'en' })).toContain('**Timeframe** (`timeframe`)');
  });

  it("shows an agency's full name, kind, aliases and the registry file it comes from", async () => {
    const text = await hoverText(at('  - to: UBND huyện\n    via: Phòng Văn hóa', '  - to: UBND huyện\n    via: Phòng Văn h|óa'));
    expect(text).toContain('**Phòng Văn hóa và Thông tin**');
    expect(text).toContain('`phong-vhtt`');
    expect(text).toContain('Sở, phòng, ban');
    expect(text).toContain('Phòng Văn hoá và Thông tin');
    expect(text).toMatch(/agencies\.yaml:\d+ \(registry\)/);
  });

  it('resolves an agency written in NFD', async () => {
    const nfd = 'Công chức Văn hóa - Xã hội'.normalize('NFD');
    const text = await hoverText(at('    lead: Công chức Văn hóa - Xã hội', `    lead: |${nfd}`));
    expect(text).toContain('`cong-chuc-vhxh`');
  });

  it('says when an agency is unknown, with suggestions', async () => {
    const text = await hoverText(at('    lead: ubnd-xa', '    lead: Công chức Văn hoá|'));
    expect(text).toContain('không có trong danh mục');
    expect(text).toContain('Công chức Văn hóa - Xã hội');
  });

  it('resolves a timeframe phrase to dates', async () => {
    const text = await hoverText(at('timeframe: Quý II/2024', 'timeframe: Quý I|I/2024'));
    expect(text).toContain('Từ ngày: 01/04/2024');
    expect(text).toContain('Đến ngày: 30/06/2024');
  });

  it("splits a legal reference into its parts with the basis' details", async () => {
    const text = await hoverText(at('    ref: 07/KH-UBND\n    date', '    ref: 07/KH-U|BND\n    date'));
    expect(text).toContain('Loại văn bản: Kế hoạch (`KH`)');
    expect(text).toContain('Số: 07');
    expect(text).toContain('Ký hiệu cơ quan ban hành: UBND');
    expect(text).toContain('ngày 17/01/2024');
    expect(text).toContain('của UBND tỉnh Quảng Ngãi');
  });

  it("shows a task's resolved report path and where it comes from", async () => {
    const text = await hoverText(at('  - id: tap-huan-cchc', '  - id: tap-huan|-cchc'));
    expect(text).toContain('Báo cáo: cho UBND huyện, qua Phòng Văn hóa và Thông tin, hạn trước ngày 20/11/2024 (theo mục chung của kế hoạch)');
    expect(text).toContain('Thời gian: Quý II/2024 → 01/04/2024 – 30/06/2024 (ghi ở nhiệm vụ)');
  });

  it('shows the parent task an implements value names', async () => {
    const text = await hoverText(at('implements: cap-nhat-tthc', 'implements: cap-nhat|-tthc'));
    expect(text).toContain('Thực hiện nhiệm vụ của kế hoạch cấp trên');
    expect(text).toContain('Rà soát, cập nhật, công khai các TTHC');
  });

  it("explains the rule of a diagnostic under the cursor, with its docs link", async () => {
    const text = await hoverText(at('  - id: tap-huan-cchc', '  - id: tap-huan-|cchc').replace('    lead: ubnd-xa\n', ''));
    expect(text).toContain('**task-lead-required**');
    expect(text).toContain('Luật thứ nhất của kế hoạch');
    expect(text).toContain('(file:///docs/rules/task-lead-required.md)');
  });
});
