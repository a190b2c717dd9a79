import { agencyIdSchema, taskIdSchema } from '@kehoach/core';
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { docContext, type DocContext, type ServiceContext } from './context.js';
import { indexOf } from './symbols-index.js';
import { eachPlaceLoaded, referencesOf, targetAt, type Place, type Target } from './targets.js';

export type RenameResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** The id under the cursor and its range (quotes excluded), when it can be renamed. */
export async function prepareRename(ctx: ServiceContext, uri: string, position: Position): Promise<RenameResult<{ range: Range; placeholder: string }>> {
  const dc = await docContext(ctx, uri);
  if (!dc) return { ok: false, message: notOurs(ctx) };
  const found = await renamable(ctx, dc, dc.offsetAt(position));
  if (!found.ok) return found;
  const { at, id } = found.value;
  return { ok: true, value: { range: dc.rangeOf(inner(dc.doc.text, at)), placeholder: id } };
}

export async function rename(ctx: ServiceContext, uri: string, position: Position, newName: string): Promise<RenameResult<WorkspaceEdit>> {
  const dc = await docContext(ctx, uri);
  if (!dc) return { ok: false, message: notOurs(ctx) };
  const found = await renamable(ctx, dc, dc.offsetAt(position));
  if (!found.ok) return found;
  const { target, id } = found.value;
  const en = dc.locale === 'en';
  const name = newName.trim();
  if (name === id) return { ok: true, value: { changes: {} } };
  if (target.kind === 'task') {
    if (!taskIdSchema.safeParse(name).success) {
      return { ok: false, message: en ? `"${name}" is not a task id (lowercase letters, digits, dashes)` : `"${name}" không phải mã nhiệm vụ hợp lệ (chữ thường không dấu, số, gạch ngang)` };
    }
    const plan = await ctx.ws.analyze(target.planPath);
    if (plan && indexOf(plan.analysis).tasks.some((t) => t.id === name)) {
      return { ok: false, message: en ? `Task id "${name}" already exists in the plan` : `Mã nhiệm vụ "${name}" đã có trong kế hoạch` };
    }
  } else if (target.kind === 'agency') {
    if (!agencyIdSchema.safeParse(name).success) {
      return { ok: false, message: en ? `"${name}" is not an agency id (lowercase letters, digits, dashes)` : `"${name}" không phải mã cơ quan hợp lệ (chữ thường không dấu, số, gạch ngang)` };
    }
    const registry = await ctx.ws.analyze(target.def.path);
    if (registry && indexOf(registry.analysis).agencies.some((a) => a.entry.id === name)) {
      return { ok: false, message: en ? `Agency id "${name}" already exists` : `Mã cơ quan "${name}" đã có trong danh mục` };
    }
  }
  const def = target.kind === 'file' ? undefined : target.def;
  const places: Place[] = [];
  if (def) places.push(def);
  places.push(...(await referencesOf(ctx, target)));
  const changes: Record<string, TextEdit[]> = {};
  await eachPlaceLoaded(ctx, places, (place, loaded) => {
    const text = loaded.analysis.source.text;
    const range = inner(text, place.range);
    // Agencies written by name keep resolving by name: only uses of the id change.
    if (place !== def && target.kind === 'agency' && text.slice(range.start, range.end) !== id) return;
    const uri = ctx.ws.uriOf(place.path);
    const edits = (changes[uri] ??= []);
    if (edits.some((e) => loaded.analysis.source.lines.offsetAt(e.range.start) === range.start)) return;
    edits.push({ range: loaded.analysis.source.lines.range(range), newText: name });
  });
  return { ok: true, value: { changes } };
}

async function renamable(ctx: ServiceContext, dc: DocContext, offset: number): Promise<RenameResult<{ target: Target; id: string; at: { start: number; end: number } }>> {
  const target = await targetAt(ctx, dc, offset);
  const en = dc.locale === 'en';
  if (!target || target.kind === 'file' || target.kind === 'target' || !target.at) {
    return { ok: false, message: en ? 'Only task ids and agency ids can be renamed' : 'Chỉ đổi tên được mã nhiệm vụ và mã cơ quan' };
  }
  if (target.kind === 'task') return { ok: true, value: { target, id: target.id, at: target.at.range } };
  const id = target.entry.id;
  if (target.at.text !== id) {
    return {
      ok: false,
      message: en
        ? `"${target.at.text}" is a name of agency "${id}": rename its id in the registry or where the id is written`
        : `"${target.at.text}" là tên của cơ quan "${id}": hãy đổi mã ở danh mục hoặc ở chỗ ghi mã`,
    };
  }
  return { ok: true, value: { target, id, at: target.at.range } };
}

function notOurs(ctx: ServiceContext): string {
  return ctx.settings.locale === 'en' ? 'Not a kehoach file (plan, report, registry, template or config)' : 'Không phải tệp của kehoach (kế hoạch, báo cáo, danh mục, mẫu hoặc cấu hình)';
}

/** A scalar's range without its quotes. */
function inner(text: string, r: { start: number; end: number }): { start: number; end: number } {
  const q = text.charAt(r.start);
  if ((q === '"' || q === "'") && r.end - r.start >= 2 && text.charAt(r.end - 1) === q) return { start: r.start + 1, end: r.end - 1 };
  return r;
}
