import { basisObject, pick, type PlanAnalysis } from '@kehoach/core';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { docContext, type DocContext, type ServiceContext } from './context.js';
import { agencyMarkdown, legalRefMarkdown, taskMarkdown, timeframeMarkdown } from './describe.js';
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
  if (at.isKey) return keyDocMarkdown(String(key), docOf(schemaAt(kind, at.path, dc.analysis.source.root)), dc.locale);
  const text = scalarText(at.node);
  if (text === undefined) return undefined;
  const analysis = dc.analysis;
  const holder = at.ancestors[at.ancestors.length - 1];
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
    case 'task-id': {
      const view = analysis.tasks().find((v) => analysis.source.nodeOf(v.task) === holder);
      return view ? taskMarkdown(view, view.timeframe ? analysis.timeframe(view.timeframe.value) : undefined, dc.locale) : undefined;
    }
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

export function parentOf(dc: DocContext): PlanAnalysis | undefined {
  const p = dc.loaded.parent;
  return p.status === 'resolved' || p.status === 'ref-mismatch' ? p.parent : undefined;
}
