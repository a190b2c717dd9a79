import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { applyEdits, Project, type AgencyEntry, type PlanAnalysis, type TextEdit } from '@kehoach/core';
import { replaceScalarEdit } from '@kehoach/core/internal';
import { localeOption, parseCommand } from '../args.js';
import { resolveLocale, type Context } from '../context.js';
import { NodeHost } from '../node-host.js';
import { projectRoot } from '../project-root.js';
import { absolute, displayPath, toPosix } from '../paths.js';
import { extendsValue, packageSpec, requireTemplatePackage } from '../template-packages.js';
import { TemplateCliError, tm } from '../template-messages.js';
import { encodeText, writeAtomic } from '../write-atomic.js';

const HELP = {
  vi: `kehoach migrate <kế-hoạch> [--to <gói-mẫu>] [--dry-run]

Chuyển kế hoạch theo mẫu ba cấp 2024 sang mẫu hai cấp 2025: đổi "extends", đổi tên các
cơ quan đã sáp nhập theo "successor" trong danh mục của mẫu cũ, đổi cấp huyện thành cấp
xã; liệt kê những chỗ không chuyển được. Chỉ sửa đúng các giá trị đó, giữ nguyên chú
thích và định dạng. Mẫu đích mặc định: "kehoach.supersededBy" của gói mẫu đang dùng.
Mã thoát 1 khi còn chỗ chưa chuyển được.
`,
  en: `kehoach migrate <plan> [--to <template-package>] [--dry-run]

Re-target a plan from a 2024 three-level template to the 2025 two-level ones: change
"extends", rename merged agencies by the "successor" the old registry records, turn the
district level into commune; list what could not be mapped. Only those values change;
comments and formatting stay. Default target: the current template's "kehoach.supersededBy".
Exit code 1 when something could not be mapped.
`,
};

/** Keys whose values name agencies (a name or an id, or a list of them). */
const AGENCY_KEYS = new Set(['lead', 'coordinators', 'agency', 'from', 'to', 'via']);

interface Finding {
  offset: number;
  old: string;
  mapped?: string;
  why?: string;
}

