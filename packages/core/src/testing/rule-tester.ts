import type { Diagnostic, Fix } from '../diagnostics.js';
import type { AnyRule } from '../engine/define.js';
import { applyEdits } from '../engine/apply-edits.js';
import { EXAMPLE_AGENCIES } from '../engine/example-registry.js';
import { lintText } from '../lint.js';
import { MemoryHost } from '../project/host.js';
import { Project } from '../project/project.js';
import type { AgencyEntry } from '../schema/registry.js';
import type { RuleSettings } from '../schema/rule-settings.js';

export interface ValidCase {
  name?: string;
  code: string;
  /** The rule's options (second element of its setting). */
  options?: unknown;
  /** Agencies in effect; the example registry when absent. */
  agencies?: readonly AgencyEntry[];
  /** Other files (absolute paths) for rules that read them; the case is then checked as `/work/plan.kehoach.yaml`. */
  files?: Record<string, string>;
  /** Path of the checked file when `files` is used. */
  path?: string;
}

export interface ExpectedError {
  messageId: string;
  /** 1-based, as editors and the CLI show them. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  data?: Record<string, string | number>;
}

export interface InvalidCase extends ValidCase {
  errors: (ExpectedError | string)[];
  /** The text after applying every safe fix, or null when the rule must offer none. */
  output?: string | null;
  /** Expected texts after applying each suggestion of the first error, in order. */
  suggestions?: string[];
}

type TestFn = (name: string, fn: () => void | Promise<void>) => void;

export interface RuleTesterOptions {
  describe: (name: string, fn: () => void) => void;
  it: TestFn;
  agencies?: readonly AgencyEntry[];
}

export class RuleTestError extends Error {
  override name = 'RuleTestError';
}

/**
 * Tests for one rule, in the style of ESLint's RuleTester: only the rule under test
 * runs, each invalid case lists the exact messages with 1-based line and column.
 * Test framework functions are passed in so the tester works with vitest, jest or
 * node:test alike.
 */
export class RuleTester {
  constructor(private readonly options: RuleTesterOptions) {}

  run(rule: AnyRule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
    const { describe, it } = this.options;
    describe(rule.meta.id, () => {
      describe('valid', () => {
        cases.valid.forEach((c, i) => {
          const vc = typeof c === 'string' ? { code: c } : c;
          it(vc.name ?? `valid #${i + 1}`, async () => {
            const diags = await this.check(rule, vc);
            if (diags.length) throw new RuleTestError(`expected no diagnostics, got:\n${describeAll(diags)}`);
          });
        });
      });
      describe('invalid', () => {
        cases.invalid.forEach((c, i) => {
          it(c.name ?? `invalid #${i + 1}`, async () => {
            const diags = await this.check(rule, c);
            assertErrors(diags, c.errors);
            if (c.output !== undefined) {
              const fixes = diags.map((d) => d.fix).filter((f): f is Fix => !!f);
              if (c.output === null) {
                if (fixes.length) throw new RuleTestError(`expected no safe fix, got ${fixes.length}`);
              } else {
                const out = applyEdits(c.code, fixes.flatMap((f) => f.edits)).text;
                if (out !== c.output) throw new RuleTestError(`fix output differs:\n--- expected\n${c.output}\n--- actual\n${out}`);
              }
            }
            if (c.suggestions) {
              const got = diags[0]?.suggestions ?? [];
              if (got.length !== c.suggestions.length) {
                throw new RuleTestError(`expected ${c.suggestions.length} suggestions, got ${got.length}`);
              }
              got.forEach((s, k) => {
                const out = applyEdits(c.code, s.edits).text;
                if (out !== c.suggestions?.[k]) {
                  throw new RuleTestError(`suggestion ${k + 1} output differs:\n--- expected\n${c.suggestions?.[k]}\n--- actual\n${out}`);
                }
              });
            }
          });
        });
      });
    });
  }

  private async check(rule: AnyRule, c: ValidCase): Promise<Diagnostic[]> {
    const settings: RuleSettings = { [rule.meta.id]: c.options === undefined ? 'error' : ['error', c.options] };
    const rules = new Map([[rule.meta.id, rule]]);
    const agencies = c.agencies ?? this.options.agencies ?? EXAMPLE_AGENCIES;
    if (c.files || rule.meta.scope === 'project') {
      const path = c.path ?? '/work/plan.kehoach.yaml';
      const registryPath = '/work/__registry.yaml';
      const files: Record<string, string> = {
        [registryPath]: registryYaml(agencies),
        '/work/kehoach.config.yaml': `registry: ./__registry.yaml\nrules: ${JSON.stringify(settings)}\n`,
        ...c.files,
        [path]: c.code,
      };
      const project = new Project(new MemoryHost(files, '/work'), { rules });
      const result = await project.check(path);
      return (result?.diagnostics ?? []).filter((d) => d.ruleId === rule.meta.id);
    }
    return lintText(c.code, { agencies, settings, rules }).diagnostics.filter((d) => d.ruleId === rule.meta.id);
  }
}

function registryYaml(agencies: readonly AgencyEntry[]): string {
  return `kind: registry\nagencies: ${JSON.stringify(agencies)}\n`;
}

function assertErrors(diags: Diagnostic[], expected: (ExpectedError | string)[]): void {
  if (diags.length !== expected.length) {
    throw new RuleTestError(`expected ${expected.length} diagnostics, got ${diags.length}:\n${describeAll(diags)}`);
  }
  expected.forEach((e, i) => {
    const d = diags[i] as Diagnostic;
    const exp: ExpectedError = typeof e === 'string' ? { messageId: e } : e;
    const where = `diagnostic ${i + 1} (${describe(d)})`;
    if (d.messageId !== exp.messageId) throw new RuleTestError(`${where}: messageId ${d.messageId}, expected ${exp.messageId}`);
    const checks: [keyof ExpectedError, number][] = [
      ['line', d.range.start.line + 1],
      ['column', d.range.start.character + 1],
      ['endLine', d.range.end.line + 1],
      ['endColumn', d.range.end.character + 1],
    ];
    for (const [k, actual] of checks) {
      if (exp[k] !== undefined && exp[k] !== actual) throw new RuleTestError(`${where}: ${k} ${actual}, expected ${exp[k]}`);
    }
    for (const [k, v] of Object.entries(exp.data ?? {})) {
      if (String(d.data[k]) !== String(v)) throw new RuleTestError(`${where}: data.${k} = ${d.data[k]}, expected ${v}`);
    }
  });
}

function describe(d: Diagnostic): string {
  return `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.ruleId}/${d.messageId}: ${d.message.vi}`;
}

function describeAll(diags: Diagnostic[]): string {
  return diags.map(describe).join('\n');
}
