import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { detectDocumentKind } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import { SEVERITY, countDiagnostics } from '../src/diagnostic-counts.js';
import { format, uiLocale } from '../src/messages.js';
import { isKehoachFile } from '../src/plan-files.js';
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

  it('are exactly the files core recognises (the client does not carry core), on every example and more', () => {
    const all = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? all(join(dir, n)) : [join(dir, n)]));
    const samples: [string, string][] = all(join(examples, '..'))
      .filter((p) => /\.ya?ml$/.test(p))
      .map((p) => [p, readFileSync(p, 'utf8')]);
    samples.push(
      ['/w/KEHOACH.CONFIG.YML', ''],
      ['/w/a.yaml', 'kind: "registry" # danh mục\n'],
      ['/w/a.yaml', "  kind: plan\n"],
      ['/w/a.yaml', "kind: 'template'\n"],
      ['/w/xa/quy-1.baocao.yaml', ''],
      ['/w/a.yaml', 'kind: report\nreporter: { name: UBND xã An Hòa }\n'],
      ['C:\\w\\b.kehoach.yml', ''],
      ['/w/a.yaml', 'kind: planning\n'],
    );
    expect(samples.length).toBeGreaterThan(40);
    for (const [path, text] of samples) expect(isKehoachFile(path, 'yaml', text), path).toBe(detectDocumentKind(path, text) !== undefined);
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
