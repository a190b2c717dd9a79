import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/project/host.js';
import { Project } from '../../src/project/project.js';

/**
 * A task's own values are remembered by task object (model/tasks.ts): after an edit
 * elsewhere the task is the object read before. What it inherits from the plan (its
 * timeframe, its report path) must still follow the plan's edits, and what it
 * inherits from a group must follow the group's.
 */
describe('task views while the plan is edited', () => {
  const path = '/w/ke-hoach.kehoach.yaml';
  const tasks = Array.from({ length: 20 }, (_, i) => `  - id: viec-${i + 1}\n    title: Rà soát thủ tục hành chính đợt ${i + 1}\n    lead: Phòng Nội vụ\n`).join('');
  const group = `  - id: nhom\n    title: Nhóm nhiệm vụ tuyên truyền\n    lead: Phòng Tư pháp\n    items:\n      - id: con-1\n        title: Tuyên truyền trên Cổng thông tin\n      - id: con-2\n        title: Tuyên truyền trên sóng phát thanh\n        lead: Phòng Văn hóa và Thông tin\n`;
  const v1 = `kind: plan\nyear: 2026\ntitle: Kế hoạch năm 2026\ntimeframe: Trong năm 2026\nreporting:\n  - to: Ủy ban nhân dân huyện\n    due: trước ngày 15/12/2026\ntasks:\n${tasks}${group}`;

  const views = async (project: Project, text: string) => {
    const r = await project.analyze(path, text);
    return (r?.analysis.tasks() ?? []).map((v) => ({
      id: v.task.id,
      leads: v.leads.join(', '),
      from: v.leadSource,
      timeframe: typeof v.timeframe?.value === 'string' ? `${v.timeframe.value} (${v.timeframe.source})` : undefined,
      report: v.report ? `${String(v.report.value.to)} ${String(v.report.value.due)} (${v.report.source})` : undefined,
    }));
  };

  it('follows the plan timeframe, the plan report path and a group lead edited after the tasks were seen', async () => {
    const project = new Project(new MemoryHost({}, '/w'));
    const before = await views(project, v1);
    expect(before.find((v) => v.id === 'viec-7')).toEqual({ id: 'viec-7', leads: 'Phòng Nội vụ', from: 'task', timeframe: 'Trong năm 2026 (plan)', report: 'Ủy ban nhân dân huyện trước ngày 15/12/2026 (plan)' });
    expect(before.filter((v) => v.id.startsWith('con-')).map((v) => `${v.id}: ${v.leads} (${v.from})`)).toEqual(['con-1: Phòng Tư pháp (group)', 'con-2: Phòng Văn hóa và Thông tin (task)']);

    // The plan's report path changes (re-read alone, every task kept as it was), then its timeframe.
    const v2a = v1.replace('trước ngày 15/12/2026', 'trước ngày 20/12/2026');
    expect((await views(project, v2a)).find((v) => v.id === 'viec-7')?.report).toBe('Ủy ban nhân dân huyện trước ngày 20/12/2026 (plan)');
    expect((await project.analyze(path, v2a))?.analysis.source.incremental).toBe(true);
    const v2 = v2a.replace('timeframe: Trong năm 2026\n', 'timeframe: Quý IV/2026\n');
    const after = await views(project, v2);
    expect(after.find((v) => v.id === 'viec-7')).toEqual({ id: 'viec-7', leads: 'Phòng Nội vụ', from: 'task', timeframe: 'Quý IV/2026 (plan)', report: 'Ủy ban nhân dân huyện trước ngày 20/12/2026 (plan)' });

    // A task edited in place, then the group's lead.
    const v3 = v2.replace('đợt 7\n    lead: Phòng Nội vụ\n', 'đợt 7\n    lead: Phòng Tư pháp\n    timeframe: Quý II/2026\n');
    expect((await views(project, v3)).find((v) => v.id === 'viec-7')).toMatchObject({ leads: 'Phòng Tư pháp', timeframe: 'Quý II/2026 (task)' });
    const v4 = v3.replace('    lead: Phòng Tư pháp\n    items:', '    lead: Văn phòng HĐND và UBND\n    items:');
    expect((await views(project, v4)).filter((v) => v.id.startsWith('con-')).map((v) => `${v.id}: ${v.leads} (${v.from})`)).toEqual([
      'con-1: Văn phòng HĐND và UBND (group)',
      'con-2: Phòng Văn hóa và Thông tin (task)',
    ]);
    // Every view is the one a fresh project computes for the same text.
    expect(await views(project, v4)).toEqual(await views(new Project(new MemoryHost({}, '/w')), v4));
  });
});
