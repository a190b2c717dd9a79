import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@kehoach/lsp';

const dir = join(import.meta.dirname, '..');
const json = (name: string): Record<string, any> => JSON.parse(readFileSync(join(dir, name), 'utf8'));
const pkg = json('package.json');
const en = json('package.nls.json');
const vi = json('package.nls.vi.json');
const bundleVi = json('l10n/bundle.l10n.vi.json');
const sources = readdirSync(join(dir, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(dir, 'src', f), 'utf8'))
  .join('\n');

describe('package.json: what VS Code reads', () => {
  it('has every %key% of the manifest in English and Vietnamese, and no unused ones', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1] as string);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(en[key], `package.nls.json: ${key}`).toBeTypeOf('string');
      expect(vi[key], `package.nls.vi.json: ${key}`).toBeTypeOf('string');
    }
    expect(Object.keys(en).sort()).toEqual([...new Set(keys)].sort());
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    // Vietnamese for real, not a copy of the English.
    expect(vi['command.newPlan']).toBe('Kế hoạch mới từ mẫu...');
    for (const key of Object.keys(en)) if (en[key].length > 12) expect(vi[key], key).not.toBe(en[key]);
  });

  it('registers exactly the commands it contributes', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    const registered = [...sources.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    expect(registered).toEqual(contributed);
    expect(contributed).toEqual(['kehoach.exportDocx', 'kehoach.exportHtml', 'kehoach.exportMarkdown', 'kehoach.newPlan', 'kehoach.preview', 'kehoach.restartServer', 'kehoach.showResolvedPlan']);
  });

  it('contributes every setting the server reads, plus the development server path', () => {
    const props = Object.keys(pkg.contributes.configuration.properties).sort();
    // Every setting the server's parser has a default for, as VS Code names it.
    const server = Object.keys(DEFAULT_SETTINGS).map((k) => (k === 'trace' ? 'kehoach.trace.server' : `kehoach.${k}`));
    expect(props).toEqual([...server, 'kehoach.server.path'].sort());
    expect(props).toEqual(['kehoach.debounceMs', 'kehoach.locale', 'kehoach.maxFiles', 'kehoach.rules', 'kehoach.server.path', 'kehoach.trace.server']);
    expect(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations).toEqual(['kehoach.server.path']);
  });

  it('activates only for kehoach files (never on start-up) and runs in VS Code 1.91+ desktop and web', () => {
    expect(pkg.activationEvents).not.toContain('*');
    expect(pkg.activationEvents).not.toContain('onStartupFinished');
    expect(pkg.engines.vscode).toBe('^1.91.0');
    expect(pkg.main).toBe('./dist/extension.cjs');
    expect(pkg.browser).toBe('./dist/browser/extension.js');
    // The YAML extension validates plans and progress reports by their schemas.
    expect(pkg.contributes.yamlValidation).toEqual([
      { fileMatch: ['*.kehoach.yaml', '*.kehoach.yml'], url: './schemas/plan.schema.json' },
      { fileMatch: ['*.baocao.yaml', '*.baocao.yml'], url: './schemas/report.schema.json' },
    ]);
    expect(pkg.activationEvents).toContain('workspaceContains:**/*.baocao.yaml');
    // Each schema the manifest names is built into the extension.
    for (const { url } of pkg.contributes.yamlValidation as { url: string }[]) expect(existsSync(join(dir, url)), url).toBe(true);
  });

  it('has Vietnamese for every UI string the code shows', () => {
    const used = new Set<string>();
    for (const m of sources.matchAll(/\b(?:format\((?:locale|this\.locale\(\)|locale\(\)|l),\s*|\bt\()'((?:[^'\\]|\\.)+)'/g)) used.add(m[1] as string);
    for (const m of sources.matchAll(/isTrusted \? '([^']+)' : '([^']+)'/g)) used.add(m[1] as string).add(m[2] as string);
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((s) => !(s in bundleVi));
    expect(missing).toEqual([]);
    const unused = Object.keys(bundleVi).filter((s) => !used.has(s));
    expect(unused).toEqual([]);
  });

  it('ships snippets for a task, a legal basis and a report path, named in both languages', () => {
    const snippets = json('snippets/kehoach.code-snippets');
    const prefixes = Object.values(snippets).flatMap((s: any) => s.prefix);
    expect(prefixes).toEqual(expect.arrayContaining(['nhiem-vu', 'task', 'can-cu', 'legal-basis', 'bao-cao', 'report']));
    const task = (Object.values(snippets) as any[]).find((s) => s.prefix.includes('task')).body.join('\n');
    // The first law in the snippet itself: lead, timeframe (the report path comes from `reporting:`).
    expect(task).toMatch(/lead: /);
    expect(task).toMatch(/timeframe: /);
  });
});
