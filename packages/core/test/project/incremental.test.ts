import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { MemoryHost } from '../../src/project/host.js';
import { Project, type FileCheck } from '../../src/project/project.js';

/**
 * A project that keeps checking the same file as it is edited (the language server)
 * re-reads only the edited task and reuses what it validated before. Whatever it
 * reuses, its verdict must be the one a fresh project gives on the same text.
 */

const examples = join(import.meta.dirname, '../../../../examples');

function load(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) load(p, out);
    else if (/\.ya?ml$/.test(name)) out.set(`/ws/${relative(examples, p).split('\\').join('/')}`, readFileSync(p, 'utf8'));
  }
  return out;
}

function verdict(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .map((d) =>
      JSON.stringify({
        rule: d.ruleId,
        severity: d.severity,
        message: d.message,
        offsets: d.offsets,
        range: d.range,
        related: d.related?.map((r) => [r.uri, r.offsets, r.message]),
        fix: d.fix?.edits,
        suggestions: d.suggestions?.map((s) => s.edits),
      }),
    )
    .sort();
}

/**
 * Check `path` with the project kept across edits and with a fresh one over the same
 * files; their verdicts must be the same.
 */
async function againstFresh(project: Project, live: Map<string, string>, path: string, what?: string): Promise<{ got?: FileCheck; fresh?: FileCheck }> {
  const got = await project.check(path);
  const fresh = await new Project(new MemoryHost(new Map(live), '/ws')).check(path);
  expect(verdict(got?.diagnostics ?? []), what).toEqual(verdict(fresh?.diagnostics ?? []));
  return { got, fresh };
}

/** The issuer, year and title of the hand-written plans below. */
const HEAD = `issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
`;

/** A clean task the hand-written plans below start with. */
const TAP_HUAN = `  - id: tap-huan
    title: Tổ chức tập huấn nghiệp vụ
    lead: Phòng Nội vụ
    timeframe: Trong năm 2024
`;

// What authors type into a task, and what breaks it: words, accents (NFC and not),
// commas, blanks, unknown keys, a second lead, a duplicate id, deleted characters.
const typed = fc.constantFrom(
  'a', 'ệ', 'Đ', ' ', ',', ', Sở Tư pháp', 'e\u0302\u0301', '<Cơ quan chủ trì>', 'UBND', ' (CCHC)', '2027', 'Quý V/2026',
  '\n    ghi-chu: thêm', '\n    lead: Sở Nội vụ', '\n    coordinators: [Phòng Nội vụ, Phòng Tư pháp]', '\n    id: tap-huan', '"', ':',
);
const edit = fc.tuple(fc.nat({ max: 1_000_000 }), fc.integer({ min: 0, max: 4 }), fc.oneof(typed, fc.constant('')));

