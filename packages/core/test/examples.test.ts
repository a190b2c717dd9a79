import type { LegalBasis, LegalBasisObject } from '../src/schema/plan.js';
import { promises as fs, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics.js';
import { Project, type FileCheck } from '../src/project/project.js';
import type { ProjectHost } from '../src/project/host.js';
import type { Plan } from '../src/schema/plan.js';
import type { AgencyEntry } from '../src/schema/registry.js';

/** The real example plans (../shared/seeds as YAML), read from disk the way the CLI reads them. */
const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url)).replace(/\/$/, '');
const host: ProjectHost = { root: EXAMPLES, readFile: (p) => fs.readFile(p, 'utf8').catch(() => undefined) };

function plansUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    // examples/invalid breaks rules on purpose (examples/kehoach.config.yaml ignores it).
    if (entry.isDirectory() && path !== `${EXAMPLES}/invalid` && entry.name !== 'node_modules') out.push(...plansUnder(path));
    else if (entry.isFile() && entry.name.endsWith('.kehoach.yaml')) out.push(path);
  }
  return out.sort();
}

const PLANS = plansUnder(EXAMPLES);
const PROVINCE = `${EXAMPLES}/2024/tinh-tay-ninh/ke-hoach-tuyen-truyen-cchc.kehoach.yaml`;
const DISTRICT = `${EXAMPLES}/2024/huyen-binh-son/ke-hoach-tuyen-truyen-cchc.kehoach.yaml`;
const COMMUNE = `${EXAMPLES}/2024/xa-duong-quan/ke-hoach-tuyen-truyen-cchc.kehoach.yaml`;

const checks = new Map<string, FileCheck>();
beforeAll(async () => {
  const project = new Project(host);
  for (const path of PLANS) {
    const result = await project.check(path);
    if (result) checks.set(path, result);
  }
});

function checked(path: string): FileCheck {
  const result = checks.get(path);
  if (!result) throw new Error(`not checked: ${path}`);
  return result;
}
const planOf = (path: string): Partial<Plan> => checked(path).analysis.plan ?? {};
const where = (d: Diagnostic) => `${d.uri.slice(EXAMPLES.length + 1)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.ruleId} ${d.message.en}`;

describe('the 2024 seeds extend the 2024 templates of their level', () => {
  it.each([
    [PROVINCE, 'province-2024'],
    [DISTRICT, 'district-2024'],
    [COMMUNE, 'commune-2024'],
  ])('%s', (path, template) => {
    const layers = checked(path).analysis.resolution?.layers.map((l) => l.label);
    expect(layers).toEqual([`@kehoach/template-${template}@1.0.0`, path]);
    // The template's generic tasks the issued text does not have are removed, not inherited.
    const ids = (planOf(path).tasks ?? []).map((t) => t.id);
    expect(ids).not.toContain('theo-doi-tong-hop');
    // Names resolve to the plan's own registry first, not to the template's entries.
    expect(checked(path).analysis.agency('Ủy ban nhân dân')?.entry.id ?? 'none').not.toMatch(/^<|‹/);
  });

  it('reads abbreviations in document order even though keys follow the template', () => {
    // Bình Sơn defines "(CCHC)" in its preamble and uses it in the tasks after.
    expect(checked(DISTRICT).diagnostics.filter((d) => d.ruleId === 'abbreviation-defined').map(where)).toEqual([]);
  });
});

describe('examples', () => {
  it('holds the three seed plans (province, district, commune) and nothing from invalid/', () => {
    expect(PLANS).toEqual(expect.arrayContaining([DISTRICT, PROVINCE, COMMUNE]));
    expect(PLANS.filter((p) => p.startsWith(`${EXAMPLES}/invalid/`))).toEqual([]);
  });

  it.each(PLANS.map((p) => [p.slice(EXAMPLES.length + 1), p]))('%s validates with 0 errors', (_name, path) => {
    const result = checked(path);
    expect(result.kind).toBe('plan');
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(where)).toEqual([]);
  });

  it.each([DISTRICT, PROVINCE, COMMUNE].map((p) => [p.slice(EXAMPLES.length + 1).replace(/[^/]+$/, 'agencies.yaml'), p.replace(/[^/]+$/, 'agencies.yaml')]))(
    '%s is a registry with 0 problems, and every agency in it is named by its plan',
    async (_name, registryPath) => {
      const result = await new Project(host).check(registryPath);
      expect(result?.kind).toBe('registry');
      expect(result!.diagnostics.map(where)).toEqual([]);
      const planText = checked(registryPath.replace(/agencies\.yaml$/, 'ke-hoach-tuyen-truyen-cchc.kehoach.yaml')).analysis.source.text;
      const said = planText.normalize('NFC').toLowerCase();
      const entries = (result!.analysis.model.value as { agencies: AgencyEntry[] }).agencies;
      const unnamed = entries.filter((e) => ![e.name, e.short, ...(e.aliases ?? [])].some((n) => n && said.includes(n.normalize('NFC').toLowerCase())));
      expect(unnamed.map((e) => e.id)).toEqual([]);
    },
  );

  it('examples/kehoach.config.yaml keeps invalid/ out of the clean run', async () => {
    const config = await new Project(host).configs.forDirectory(EXAMPLES);
    expect(config.ignore).toContainEqual({ base: EXAMPLES, pattern: 'invalid/**' });
  });

  it('every suppression in the examples gives a reason', () => {
    for (const path of PLANS) {
      for (const s of checked(path).suppressed) expect(s.suppression.reason.length, where(s)).toBeGreaterThan(10);
    }
  });

  it('every lead, coordinator and report addressee resolves in the plan registry', () => {
    const unresolved: string[] = [];
    for (const path of PLANS) {
      const { analysis } = checked(path);
      const plan = analysis.plan ?? {};
      const names: string[] = [];
      for (const view of analysis.tasks()) {
        names.push(...view.leads, ...asArray(view.task.coordinators));
        if (view.task.report?.to) names.push(...asArray(view.task.report.to));
      }
      for (const r of plan.reporting ?? []) names.push(...asArray(r.to), ...[r.via].filter((x): x is string => !!x), ...asArray(r.from));
      for (const n of names) if (!analysis.agency(n)) unresolved.push(`${path.slice(EXAMPLES.length + 1)}: ${n}`);
    }
    expect(unresolved).toEqual([]);
  });
});

