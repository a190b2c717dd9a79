import type { PlanAnalysis, Project } from '@kehoach/core';
import { buildDocument, type DocumentOptions } from './document/build.js';
import { renderDocx } from './docx/render-docx.js';
import { renderHtml } from './html/render-html.js';
import { renderMarkdown } from './markdown/render-markdown.js';
import { renderText } from './text/render-text.js';

/** DOCX (the official document), HTML (preview, print), Markdown (review), plain text (the words in reading order). */
export type RenderFormat = 'docx' | 'html' | 'md' | 'txt';

export interface RenderOptions extends DocumentOptions {
  format: RenderFormat;
}

/** File extension of each format, for `-o` defaults. */
export const FORMAT_EXTENSIONS: Readonly<Record<RenderFormat, string>> = { docx: '.docx', html: '.html', md: '.md', txt: '.txt' };

/** Why a plan cannot be rendered; `message` is Vietnamese, `messageEn` English. */
export class RenderError extends Error {
  constructor(
    readonly code: 'not-found' | 'not-a-plan' | 'unknown-format',
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'RenderError';
  }
}

/**
 * The plan as the official document: DOCX bytes, or HTML / Markdown text. Rendering
 * never fails on an incomplete plan: what is missing is left blank as offices do.
 */
export function renderPlan(analysis: PlanAnalysis, options: RenderOptions & { format: 'docx' }): Promise<Uint8Array>;
export function renderPlan(analysis: PlanAnalysis, options: RenderOptions & { format: 'html' | 'md' | 'txt' }): Promise<string>;
export function renderPlan(analysis: PlanAnalysis, options: RenderOptions): Promise<Uint8Array | string>;
export async function renderPlan(analysis: PlanAnalysis, options: RenderOptions): Promise<Uint8Array | string> {
  if (!analysis.plan) {
    throw new RenderError('not-a-plan', `${analysis.uri} không phải là tệp kế hoạch`, `${analysis.uri} is not a plan`);
  }
  const doc = buildDocument(analysis, options);
  switch (options.format) {
    case 'docx':
      return renderDocx(doc);
    case 'html':
      return renderHtml(doc);
    case 'md':
      return renderMarkdown(doc);
    case 'txt':
      return renderText(doc);
    default:
      throw new RenderError(
        'unknown-format',
        `Định dạng không hỗ trợ: ${String(options.format)} (docx, html, md, txt)`,
        `Unsupported format: ${String(options.format)} (docx, html, md, txt)`,
      );
  }
}

/** Reads a plan through the project (so its agency registry resolves) and returns its analysis. */
export async function loadForRender(project: Project, path: string): Promise<PlanAnalysis> {
  const loaded = await project.analyze(path);
  if (!loaded) throw new RenderError('not-found', `Không đọc được tệp ${path}`, `Cannot read ${path}`);
  if (loaded.kind !== 'plan' || !loaded.analysis.plan) {
    throw new RenderError('not-a-plan', `${path} không phải là tệp kế hoạch (kind: plan)`, `${path} is not a plan (kind: plan)`);
  }
  return loaded.analysis;
}