describe('incremental checking', () => {
  const files = load(examples);
  const plans = [...files.keys()].filter((p) => p.endsWith('.kehoach.yaml') && /(^|\n)tasks:/.test(files.get(p) ?? ''));

  it('keeps the problems of tasks it does not read again', async () => {
    const plan = `kind: plan
${HEAD}reporting:
  - to: UBND huyện
tasks:
  - id: tap-huan
    title: Tổ chức tập huấn nghiệp vụ
    lead: Phòng Nội vụ
    ghi-chu: khoá không có trong lược đồ
    timeframe: Trong năm 2024
  - Một nhiệm vụ viết thành một dòng
  - id: tuyen-truyen
    title: Tuyên truyền trên Cổng thông tin điện tử
    lead: Phòng Văn hoá và Thông tin
    timeframe: Quý II/2024
    outputs: [1, Tin bài]
`;
    const live = new Map([['/ws/a.kehoach.yaml', plan]]);
    const project = new Project(new MemoryHost(live, '/ws'));
    const before = verdict((await project.check('/ws/a.kehoach.yaml'))?.diagnostics ?? []);
    expect(before.some((d) => d.includes('unknown-key'))).toBe(true);
    let text = plan;
    for (const [from, to] of [['Cổng thông tin', 'Cổng Thông tin'], ['Quý II/2024', 'Quý III/2024'], ['Tin bài', 'Tin, bài']] as const) {
      text = text.replace(from, to);
      live.set('/ws/a.kehoach.yaml', text);
      project.invalidate('/ws/a.kehoach.yaml');
      const { got, fresh } = await againstFresh(project, live, '/ws/a.kehoach.yaml');
      expect(got?.analysis.source.incremental).toBe(true);
      expect(got?.analysis.plan).toEqual(fresh?.analysis.plan);
    }
  });

  it('looks at a task again when the registry or the year changes', async () => {
    const registry = `kind: registry
id: huyen
agencies:
  - id: phong-noi-vu
    name: Phòng Nội vụ
    kind: department
    level: district
  - id: phong-tu-phap
    name: Phòng Tư pháp
    kind: department
    level: district
    validTo: 2024-06-30
`;
    const plan = `kind: plan
registry: ./agencies.yaml
${HEAD}reporting:
  - to: Phòng Nội vụ
tasks:
${TAP_HUAN}  - id: tuyen-truyen
    title: Tuyên truyền <nội dung>
    lead: Phòng Tư pháp
    timeframe: Quý II/2024
`;
    const live = new Map([
      ['/ws/a.kehoach.yaml', plan],
      ['/ws/agencies.yaml', registry],
    ]);
    const project = new Project(new MemoryHost(live, '/ws'));
    const same = async (): Promise<string[]> => verdict((await againstFresh(project, live, '/ws/a.kehoach.yaml')).got?.diagnostics ?? []);
    await same();
    live.set('/ws/a.kehoach.yaml', plan.replace('Quý II/2024', 'Quý III/2024'));
    project.invalidate('/ws/a.kehoach.yaml');
    await same();
    // The registry loses Phòng Nội vụ: the first task, clean so far, is now wrong.
    live.set('/ws/agencies.yaml', registry.replace('Phòng Nội vụ', 'Phòng Nội vụ huyện'));
    project.invalidate('/ws/agencies.yaml');
    expect((await same()).some((d) => d.includes('agency-known') && d.includes('Phòng Nội vụ'))).toBe(true);
    // Another year: Phòng Tư pháp was dissolved before it.
    live.set('/ws/a.kehoach.yaml', plan.replace('year: 2024', 'year: 2025'));
    project.invalidate('/ws/a.kehoach.yaml');
    await same();
  });

  it('gives the verdict of a fresh project, edit after edit', async () => {
    expect(plans.length).toBeGreaterThan(5);
    let incremental = 0;
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...plans), fc.array(edit, { minLength: 1, maxLength: 5 }), async (path, edits) => {
        const live = new Map(files);
        const project = new Project(new MemoryHost(live, '/ws'));
        await project.check(path);
        let text = live.get(path) as string;
        // Edits land in the tasks, where authors spend their time.
        const from = text.search(/(^|\n)tasks:/);
        for (const [where, length, insert] of edits) {
          let start = from + (where % (text.length - from));
          // Half of the edits go to the end of a line, where new keys are typed.
          if (where % 2 === 0) start = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
          text = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + length));
          live.set(path, text);
          project.invalidate(path);
          const { got, fresh } = await againstFresh(project, live, path, JSON.stringify(text));
          steps++;
          if (got?.analysis.source.incremental) incremental++;
          expect(got?.analysis.plan).toEqual(fresh?.analysis.plan);
        }
      }),
      { numRuns: 40, seed: 20261123 },
    );
    expect(steps).toBeGreaterThan(80);
    // Not all: examples/invalid holds files read whole by design (a syntax error, a
    // duplicate key), and an edit that breaks a task's shape falls back too.
    expect(incremental).toBeGreaterThan(steps / 5);
  });

  it('starts afresh after forget, but not after invalidate', async () => {
    const path = '/ws/a.kehoach.yaml';
    const plan = `kind: plan
${HEAD}tasks:
${TAP_HUAN}`;
    const live = new Map([[path, plan]]);
    const project = new Project(new MemoryHost(live, '/ws'));
    const first = (await project.check(path))?.analysis.source;
    project.invalidate(path);
    // The editor's case: the same text is the same source, an edit is re-read from it.
    expect((await project.check(path))?.analysis.source).toBe(first);
    live.set(path, plan.replace('nghiệp vụ', 'chuyên môn'));
    project.invalidate(path);
    const edited = (await project.check(path))?.analysis.source;
    expect(edited?.incremental).toBe(true);
    // The CLI's case: a checked file is dropped with its source, nothing of it is kept.
    project.forget(path);
    const again = (await project.check(path))?.analysis.source;
    expect(again).not.toBe(edited);
    expect(again?.incremental).toBe(false);
    expect(again?.value).toEqual(edited?.value);
  });

  it('finds text that is not NFC when only the edited line is looked at again', async () => {
    const path = '/ws/a.kehoach.yaml';
    let text = `kind: plan
${HEAD}tasks:
${TAP_HUAN}  - id: tuyen-truyen
    title: Tuyên truyền trên Cổng thông tin điện tử
    lead: Phòng Văn hoá và Thông tin
    timeframe: Quý II/2024
`;
    const live = new Map([[path, text]]);
    const project = new Project(new MemoryHost(live, '/ws'));
    const nfc = (c?: FileCheck): number => c?.diagnostics.filter((d) => d.ruleId === 'text-nfc').length ?? 0;
    expect(nfc(await project.check(path))).toBe(0);
    const steps: [string, string, number][] = [
      // A word pasted in decomposed form, then a mark added after a letter the edit does not touch.
      ['tập huấn nghiệp vụ', `tập huấn ${'nghiệp vụ'.normalize('NFD')}`, 1],
      ['Quý II/2024', 'Quý III/2024', 1],
      [`tập huấn ${'nghiệp vụ'.normalize('NFD')}`, 'tập huấn nghiệp vụ', 0],
      ['Cổng thông tin điện tử', 'Cổng thông tin điện tu\u0309', 1],
      ['điện tu\u0309', 'điện tử', 0],
      // The edit is only the mark: the letter it composes with is before the change.
      ['thông tin điện', 'thông tin\u0301 điện', 1],
      ['tin\u0301 điện', 'tin điện', 0],
      ['Phòng Nội vụ', 'Phòng Nội vụ \u00D0ông', 1],
    ];
    let version = (await project.analyze(path))?.analysis.source.history.version ?? -1;
    for (const [from, to, expected] of steps) {
      text = text.replace(from, to);
      live.set(path, text);
      project.invalidate(path);
      const { got } = await againstFresh(project, live, path, to);
      expect(nfc(got), to).toBe(expected);
      const history = got?.analysis.source.history;
      expect(history?.version).toBe(version + 1);
      expect(history?.change).toBeDefined();
      version = history?.version ?? -1;
    }
  });
});