describe('tinh-tay-ninh: duties per agency with counts and cadences', () => {
  it('has the 9 duty sections and 23 lettered duties of "V. TỔ CHỨC THỰC HIỆN"', () => {
    const plan = planOf(PROVINCE);
    expect(plan.tasks).toBeUndefined();
    expect(plan.duties?.map((d) => d.tasks.length)).toEqual([5, 4, 4, 3, 1, 1, 1, 3, 1]);
    expect(checked(PROVINCE).analysis.tasks()).toHaveLength(23);
  });

  it('reads "Chậm nhất ngày 20/04/2024" as the deadline of the first duty', () => {
    const { analysis } = checked(PROVINCE);
    const view = analysis.tasks().find((v) => v.task.id === 'xay-dung-ke-hoach-tuyen-truyen')!;
    const parsed = analysis.timeframe(view.timeframe!.value);
    expect(parsed.ok && parsed.value.deadline).toBe('2024-04-20');
  });

  it('keeps the counts: at least 12 news items a year, 01 a quarter, one programme a month', () => {
    const views = checked(PROVINCE).analysis.tasks();
    const q = (id: string) => views.find((v) => v.task.id === id)!.task.quantity;
    expect(q('dang-tai-tin-bai-trong-nam')).toMatchObject({ value: 12, unit: 'tin/bài', comparator: 'min', per: 'năm' });
    expect(q('tin-bai-thu-hut-dau-tu')).toMatchObject({ value: 1, unit: 'tin/bài', per: 'quý' });
    expect(q('chuyen-muc-cchc-dinh-ky')).toMatchObject({ value: 1, unit: 'lần', per: 'tháng' });
    expect(planOf(PROVINCE).targets).toEqual([expect.objectContaining({ value: 100, unit: '%' })]);
  });

  it('the plan finishes before November 2024 and reports problems to UBND tỉnh via Sở Nội vụ', () => {
    const { analysis } = checked(PROVINCE);
    const parsed = analysis.timeframe(planOf(PROVINCE).timeframe!);
    expect(parsed.ok && parsed.value.deadline).toBe('2024-10-31');
    const view = analysis.tasks().find((v) => v.task.id === 'van-dong-giam-sat-cchc')!;
    expect(analysis.agency(view.report!.value.to as string)?.entry.id).toBe('ubnd-tinh');
    expect(analysis.agency(view.report!.value.via!)?.entry.id).toBe('so-noi-vu');
  });

  it('has both "Căn cứ" decisions and the signature of Võ Đức Trọng', () => {
    const plan = planOf(PROVINCE);
    expect(bases(plan).map((b) => [b.verb, b.ref, b.date])).toEqual([
      ['can-cu', '2631/QĐ-UBND', '14/10/2021'],
      ['can-cu', '140/QĐ-UBND', '19/01/2024'],
    ]);
    expect(plan.signature).toMatchObject({ capacity: 'Phó Chủ tịch', name: 'Võ Đức Trọng' });
    expect(plan.number).toBeUndefined();
  });
});

