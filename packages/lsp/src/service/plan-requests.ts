import { dirname, joinPath, relativePath, type Locale } from '@kehoach/core';
import { localeOf, type ServiceContext } from './context.js';
import { newPlanFileName, newPlanText, type Level } from './new-plan.js';
import { resolvedPlanText } from './resolved-plan.js';
import { uriToPath } from './uri.js';
import type { Loaded } from './workspace.js';

/**
 * What the editor shows of a plan besides diagnostics — the official document, the plan
 * resolved through its templates, a new plan — computed by the server so every client
 * gets the same (the VS Code extension only shows the results; Neovim asks the same
 * requests). Each refuses with a message in the author's language.
 */
export type PlanResult<T> = { ok: true; value: T } | { ok: false; message: string };

export type RenderFormat = 'html' | 'docx' | 'md';

export interface Rendered {
  format: RenderFormat;
  /** The document's file name next to the plan (`ke-hoach.docx`). */
  fileName: string;
  /** HTML or Markdown. */
  text?: string;
  /** DOCX bytes, base64. */
  base64?: string;
}

const MESSAGES = {
  notAPlan: { vi: '{0} không phải là tệp kế hoạch.', en: '{0} is not a plan.' },
  format: { vi: 'Định dạng không hỗ trợ: {0} (html, docx, md).', en: 'Unsupported format: {0} (html, docx, md).' },
  cannotRender: { vi: 'Không kết xuất được kế hoạch: {0}', en: 'Cannot render the plan: {0}' },
  badInput: { vi: 'Thiếu hoặc sai thông tin cho kế hoạch mới: {0}.', en: 'Missing or invalid input for a new plan: {0}.' },
};

function say(locale: Locale, m: { vi: string; en: string }, arg = ''): string {
  return (locale === 'en' ? m.en : m.vi).replace('{0}', arg);
}

async function planAt(ctx: ServiceContext, uri: string): Promise<{ loaded: Loaded; locale: Locale } | { refusal: string }> {
  const path = uriToPath(uri);
  const loaded = await ctx.ws.analyze(path).catch(() => undefined);
  const locale = localeOf(ctx, loaded);
  if (!loaded || loaded.kind !== 'plan' || !loaded.analysis.plan) return { refusal: say(locale, MESSAGES.notAPlan, path.split('/').pop() ?? path) };
  return { loaded, locale };
}

/** `kehoach/render`: the plan as the official document (Nghị định 30/2020/NĐ-CP). */
export async function renderDocument(ctx: ServiceContext, uri: string, format: string): Promise<PlanResult<Rendered>> {
  const found = await planAt(ctx, uri);
  if ('refusal' in found) return { ok: false, message: found.refusal };
  const { loaded, locale } = found;
  if (format !== 'html' && format !== 'docx' && format !== 'md') return { ok: false, message: say(locale, MESSAGES.format, format) };
  // Loaded on first use: the renderer is not needed to check plans as they are typed.
  const { renderPlan } = await import('@kehoach/render');
  const name = (uriToPath(uri).split('/').pop() ?? 'ke-hoach').replace(/(\.kehoach)?\.ya?ml$/i, '');
  try {
    if (format === 'docx') {
      const bytes = await renderPlan(loaded.analysis, { format: 'docx' });
      return { ok: true, value: { format, fileName: `${name}.docx`, base64: toBase64(bytes) } };
    }
    const text = await renderPlan(loaded.analysis, { format });
    return { ok: true, value: { format, fileName: `${name}.${format}`, text } };
  } catch (e) {
    const message = e instanceof Error ? ((e as { message: string; vi?: string }).message ?? String(e)) : String(e);
    return { ok: false, message: say(locale, MESSAGES.cannotRender, message) };
  }
}

/** `kehoach/resolve`: the plan after its `extends` chain, as YAML saying where each part came from. */
export async function resolvePlan(ctx: ServiceContext, uri: string): Promise<PlanResult<{ text: string }>> {
  const found = await planAt(ctx, uri);
  if ('refusal' in found) return { ok: false, message: found.refusal };
  return { ok: true, value: { text: resolvedPlanText(found.loaded.analysis, found.locale) } };
}

export interface TemplateChoice {
  uri: string;
  /** The template's own id, its level and description, as it states them. */
  id?: string;
  level?: string;
  description?: string;
  /** Its path from the workspace root. */
  label: string;
}