/** `kehoach migrate`: move a plan onto the template that supersedes its own. */
export async function migrateCommand(ctx: Context, argv: string[]): Promise<number> {
  const { values, positionals } = parseCommand(
    'migrate',
    argv,
    { to: { type: 'string' }, 'dry-run': { type: 'boolean' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    true,
  );
  const locale = (ctx.locale = await resolveLocale(ctx, localeOption(values.locale)));
  if (values.help) {
    ctx.io.stdout(HELP[locale]);
    return 0;
  }
  const [file] = positionals;
  if (file === undefined) throw new TemplateCliError('planMissing', { command: 'migrate' });
  const cwd = toPosix(ctx.io.cwd);
  const path = absolute(cwd, file);
  const host = new NodeHost(await projectRoot(dirname(path)));
  const project = new Project(host, { rules: ctx.options.rules });
  const check = await project.check(path);
  if (!check) throw new TemplateCliError('notFound', { path: file });
  if (check.kind !== 'plan') throw new TemplateCliError('notAPlan', { path: file });
  const analysis = check.analysis;
  const resolution = analysis.resolution;
  const own = analysis.ownPlan as Record<string, unknown> | undefined;
  if (!resolution || !own || typeof own.extends !== 'string') throw new TemplateCliError('noExtends', { path: file });

  const base = resolution.layers[0];
  const basePkg = base ? await packageOf(base.uri) : undefined;
  const toName = values.to ?? basePkg?.supersededBy;
  if (!toName) throw new TemplateCliError('toMissing', { path: file });
  const target = await requireTemplatePackage(dirname(path), packageSpec(toName).name, ctx.io.env);
  const targetAnalysis = (await project.analyze(target.templatePath))?.analysis;
  const targetAgencies = agenciesOf(targetAnalysis);
  const byId = new Map(targetAgencies.map((a) => [a.id, a]));

  const source = analysis.source;
  const edits: TextEdit[] = [];
  const findings: Finding[] = [];
  const extendsRange = source.valueRange(own, 'extends');
  if (extendsRange) edits.push(replaceScalarEdit(source, extendsRange, extendsValue(target)));

  const ownIds = new Set(((own.agencies as AgencyEntry[] | undefined) ?? []).map((a) => a.id));
  const visit = (text: string, range: { start: number; end: number } | undefined): void => {
    if (!range) return;
    const match = analysis.agencies.resolve(text);
    if (!match) {
      findings.push({ offset: range.start, old: text, why: tm(locale, 'whyUnknown') });
      return;
    }
    const entry = match.entry;
    if (ownIds.has(entry.id)) return;
    const next = byId.get(entry.successor ?? entry.id);
    if (!next) {
      const why = entry.validTo
        ? tm(locale, 'whyNoSuccessor', { id: entry.id, validTo: entry.validTo, to: target.name })
        : tm(locale, 'whyMissing', { id: entry.successor ?? entry.id, to: target.name });
      findings.push({ offset: range.start, old: text, why });
      return;
    }
    // An id stays an id (issuer.agency: ubnd-huyen); a name becomes the new short name.
    const replacement = text === entry.id ? next.id : (next.short ?? next.name);
    if (replacement === text) return;
    edits.push(replaceScalarEdit(source, range, replacement));
    findings.push({ offset: range.start, old: text, mapped: replacement });
  };
  walkAgencyRefs(own, analysis, visit);

  // Districts are gone: a district plan becomes a commune plan.
  const issuer = own.issuer as Record<string, unknown> | undefined;
  if (issuer?.level === 'district' && target.level && target.level !== 'district') {
    const range = source.valueRange(issuer, 'level');
    if (range) {
      edits.push(replaceScalarEdit(source, range, target.level));
      findings.push({ offset: range.start, old: 'district', mapped: target.level, why: tm(locale, 'whyLevel', { old: 'district', new: target.level }) });
    }
  }

  const { text } = applyEdits(source.text, edits);
  // What the new template no longer has (a patched task, a position anchor) shows on a re-check.
  const recheck = await project.check(path, text);
  const overlay = (recheck?.diagnostics ?? []).filter((d) => d.ruleId === 'template-resolvable');

  const at = (offset: number): string => {
    const p = analysis.source.lines.positionAt(offset);
    return `${displayPath(cwd, path)}:${p.line + 1}:${p.character + 1}`;
  };
  const out: string[] = [tm(locale, 'migrateHeader', { path: displayPath(cwd, path), from: own.extends, to: extendsValue(target) })];
  findings.sort((a, b) => a.offset - b.offset);
  for (const f of findings) {
    out.push(f.mapped !== undefined ? tm(locale, 'migrateMapped', { at: at(f.offset), old: f.old, new: f.mapped }) : tm(locale, 'migrateUnmapped', { at: at(f.offset), old: f.old, why: f.why ?? '' }));
  }
  for (const d of overlay) out.push(`  ${displayPath(cwd, path)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message[locale]}`);
  const unmapped = findings.filter((f) => f.mapped === undefined).length + overlay.length;

  let written = '';
  if (values['dry-run']) written = tm(locale, 'migrateDryRun');
  else {
    const entry = await host.entry(path);
    await writeAtomic(path, encodeText(text, entry?.bom ?? false));
    written = tm(locale, 'migrateWritten', { path: displayPath(cwd, path) });
  }
  out.push(tm(locale, 'migrateSummary', { mapped: findings.filter((f) => f.mapped !== undefined).length, unmapped, written }));
  ctx.io.stdout(`${out.join('\n')}\n`);
  return unmapped > 0 ? 1 : 0;
}

/** Every agency reference the plan itself writes (not its own `agencies:` entries). */
function walkAgencyRefs(own: Record<string, unknown>, analysis: PlanAnalysis, visit: (text: string, range: { start: number; end: number } | undefined) => void): void {
  const source = analysis.source;
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      // Timeframes and due dates have `from`/`to` too, but they are dates.
      if (key === 'timeframe' || key === 'due') continue;
      if (AGENCY_KEYS.has(key)) {
        if (typeof child === 'string') visit(child, source.valueRange(value, key));
        else if (Array.isArray(child)) child.forEach((c, i) => typeof c === 'string' && visit(c, source.itemRange(child, i)));
        continue;
      }
      walk(child);
    }
  };
  for (const [key, value] of Object.entries(own)) if (key !== 'agencies' && key !== 'extends') walk(value);
}

function agenciesOf(analysis: PlanAnalysis | undefined): AgencyEntry[] {
  if (!analysis) return [];
  const value = (analysis.resolution?.plan ?? analysis.model.value) as { agencies?: AgencyEntry[] } | undefined;
  return value?.agencies ?? [];
}

/** The package.json beside a template file, for `kehoach.supersededBy`. */
async function packageOf(templateUri: string): Promise<{ supersededBy?: string } | undefined> {
  const text = await readFile(join(dirname(templateUri), 'package.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const json = JSON.parse(text) as { kehoach?: { supersededBy?: string } };
  return json.kehoach?.supersededBy ? { supersededBy: json.kehoach.supersededBy } : {};
}