describe('huyen-binh-son: numbered tasks with lead, coordinators and timeframe', () => {
  it('has the 10 numbered tasks of "III. HÌNH THỨC TUYÊN TRUYỀN" and 7 duty sections', () => {
    const plan = planOf(DISTRICT);
    expect(plan.tasks).toHaveLength(10);
    expect(plan.duties?.map((d) => d.tasks.length)).toEqual([3, 3, 1, 1, 1, 3, 3]);
    expect(plan.content).toHaveLength(11);
  });

  it('keeps the three leads of task 1 and the timeframes as written', () => {
    const { analysis } = checked(DISTRICT);
    const plan = planOf(DISTRICT);
    expect(analysis.agencyKeys(asArray(plan.tasks![0]!.lead))).toEqual(['phong-vhtt', 'van-phong-hdnd-ubnd', 'ubnd-cac-xa']);
    const tf = (i: number) => analysis.timeframe(plan.tasks![i]!.timeframe!);
    const q1 = tf(2);
    expect(q1.ok && [q1.value.start, q1.value.end]).toEqual(['2024-01-01', '2024-03-31']);
    const q23 = tf(3);
    expect(q23.ok && [q23.value.start, q23.value.end]).toEqual(['2024-04-01', '2024-09-30']);
  });

  it('every task reports to UBND huyện via Phòng Văn hóa và Thông tin before 25/11/2024', () => {
    const { analysis } = checked(DISTRICT);
    const numbered = analysis.tasks().filter((v) => !v.duty);
    expect(numbered).toHaveLength(10);
    for (const view of numbered) {
      expect(analysis.agency(view.report!.value.to as string)?.entry.id).toBe('ubnd-huyen');
      expect(analysis.agency(view.report!.value.via!)?.entry.id).toBe('phong-vhtt');
      const due = analysis.timeframe(view.report!.value.due as string);
      expect(due.ok && due.value.deadline).toBe('2024-11-25');
    }
  });

  it('implements 07/KH-UBND of UBND tỉnh Quảng Ngãi and is signed by Nguyễn Tường Duy', () => {
    const plan = planOf(DISTRICT);
    expect(plan.parent).toEqual({ ref: '07/KH-UBND', issuer: 'UBND tỉnh Quảng Ngãi' });
    expect(bases(plan).map((b) => b.ref)).toEqual(['2074/QĐ-UBND', '07/KH-UBND', '2249/QĐ-UBND']);
    expect(plan.signature).toEqual({ capacity: 'Chủ tịch', name: 'Nguyễn Tường Duy' });
  });
});

describe('xa-duong-quan: prose content, duties per commune official', () => {
  it('has the 3 duty sections with 2, 4 and 1 duties, and the forms as prose', () => {
    const plan = planOf(COMMUNE);
    expect(plan.tasks).toBeUndefined();
    expect(plan.duties?.map((d) => d.tasks.length)).toEqual([2, 4, 1]);
    expect(plan.forms).toHaveLength(6);
    expect(plan.content).toHaveLength(6);
  });

  it('states no report path, so the rule is suppressed with a reason, not met with an invented one', () => {
    const result = checked(COMMUNE);
    // Explicitly empty: the template's report path is not inherited either.
    expect(planOf(COMMUNE).reporting).toEqual([]);
    const suppressed = result.suppressed.filter((s) => s.ruleId === 'task-report-path-required');
    expect(suppressed).toHaveLength(7);
  });

  it('is signed TM. Ủy ban nhân dân by Chủ tịch Bùi Văn Tiến', () => {
    expect(planOf(COMMUNE).signature).toMatchObject({ authority: 'TM', capacity: 'Chủ tịch', name: 'Bùi Văn Tiến' });
    expect(bases(planOf(COMMUNE)).map((b) => [b.ref, b.date])).toEqual([
      ['381/QĐ-UBND', '17/01/2024'],
      ['08/QĐ-UBND', '19/01/2024'],
    ]);
  });
});

/**
 * Where a seed is ambiguous the example says exactly what the text says and a rule warns
 * (DESIGN: "the rules may then warn"). These warnings must keep firing: they prove the
 * example was not tidied up. Other warnings may come and go as rules are added.
 */
describe('warnings the seed texts deserve', () => {
  const warnings = (path: string) =>
    checked(path)
      .diagnostics.filter((d) => d.severity !== 'error')
      .map((d) => `${d.ruleId}: ${d.message.en}`);

  it('huyen-binh-son: tasks 1, 2 and 10 keep the several leads the text gives them (single-lead)', () => {
    const got = warnings(DISTRICT).filter((w) => w.startsWith('single-lead: '));
    for (const id of ['ra-soat-cong-khai-tthc', 'cap-nhat-thong-tin-cchc', 'van-hoa-van-nghe-cchc']) {
      expect(got.filter((w) => w.includes(`"${id}"`)), id).toHaveLength(1);
    }
  });

  it('tinh-tay-ninh: "HCNN" is used without being spelled out (abbreviation-defined)', () => {
    expect(warnings(PROVINCE).filter((w) => w.startsWith('abbreviation-defined: ') && w.includes('"HCNN"'))).toHaveLength(1);
  });
});

function asArray<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** The examples write every legal basis as an object. */
function bases(plan: { legalBases?: LegalBasis[] }): LegalBasisObject[] {
  return (plan.legalBases ?? []).map((b) => (typeof b === 'string' ? { text: b } : b));
}
