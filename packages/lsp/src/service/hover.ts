import { basisObject, isGroup, pick, planTasks, timeframeText, type ItemVisit, type Locale, type PlanAnalysis, type Task } from '@kehoach/core';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { docContext, type DocContext, type ServiceContext } from './context.js';
import { agencyMarkdown, legalRefMarkdown, timeframeMarkdown } from './describe.js';
import { factsMarkdown, factsOfGroup, taskMarkdown } from './describe-task.js';
import { periodHover, targetHover, taskHover } from './report.js';
import { docOf, keyDocMarkdown, schemaAt, valueKind } from './value-kinds.js';
import { scalarAt, scalarText, type ScalarAt } from './yaml-nodes.js';

export async function hover(ctx: ServiceContext, uri: string, position: Position): Promise<Hover | null> {
  const dc = await docContext(ctx, uri);
  if (!dc) return null;
  const offset = dc.offsetAt(position);
  const parts: string[] = [];
  let range: { start: number; end: number } | undefined;
  const at = scalarAt(dc.analysis.source, offset);
  if (at) {
    const text = describe(ctx, dc, at);
    if (text) {
      parts.push(text);
      range = at.range;
    }
  }
  for (const d of await diagnosticsAt(ctx, dc, offset)) {
    parts.push(d.text);
    range ??= d.range;
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, ...(range ? { range: dc.rangeOf(range) } : {}) };
}

/** The rule behind each diagnostic under the cursor: what it checks, why, and its docs page. */
async function diagnosticsAt(ctx: ServiceContext, dc: DocContext, offset: number): Promise<{ text: string; range: { start: number; end: number } }[]> {
  const check = await ctx.ws.check(dc.doc.path).promise;
  if (!check) return [];
  const out: { text: string; range: { start: number; end: number } }[] = [];
  const seen = new Set<string>();
  for (const d of check.diagnostics) {
    if (offset < d.offsets.start || offset > d.offsets.end || seen.has(d.ruleId)) continue;
    seen.add(d.ruleId);
    const rule = ctx.rules.get(d.ruleId);
    const lines = [`**${d.ruleId}**: ${pick(d.message, dc.locale)}`];
    if (rule) lines.push('', pick(rule.meta.description, dc.locale), '', `_${pick(rule.meta.rationale, dc.locale)}_`);
    const href = ctx.docsUrl?.(d.ruleId);
    if (href) lines.push('', `[${dc.locale === 'en' ? 'Rule documentation' : 'Tài liệu quy tắc'}](${href})`);
    out.push({ text: lines.join('\n'), range: d.offsets });
  }
  return out;
}

function describe(ctx: ServiceContext, dc: DocContext, at: ScalarAt): string | undefined {
  const kind = dc.doc.kind ?? 'plan';
  const key = at.path[at.path.length - 1];
  const p = at.path;
  if (at.isKey && p.length === 3 && p[0] === 'patch' && p[1] === 'tasks') return overlayMarkdown(dc, String(key));
  if (at.isKey) return keyDocMarkdown(String(key), docOf(schemaAt(kind, at.path, dc.analysis.source.root)), dc.locale);
  const text = scalarText(at.node);
  if (text === undefined) return undefined;
  const analysis = dc.analysis;
  const holder = at.ancestors[at.ancestors.length - 1];
  // A report's period and deadline: the data cut-off and the deadline, read for the period
  // ("Trước ngày 20/3" has no year of its own: the period gives it).
  if (kind === 'report' && p.length === 1 && (key === 'period' || key === 'deadline')) return periodHover(dc);
  // The title of a task or group tells about it as its id does.
  if (key === 'title' && holder && taskObjects(analysis).some((v) => analysis.source.nodeOf(v.item as Task) === holder)) {
    return taskAt(analysis, (t) => analysis.source.nodeOf(t) === holder, dc.locale);
  }
  switch (valueKind(kind, at.path, dc.analysis.source.root)) {
    case 'agency':
    case 'successor':
    case 'agency-id': {
      const match = analysis.agencies.resolve(text);
      if (match) return agencyMarkdown(match.entry, analysis.agencies, dc.locale, ctx.ws.root);
      const suggestions = analysis.agencies.suggest(text, 3).map((s) => `\`${s.item.name}\``);
      const head = dc.locale === 'en' ? `**${text}** is not in the agency registry in effect.` : `**${text}** không có trong danh mục cơ quan đang áp dụng.`;
      return suggestions.length ? `${head}\n\n${dc.locale === 'en' ? 'Did you mean' : 'Có phải là'}: ${suggestions.join(', ')}?` : head;
    }
    case 'timeframe':
      return timeframeMarkdown(text, analysis.timeframe(text), dc.locale);
    case 'legal-ref': {
      const basis = analysis.plan?.legalBases?.find((b) => typeof b === 'object' && analysis.source.nodeOf(b) === holder);
      return legalRefMarkdown(text, basis === undefined ? undefined : basisObject(basis), dc.locale);
    }
    case 'plan-number': {
      const plan = analysis.plan;
      return legalRefMarkdown(text, { type: 'Kế hoạch', date: plan?.date, issuer: plan?.issuer?.name, summary: plan?.title }, dc.locale);
    }
    case 'parent-ref': {
      const parent = parentOf(dc);
      const plan = parent?.plan;
      return legalRefMarkdown(text, plan ? { type: 'Kế hoạch', date: plan.date, issuer: plan.issuer?.name, summary: plan.title } : undefined, dc.locale);
    }
    case 'task-id':
      return taskAt(analysis, (t) => analysis.source.nodeOf(t) === holder, dc.locale);
    case 'task-ref': {
      const found = taskAt(analysis, (t) => t.id === text, dc.locale);
      const head = dc.locale === 'en' ? `The task \`${text}\`, shown here again:` : `Nhắc lại nhiệm vụ \`${text}\`:`;
      if (found) return `${head}\n\n${found}`;
      return dc.locale === 'en' ? `No task \`${text}\` in this plan.` : `Kế hoạch không có nhiệm vụ \`${text}\`.`;
    }
    case 'overlay-task':
      return overlayMarkdown(dc, text);
    case 'report-task':
      return taskHover(dc, text);
    case 'report-target':
      return targetHover(dc, text);
    case 'implements': {
      const parent = parentOf(dc);
      const view = parent?.tasks().find((v) => v.task.id === text);
      if (!parent || !view) {
        return dc.locale === 'en' ? `Task \`${text}\` is not found in the parent plan.` : `Không tìm thấy nhiệm vụ \`${text}\` trong kế hoạch cấp trên.`;
      }
      const head = dc.locale === 'en' ? 'Implements the parent plan task:' : 'Thực hiện nhiệm vụ của kế hoạch cấp trên:';
      return `${head}\n\n${taskMarkdown(view, view.timeframe ? parent.timeframe(view.timeframe.value) : undefined, dc.locale)}`;
    }
    default:
      return undefined;
  }
}

