import { describe, expect, it } from 'vitest';
import { COMMUNE, PROVINCE, fixtureText, workspace } from '../helpers.js';

const commune = fixtureText(COMMUNE);

describe('document symbols', () => {
  it('outlines sections, tasks by id and title, duties by agency', async () => {
    const ws = await workspace();
    const text = `${commune}duties:\n  - agency: cong-chuc-tp-ht\n    tasks:\n      - id: pho-bien-phap-luat\n        title: Lồng ghép tuyên truyền CCHC\n`;
    const { uri } = ws.open(COMMUNE, text);
    const symbols = await ws.service.documentSymbols(uri);
    expect(symbols.map((s) => s.name)).toEqual([
      'Loại tệp', 'Cơ quan ban hành', 'Năm kế hoạch', 'Trích yếu', 'Kế hoạch cấp trên', 'Căn cứ', 'Nhiệm vụ', 'Chế độ báo cáo', 'Tổ chức thực hiện',
    ]);
    const tasks = symbols.find((s) => s.detail === 'tasks');
    expect(tasks?.children?.map((c) => [c.name, c.detail])).toEqual([
      ['niem-yet-tthc', 'Niêm yết công khai các TTHC tại Bộ phận Một cửa của xã'],
      ['tap-huan-cchc', 'Tổ chức tập huấn về CCHC cho cán bộ, công chức xã'],
    ]);
    const duties = symbols.find((s) => s.detail === 'duties');
    expect(duties?.children?.[0]?.name).toBe('Công chức Tư pháp - Hộ tịch');
    expect(duties?.children?.[0]?.children?.[0]?.name).toBe('pho-bien-phap-luat');
  });
});

describe('folding', () => {
  it('folds maps, sequences, block text and comment runs', async () => {
    const ws = await workspace();
    const text = `# Kế hoạch của xã\n# năm 2024\n${commune}closing: |\n  Trên đây là Kế hoạch\n  ./.\n`;
    const uri = ws.openRaw(COMMUNE, text);
    const lines = text.split('\n');
    const ranges = await ws.service.foldingRanges(uri);
    const at = (needle: string): number => lines.findIndex((l) => l.startsWith(needle));
    expect(ranges).toContainEqual({ startLine: 0, endLine: 1, kind: 'comment' });
    expect(ranges).toContainEqual({ startLine: at('issuer:'), endLine: at('  code: UBND') });
    expect(ranges).toContainEqual({ startLine: at('tasks:'), endLine: at('reporting:') - 1 });
    expect(ranges).toContainEqual({ startLine: at('  - id: niem-yet-tthc'), endLine: at('  - id: tap-huan-cchc') - 1 });
    expect(ranges).toContainEqual({ startLine: at('closing:'), endLine: at('  ./.') });
  });
});

describe('inlay hints', () => {
  it('shows the dates a timeframe phrase resolves to, and the report path a task inherits', async () => {
    const ws = await workspace();
    const { uri } = ws.open(PROVINCE, fixtureText(PROVINCE));
    const hints = await ws.service.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } });
    const labels = hints.map((h) => h.label);
    expect(labels).toContain('→ 01/04/2024 – 30/09/2024');
    expect(labels).toContain('→ 01/01/2024 – 31/12/2024');
    expect(labels).toContain('báo cáo: cho UBND tỉnh, qua Sở Nội vụ, hạn trước ngày 25/11/2024 (theo mục chung của kế hoạch)');
    const lines = fixtureText(PROVINCE).split('\n');
    const q = hints.find((h) => h.label === '→ 01/04/2024 – 30/09/2024');
    expect(q?.position).toEqual({ line: lines.findIndex((l) => l.includes('Trong quý II, III')), character: lines.find((l) => l.includes('Trong quý II, III'))?.length });
  });

  it('shows a timeframe inherited from the plan', async () => {
    const ws = await workspace();
    const text = fixtureText(PROVINCE).replace('    timeframe: Thường xuyên trong năm\n', '').replace('reporting:', 'timeframe: Trong năm 2024\nreporting:');
    const { uri } = ws.open(PROVINCE, text);
    const hints = await ws.service.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 999, character: 0 } });
    expect(hints.map((h) => h.label)).toContain(
      'thời gian: Trong năm 2024 → 01/01/2024 – 31/12/2024 (theo mục chung của kế hoạch) · báo cáo: cho UBND tỉnh, qua Sở Nội vụ, hạn trước ngày 25/11/2024 (theo mục chung của kế hoạch)',
    );
  });
});
