import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/project/host.js';
import { Project } from '../../src/project/project.js';

async function messages(files: Record<string, string>, path: string, rule: string): Promise<string[]> {
  const check = await new Project(new MemoryHost(files, '/w')).check(path);
  return (check?.diagnostics ?? []).filter((d) => d.ruleId === rule).map((d) => d.message.vi);
}

const TEMPLATE = `kind: template
id: huyen
level: district
issuer:
  level: district
preamble: Ủy ban nhân dân huyện ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện như sau
tasks:
  - id: tap-huan
    title: Tổ chức các lớp tập huấn, bồi dưỡng về công tác cải cách hành chính cho cán bộ, công chức cấp xã
    lead: Phòng Nội vụ
    timeframe: Trong năm 2024
`;

describe('template-parameter-override', () => {
  it('shows both long values around where they differ, never two values cut to the same prefix', async () => {
    const plan = `kind: plan
extends: ./mau.template.yaml
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
preamble: Ủy ban nhân dân huyện ban hành Kế hoạch tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn như sau
`;
    const [message] = await messages({ '/w/mau.template.yaml': TEMPLATE, '/w/p.kehoach.yaml': plan }, '/w/p.kehoach.yaml', 'template-parameter-override');
    expect(message).toBeDefined();
    const [, value, previous] = /= "(.*)" thay cho giá trị "(.*)" của/.exec(message ?? '') ?? [];
    expect(value).not.toBe(previous);
    expect(value).toContain('Bình Sơn');
    expect(previous).toContain('huyện như sau');
    expect(value?.length).toBeLessThanOrEqual(60);
  });
});

describe('template-placeholder', () => {
  it('calls a blank in a plan that extends no template a blank, not a template blank', async () => {
    const plan = `kind: plan
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
tasks:
  - id: a
    title: Tập huấn
    lead: <Cơ quan chủ trì>
    timeframe: Trong năm 2024
`;
    expect(await messages({ '/w/p.kehoach.yaml': plan }, '/w/p.kehoach.yaml', 'template-placeholder')).toEqual(['Chỗ trống "<Cơ quan chủ trì>" chưa được điền (tasks[a].lead).']);
    const over = `kind: plan\nextends: ./mau.template.yaml\nissuer:\n  name: <Tên huyện>\nyear: 2024\ntitle: Tuyên truyền\n`;
    expect(await messages({ '/w/mau.template.yaml': TEMPLATE, '/w/p.kehoach.yaml': over }, '/w/p.kehoach.yaml', 'template-placeholder')).toEqual([
      'Chỗ trống "<Tên huyện>" của mẫu chưa được điền (issuer.name).',
    ]);
  });
});