/** `kehoach/templates`: the templates of the workspace, for a new plan (of a level, when given). */
export async function templateChoices(ctx: ServiceContext, level?: string): Promise<TemplateChoice[]> {
  const out: TemplateChoice[] = [];
  for (const path of ctx.ws.knownPaths().sort()) {
    if ((await ctx.ws.kindOf(path)) !== 'template') continue;
    const loaded = await ctx.ws.analyze(path).catch(() => undefined);
    const own = (loaded?.analysis.ownPlan ?? {}) as { id?: unknown; level?: unknown; description?: unknown };
    const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
    if (level && str(own.level) && own.level !== level) continue;
    out.push({
      uri: ctx.ws.uriOf(path),
      label: relativePath(ctx.ws.root, path),
      ...(str(own.id) ? { id: str(own.id) } : {}),
      ...(str(own.level) ? { level: str(own.level) } : {}),
      ...(str(own.description) ? { description: str(own.description) } : {}),
    });
  }
  return out;
}

export interface NewPlanParams {
  /** The folder the plan is created in. */
  folder: string;
  level: Level;
  issuer: string;
  place: string;
  year: number;
  /** The template to extend (a URI from `kehoach/templates`). */
  template?: string;
}

/**
 * `kehoach/newPlan`: the file name and text of a new plan in `folder` (not written: the
 * client creates the file and opens it), and where its first placeholder is.
 */
export async function newPlan(ctx: ServiceContext, params: NewPlanParams): Promise<PlanResult<{ uri: string; text: string; placeholder?: { start: number; end: number } }>> {
  const locale = ctx.settings.locale ?? 'vi';
  const bad = (what: string): PlanResult<never> => ({ ok: false, message: say(locale, MESSAGES.badInput, what) });
  if (typeof params?.folder !== 'string') return bad('folder');
  if (!['province', 'district', 'commune'].includes(params.level)) return bad('level');
  if (typeof params.issuer !== 'string' || !params.issuer.trim()) return bad('issuer');
  if (!Number.isInteger(params.year) || params.year < 1945 || params.year > 2200) return bad('year');
  const folder = uriToPath(params.folder);
  const names = new Set<string>();
  for (let i = 1; i < 100; i++) {
    const name = i === 1 ? `ke-hoach-${params.year}.kehoach.yaml` : `ke-hoach-${params.year}-${i}.kehoach.yaml`;
    if ((await ctx.ws.readDisk(joinPath(folder, name))) !== undefined || ctx.ws.documentAt(joinPath(folder, name))) names.add(name);
  }
  const path = joinPath(folder, newPlanFileName(params.year, (n) => names.has(n)));
  const rel = (to: string): string => {
    const r = relativePath(dirname(path), to);
    return r.startsWith('../') ? r : `./${r}`;
  };
  // A registry only when no config of the folder names one already.
  const config = await ctx.ws.project.configs.forDirectory(folder).catch(() => undefined);
  let registry: string | undefined;
  if (!config?.registries.length) {
    for (const p of ctx.ws.knownPaths().sort()) {
      if ((await ctx.ws.kindOf(p)) === 'registry') {
        registry = rel(p);
        break;
      }
    }
  }
  const input = {
    level: params.level,
    issuer: params.issuer.trim(),
    place: typeof params.place === 'string' ? params.place.trim() : '',
    year: params.year,
    ...(params.template ? { template: rel(uriToPath(params.template)) } : {}),
    ...(registry ? { registry } : {}),
  };
  let text = newPlanText(input);
  if (input.template) {
    // What the template leaves blank, from the plan it makes of this draft.
    const draft = await ctx.ws.project.analyze(path, text).catch(() => undefined);
    ctx.ws.project.forget(path);
    const resolved = draft?.analysis.resolution?.plan as Record<string, unknown> | undefined;
    if (resolved) text = newPlanText(input, resolved);
  }
  const at = text.indexOf('<');
  return {
    ok: true,
    value: { uri: ctx.ws.uriOf(path), text, ...(at >= 0 ? { placeholder: { start: at, end: text.indexOf('>', at) + 1 } } : {}) },
  };
}

/** Base64 without Buffer (the server also runs in a browser worker). */
export function toBase64(bytes: Uint8Array): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += chars[(n >> 18) & 63]! + chars[(n >> 12) & 63]! + chars[(n >> 6) & 63]! + chars[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] as number) << 16;
    out += `${chars[(n >> 18) & 63]!}${chars[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    out += `${chars[(n >> 18) & 63]!}${chars[(n >> 12) & 63]!}${chars[(n >> 6) & 63]!}=`;
  }
  return out;
}
