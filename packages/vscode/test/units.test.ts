import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryHost, Project } from '@kehoach/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SEVERITY, countDiagnostics } from '../src/diagnostic-counts.js';
import { format, uiLocale } from '../src/messages.js';
import { isKehoachFile } from '../src/plan-files.js';
import { resolvedPlanText } from '../src/resolved-plan.js';
import { withoutDuplicates } from '../src/yaml-interplay.js';

const examples = join(import.meta.dirname, '../../../examples/invalid');
const read = (name: string): string => readFileSync(join(examples, name), 'utf8');

describe('plan files', () => {
  it('are *.kehoach.yaml, kehoach.config.yaml and YAML that says kind: plan / registry / template', () => {
    expect(isKehoachFile('/w/ke-hoach.kehoach.yaml', 'yaml', '')).toBe(true);
    expect(isKehoachFile('/w/kehoach.config.yaml', 'yaml', 'registry: ./a.yaml')).toBe(true);
    expect(isKehoachFile('/w/binh-son.yaml', 'yaml', '# Kế hoạch\nkind: plan\nyear: 2024\n')).toBe(true);
    expect(isKehoachFile('/w/agencies.yaml', 'yaml', read('agencies.yaml'))).toBe(true);
    expect(isKehoachFile('/w/.github/workflows/ci.yml', 'yaml', 'on: push\njobs: {}\n')).toBe(false);
    expect(isKehoachFile('/w/docker-compose.yaml', 'yaml', 'services:\n  kind: plan-b\n')).toBe(false);
    expect(isKehoachFile('/w/ke-hoach.kehoach.yaml', 'plaintext', '')).toBe(false);
  });
});

describe('status bar counts', () => {
  it('adds up kehoach errors and warnings over every file, and nothing from other tools', () => {
    const counts = countDiagnostics([
      ['a', [{ severity: SEVERITY.error, source: 'kehoach' }, { severity: SEVERITY.warning, source: 'kehoach' }, { severity: SEVERITY.error, source: 'yaml-schema' }]],
      ['b', [{ severity: SEVERITY.error, source: 'kehoach' }, { severity: SEVERITY.information, source: 'kehoach' }, { severity: SEVERITY.hint, source: 'kehoach' }]],
    ]);
    expect(counts).toEqual({ errors: 2, warnings: 1 });
  });
});

describe('next to the YAML extension', () => {
  const diags = [{ code: 'yaml-syntax' }, { code: 'schema' }, { code: 'unknown-key' }, { code: 'task-lead-required' }, { code: { value: 'agency-known', target: 'x' } }];
  const codes = (ds: typeof diags): string[] => ds.map((d) => (typeof d.code === 'object' ? d.code.value : d.code));

  it('keeps every diagnostic when the YAML extension is not active', () => {
    expect(withoutDuplicates('/w/a.kehoach.yaml', diags, false)).toEqual(diags);
  });

  it('leaves syntax errors to it everywhere and schema errors where its schema association applies', () => {
    expect(codes(withoutDuplicates('/w/a.kehoach.yaml', diags, true))).toEqual(['task-lead-required', 'agency-known']);
    expect(codes(withoutDuplicates('/w/binh-son.yaml', diags, true))).toEqual(['schema', 'unknown-key', 'task-lead-required', 'agency-known']);
  });
});

describe('UI text', () => {
  it('is Vietnamese unless kehoach.locale says en, with arguments in place', () => {
    expect(uiLocale(undefined)).toBe('vi');
    expect(uiLocale('en')).toBe('en');
    expect(format('vi', 'kehoach: {0} errors, {1} warnings in plans', 2, 1)).toBe('kehoach: 2 lỗi, 1 cảnh báo trong các kế hoạch');
    expect(format('en', 'kehoach: {0} errors, {1} warnings in plans', 2, 1)).toBe('kehoach: 2 errors, 1 warnings in plans');
  });
});

describe('Show resolved plan', () => {
  async function analysisOf(name: string) {
    const files: Record<string, string> = {
      '/w/agencies.yaml': read('agencies.yaml'),
      '/w/templates/huyen.template.yaml': read('templates/huyen.template.yaml'),
      [`/w/${name}`]: read(name),
    };
    const loaded = await new Project(new MemoryHost(files, '/w')).analyze(`/w/${name}`);
    if (!loaded) throw new Error(name);
    return loaded.analysis;
  }

  it('shows the template tasks with the plan patches applied, each saying where it came from', async () => {
    const text = resolvedPlanText(await analysisOf('template-parameter-override.kehoach.yaml'), 'vi');
    const data = parse(text) as { tasks: Array<{ id: string; lead: string }>; issuer: { name: string } };
    expect(data.issuer.name).toBe('Ủy ban nhân dân huyện Bình Sơn');
    expect(data.tasks.map((t) => t.id)).toContain('tap-huan-cchc');
    expect(text).toMatch(/^# Kế hoạch sau khi áp dụng mẫu: .*huyen\.template\.yaml/m);
    // The inherited task names its template file and line.
    const task = text.split('\n').findIndex((l) => /- id: tap-huan-cchc|id: tap-huan-cchc/.test(l));
    expect(text.split('\n').slice(Math.max(0, task - 2), task).join('\n')).toMatch(/# từ .*huyen\.template\.yaml:\d+/);
    // issuer is merged: its level comes from the template, its parent from the plan (which overrides it).
    expect(text).toMatch(/^  level: district # từ \.\/templates\/huyen\.template\.yaml:\d+$/m);
    expect(text).toMatch(/^  parent: UBND tỉnh Quảng Nam$/m);
  });

  it('says so when the plan extends no template', async () => {
    const text = resolvedPlanText(await analysisOf('task-lead-required.kehoach.yaml'), 'en');
    expect(text).toMatch(/^# This plan extends no template/);
    expect((parse(text) as { tasks: unknown[] }).tasks).toHaveLength(1);
  });
});
