import { describe, expect, it } from 'vitest';
import { MemoryHost } from '../../src/project/host.js';
import { Project } from '../../src/project/project.js';

const PLAN = `kind: plan
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
reporting:
  - to: UBND huyện
tasks:
  - id: tap-huan
    title: Tổ chức tập huấn nghiệp vụ
    timeframe: Trong năm 2024
`;

describe('Project.check with host settings (an editor’s kehoach.rules)', () => {
  const files = {
    '/ws/kehoach.config.yaml': 'rules:\n  task-lead-required: warn\n',
    '/ws/a.kehoach.yaml': PLAN,
    '/ws/b.kehoach.yaml': PLAN.replace('kind: plan\n', 'kind: plan\nrules:\n  task-lead-required: info\n'),
  };

  it('win over the config files', async () => {
    const project = new Project(new MemoryHost(files, '/ws'));
    const lead = async (settings?: Record<string, 'off' | 'error'>) =>
      (await project.check('/ws/a.kehoach.yaml', undefined, settings))?.diagnostics.filter((d) => d.ruleId === 'task-lead-required').map((d) => d.severity);
    expect(await lead()).toEqual(['warning']);
    expect(await lead({ 'task-lead-required': 'error' })).toEqual(['error']);
    expect(await lead({ 'task-lead-required': 'off' })).toEqual([]);
  });

  it('lose to the plan’s own rules', async () => {
    const project = new Project(new MemoryHost(files, '/ws'));
    const result = await project.check('/ws/b.kehoach.yaml', undefined, { 'task-lead-required': 'off' });
    expect(result?.diagnostics.filter((d) => d.ruleId === 'task-lead-required').map((d) => d.severity)).toEqual(['info']);
  });
});
