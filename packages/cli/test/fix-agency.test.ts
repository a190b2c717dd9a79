import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registry, run, workspace } from './helpers.js';

const AGENCIES = registry(['ubnd-huyen', 'phong-noi-vu', 'phong-tu-phap', 'phong-vhtt', 'phong-kt', 'phong-kthtdt'], 'binh-son');

/** Three agency names the registry does not know, each with "Có phải là ...?". */
const PLAN = `kind: plan
registry: ./agencies.yaml
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
reporting:
  - to: UBND huyện
    due: trước ngày 25/11/2024
tasks:
  - id: a
    title: Việc A
    lead: Phòng Tư phap
    timeframe: Trong năm 2024
  - id: b
    title: Việc B
    lead: Phòng Kinh te Ha tang
    timeframe: Trong năm 2024
  - id: c
    title: Việc C
    lead: Phòng Nội chính
    timeframe: Trong năm 2024
`;

describe('kehoach validate --fix and agency names', () => {
  it('applies the one unambiguous name, never a choice between two nor a name further off, and says so', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': PLAN });
    const before = await run(['validate'], root);
    expect(before.stdout).toContain('1 có thể sửa tự động bằng --fix');

    const fixed = await run(['validate', '--fix'], root);
    const text = readFileSync(join(root, 'ke-hoach.kehoach.yaml'), 'utf8');
    // "Phòng Tư phap": one candidate, the same name but for a tone mark.
    expect(text).toContain('    lead: Phòng Tư pháp\n');
    // Two candidates ("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế"): the author chooses.
    expect(text).toContain('    lead: Phòng Kinh te Ha tang\n');
    // One candidate, but another name ("Phòng Nội vụ" is not "Phòng Nội chính"): left alone.
    expect(text).toContain('    lead: Phòng Nội chính\n');
    expect(fixed.code).toBe(1);
    expect(fixed.stderr).toBe('Đã áp dụng 1 bản sửa trong 1 tệp. Còn 2 chỗ chỉ có gợi ý, cần người viết chọn (xem gợi ý trong trình soạn thảo, hoặc kehoach validate).\n');

    // Nothing left to fix: one line says so, in the language asked for.
    const again = await run(['validate', '--fix', '--locale', 'en'], root);
    expect(again.stderr).toBe('Nothing could be fixed automatically. 2 problem(s) only have suggestions for the author to choose from (see them in the editor, or kehoach validate).\n');
  });

  it('says in one line that a clean project had nothing to fix', async () => {
    const root = workspace({ 'agencies.yaml': AGENCIES, 'ke-hoach.kehoach.yaml': PLAN.replace(/    lead: .*\n/g, '    lead: Phòng Nội vụ\n') });
    const r = await run(['validate', '--fix'], root);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stderr).toBe('Không có chỗ nào sửa tự động được.\n');
  });
});