/** Every task object of the file, groups included; a template's own too. */
function taskObjects(analysis: PlanAnalysis): ItemVisit[] {
  const plan = analysis.plan ?? analysis.ownPlan;
  return plan ? planTasks(plan) : [];
}

/** A task as rules see it, or a group with what it states and inherits; the first of the file that `which` picks. */
function taskAt(analysis: PlanAnalysis, which: (t: Task) => boolean, locale: Locale): string | undefined {
  const visit = taskObjects(analysis).find((v) => which(v.item as Task));
  if (!visit) return undefined;
  const task = visit.item as Task;
  if (isGroup(task)) {
    const facts = factsOfGroup(analysis, task, visit.groups);
    return factsMarkdown(facts, facts.timeframe ? analysis.timeframe(facts.timeframe.value) : undefined, locale);
  }
  const view = analysis.tasks().find((v) => v.task === task);
  if (view) return taskMarkdown(view, view.timeframe ? analysis.timeframe(view.timeframe.value) : undefined, locale);
  return `**${task.title ?? task.id}**\n\n- ${locale === 'en' ? 'Id' : 'Mã'}: \`${task.id}\``;
}

/** A task a plan over a template patches, removes or places a new task after: the template's task. */
function overlayMarkdown(dc: DocContext, id: string): string {
  const en = dc.locale === 'en';
  for (const layer of [...(dc.analysis.resolution?.layers ?? [])].reverse()) {
    if (layer.uri === dc.doc.path) continue;
    const tasks = layer.value.tasks;
    const task = Array.isArray(tasks) ? (tasks as Task[]).find((t) => t && typeof t === 'object' && t.id === id) : undefined;
    if (!task) continue;
    const lines = [`**${task.title ?? id}**`, '', `- ${en ? 'Id' : 'Mã'}: \`${id}\``, `- ${en ? 'From the template' : 'Của mẫu'}: ${layer.label}`];
    if (task.lead !== undefined) lines.push(`- ${en ? 'Lead' : 'Chủ trì'}: ${[task.lead].flat().join('; ')}`);
    if (task.timeframe !== undefined) lines.push(`- ${en ? 'Timeframe' : 'Thời gian'}: ${timeframeText(task.timeframe)}`);
    return lines.join('\n');
  }
  const own = taskAt(dc.analysis, (t) => t.id === id, dc.locale);
  return own ?? (en ? `No task \`${id}\` in the templates this plan extends.` : `Không có nhiệm vụ \`${id}\` trong các mẫu kế hoạch được kế thừa.`);
}

export function parentOf(dc: DocContext): PlanAnalysis | undefined {
  const p = dc.loaded.parent;
  return p.status === 'resolved' || p.status === 'ref-mismatch' ? p.parent : undefined;
}
