import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/project/host.js';
import { Project } from '../../src/project/project.js';

/**
 * Tasks found clean are remembered by task object and registry (request-for-external):
 * a lead typed into a task, or a registry that changes, is still judged.
 */
describe('request-for-external while typing', () => {
  const registry = (mttqKind: string) =>
    `kind: registry\nagencies:\n  - { id: phong-noi-vu, name: Phòng Nội vụ, kind: department, level: district }\n  - { id: ubmttq-huyen, name: Ủy ban Mặt trận Tổ quốc Việt Nam huyện, kind: ${mttqKind}, level: district }\n`;
  const tasks = Array.from({ length: 20 }, (_, i) => `  - id: viec-${i + 1}\n    title: Rà soát thủ tục hành chính đợt ${i + 1}\n    lead: Phòng Nội vụ\n`).join('');
  const v1 = `kind: plan\nregistry: ./agencies.yaml\nyear: 2026\ntitle: Kế hoạch năm 2026\ntasks:\n${tasks}`;
  const path = '/w/ke-hoach.kehoach.yaml';
  const found = async (project: Project, text: string): Promise<string[]> => {
    const r = await project.check(path, text);
    return (r?.diagnostics ?? []).filter((d) => d.ruleId === 'request-for-external').map((d) => `${d.messageId} ${d.range.start.line + 1}`);
  };

  it('reports a mass organisation typed in as a lead, after clean versions, and forgets it once fixed', async () => {
    const host = new MemoryHost({ '/w/agencies.yaml': registry('mass-organisation'), [path]: v1 }, '/w');
    const project = new Project(host);
    expect(await found(project, v1)).toEqual([]);
    const v2 = v1.replace('đợt 12\n    lead: Phòng Nội vụ\n', 'đợt 12\n    lead: Ủy ban Mặt trận Tổ quốc Việt Nam huyện\n');
    expect(await found(project, v2)).toEqual(['externalLead 41']);
    const v3 = v2.replace('đợt 3\n', 'đợt ba\n');
    expect(await found(project, v3)).toEqual(['externalLead 41']);
    const v4 = v3.replace('đợt 12\n    lead: Ủy ban', 'đợt 12\n    request: Ủy ban');
    expect(await found(project, v4)).toEqual([]);
  });

  it('judges clean tasks again when the registry changes', async () => {
    const v2 = v1.replace('đợt 12\n    lead: Phòng Nội vụ\n', 'đợt 12\n    lead: Ủy ban Mặt trận Tổ quốc Việt Nam huyện\n');
    const host = new MemoryHost({ '/w/agencies.yaml': registry('department'), [path]: v2 }, '/w');
    const project = new Project(host);
    expect(await found(project, v2)).toEqual([]);
    // The same plan text (the same task objects), another registry.
    host.files.set('/w/agencies.yaml', registry('mass-organisation'));
    project.invalidate('/w/agencies.yaml');
    expect(await found(project, v2)).toEqual(['externalLead 41']);
  });
});
