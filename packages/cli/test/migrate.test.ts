import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, workspace } from './helpers.js';
import { installTemplates } from './template-fixtures.js';

/** The Bình Sơn seed (2024, district level), over the 2024 district template. */
const BINH_SON = `kind: plan
extends: "@kehoach/template-district-2024@^1.0.0"
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  agency: ubnd-huyen
  level: district
  parent: UBND tỉnh Quảng Ngãi
place: Bình Sơn
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn
patch:
  tasks:
    theo-doi-tong-hop:
      # Phòng Văn hóa và Thông tin làm đầu mối (mục V.1 của kế hoạch).
      lead: Phòng Văn hoá và Thông tin
tasks:
  - id: hoi-thi-chuyen-doi-so
    title: Tổ chức Hội thi tuyên truyền về Chuyển đổi số gắn với cải cách hành chính huyện Bình Sơn
    lead: Phòng Văn hoá và Thông tin
    coordinators:
      - Phòng Nội vụ
      - Văn phòng HĐND và UBND
    timeframe: Trong Quý II năm 2024
reporting:
  - to: UBND huyện
    via: 'Phòng Văn hóa và Thông tin'
    due: trước ngày 25/11/2024
`;

/** The Tây Ninh seed's tasks reused for 2026, naming departments that merged on 1 March 2025. */
const TAY_NINH = `kind: plan
extends: "@kehoach/template-province-2024@^1.0.0"
issuer:
  name: Ủy ban nhân dân tỉnh Tây Ninh
year: 2026
title: Thông tin, tuyên truyền cải cách hành chính năm 2026 trên địa bàn tỉnh Tây Ninh
tasks:
  - id: chuyen-doi-so-10-10
    title: Tổ chức các hoạt động, sự kiện tuyên truyền về chuyển đổi số nhân ngày Chuyển đổi số quốc gia 10-10
    lead: Sở Thông tin và Truyền thông
    coordinators: [Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường]
    timeframe: Quý IV/2026
`;

describe('kehoach migrate', () => {
  it('moves a district plan onto the commune template, mapping merged agencies, keeping comments', async () => {
    const root = workspace({ 'binh-son.kehoach.yaml': BINH_SON });
    installTemplates(root, 'district-2024', 'commune');
    const r = await run(['migrate', 'binh-son.kehoach.yaml', '--locale', 'en'], root);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      'Migrating binh-son.kehoach.yaml: @kehoach/template-district-2024@^1.0.0 -> @kehoach/template-commune@^1.0.0',
      '  binh-son.kehoach.yaml:5:11: "ubnd-huyen" -> "ubnd-xa"',
      '  binh-son.kehoach.yaml:6:10: "district" -> "commune"',
      '  binh-son.kehoach.yaml:15:13: "Phòng Văn hoá và Thông tin" -> "Phòng Văn hóa - Xã hội"',
      '  binh-son.kehoach.yaml:19:11: "Phòng Văn hoá và Thông tin" -> "Phòng Văn hóa - Xã hội"',
      '  binh-son.kehoach.yaml:21:9: "Phòng Nội vụ" not mapped: phong-noi-vu ended on 30/06/2025 and the template names no successor; choose an agency of @kehoach/template-commune',
      '  binh-son.kehoach.yaml:25:9: "UBND huyện" -> "UBND xã"',
      "  binh-son.kehoach.yaml:26:10: \"Phòng Văn hóa và Thông tin\" -> \"Phòng Văn hóa - Xã hội\"",
      '6 reference(s) mapped, 1 not mapped; wrote binh-son.kehoach.yaml.',
      '',
    ]);
    expect(r.code).toBe(1);
    const text = readFileSync(join(root, 'binh-son.kehoach.yaml'), 'utf8');
    expect(text).toContain('extends: "@kehoach/template-commune@^1.0.0"\n');
    expect(text).toContain('      # Phòng Văn hóa và Thông tin làm đầu mối (mục V.1 của kế hoạch).\n      lead: Phòng Văn hóa - Xã hội\n');
    expect(text).toContain("    via: 'Phòng Văn hóa - Xã hội'\n");
    expect(text).toContain('      - Phòng Nội vụ\n');
    expect(text).toContain('  level: commune\n');
  });

  it('maps the province departments merged in 2025 and changes nothing in a dry run', async () => {
    const root = workspace({ 'tay-ninh.kehoach.yaml': TAY_NINH });
    installTemplates(root, 'province-2024', 'province');
    const before = await run(['validate', 'tay-ninh.kehoach.yaml', '--format', 'json', '--locale', 'en'], root);
    const ended = (JSON.parse(before.stdout)[0].messages as { ruleId: string; message: string }[]).filter((d) => d.ruleId === 'agency-known' && !d.message.includes('<'));
    expect(ended.map((d) => d.message).join('\n')).toContain('Sở Thông tin và Truyền thông');
    const dry = await run(['migrate', 'tay-ninh.kehoach.yaml', '--dry-run'], root);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('"Sở Thông tin và Truyền thông" -> "Sở KH&CN"');
    expect(dry.stdout).toContain('"Sở Kế hoạch và Đầu tư" -> "Sở Tài chính"');
    expect(dry.stdout).toContain('"Sở Tài nguyên và Môi trường" -> "Sở NN&MT"');
    expect(dry.stdout).toContain('(chạy thử, chưa ghi tệp)');
    expect(readFileSync(join(root, 'tay-ninh.kehoach.yaml'), 'utf8')).toBe(TAY_NINH);

    const r = await run(['migrate', 'tay-ninh.kehoach.yaml'], root);
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, 'tay-ninh.kehoach.yaml'), 'utf8');
    expect(text).toContain('    lead: Sở KH&CN\n    coordinators: [Sở Tài chính, Sở NN&MT]\n');
    expect(text).toContain('extends: "@kehoach/template-province@^1.0.0"');
    const v = await run(['validate', 'tay-ninh.kehoach.yaml', '--format', 'json'], root);
    const diags = JSON.parse(v.stdout)[0].messages as { ruleId: string; message: string }[];
    // What is left to do is filling the new template's blanks, not broken references.
    expect(diags.filter((d) => d.ruleId !== 'template-placeholder' && !d.message.includes('<') && d.ruleId !== 'template-parameter-override').map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
  });

  it('needs a target when the template names no successor', async () => {
    const root = workspace({ 'a.kehoach.yaml': TAY_NINH.replace('@kehoach/template-province-2024@^1.0.0', '@kehoach/template-province@^1.0.0') });
    installTemplates(root, 'province');
    const r = await run(['migrate', 'a.kehoach.yaml', '--locale', 'en'], root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Name the target template: kehoach migrate a.kehoach.yaml --to');
  });
});
