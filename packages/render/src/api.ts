import type { PlanAnalysis, Project } from '@kehoach/core';
import { buildDocument, type DocumentOptions } from './document/build.js';
import type { Block, RenderDocument } from './document/model.js';
import { renderDocx } from './docx/render-docx.js';
import { renderHtml } from './html/render-html.js';
import { renderMarkdown } from './markdown/render-markdown.js';
import { renderText } from './text/render-text.js';

/** DOCX (the official document), HTML (preview, print), Markdown (review), plain text (the words in reading order). */
export type RenderFormat = 'docx' | 'html' | 'md' | 'txt';

export interface RenderOptions extends DocumentOptions {
  format: RenderFormat;
  /** How large a document is rendered (see `RENDER_LIMITS`); a larger one throws `RenderError` 'too-large'. */
  limits?: Partial<RenderLimits>;
}

/**
 * How large a document `renderPlan` writes. Measured on 2 cores (bench/results/README.md,
 * "Import and render at size"): the DOCX is written a part at a time, so time and memory
 * grow with the paragraphs and table cells of the document, a few µs of CPU each once
 * written straight as XML (docx/straight.ts); a plan of 23,500 tasks (7 MiB, 100,000
 * paragraphs) renders in about 2 s of wall time within 300 MB (the process's, Node and
 * the plan's analysis included). At the limit, a document of table cells only takes
 * about 0.6 s of CPU within 150 MB (cells merged down or not).
 * Core reads plans of up to 8 MiB characters, about 32,000 tasks as plans word them
 * (136,000 paragraphs: 3 s, 360 MB): the limit is for documents whose size is not in
 * their words (many tiny tasks, a data table of a million cells).
 */
export interface RenderLimits {
  /** Paragraphs of the document, each table cell counting as one (as Word counts them). */
  paragraphs: number;
}

export const RENDER_LIMITS: Readonly<RenderLimits> = { paragraphs: 150_000 };

/** Paragraphs the document will have: headings, points, paragraphs, and each cell of its tables. */
export function documentParagraphs(doc: RenderDocument): number {
  let count = 0;
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'table') {
        for (const row of b.head) count += row.length;
        for (const row of b.rows) count += row.cells.length;
        if (b.caption) count++;
      } else {
        count++;
        if (b.kind === 'item') walk(b.children);
      }
    }
  };
  walk(doc.body);
  for (const a of doc.appendices) walk(a.blocks);
  if (doc.decision) walk(doc.decision.articles);
  return count;
}

/** File extension of each format, for `-o` defaults. */
export const FORMAT_EXTENSIONS: Readonly<Record<RenderFormat, string>> = { docx: '.docx', html: '.html', md: '.md', txt: '.txt' };

/**
 * Why a plan cannot be rendered; `message` is Vietnamese, `messageEn` English. For
 * 'too-large', `size` is the document's paragraphs and `limit` the limit.
 */
export class RenderError extends Error {
  constructor(
    readonly code: 'not-found' | 'not-a-plan' | 'unknown-format' | 'too-large',
    message: string,
    readonly messageEn: string,
    readonly size?: { paragraphs: number; limit: number },
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
  const limit = options.limits?.paragraphs ?? RENDER_LIMITS.paragraphs;
  const paragraphs = documentParagraphs(doc);
  if (paragraphs > limit) {
    throw new RenderError(
      'too-large',
      `${analysis.uri}: văn bản có ${paragraphs.toLocaleString('vi-VN')} đoạn, quá giới hạn ${limit.toLocaleString('vi-VN')} đoạn`,
      `${analysis.uri}: the document has ${paragraphs.toLocaleString('en-US')} paragraphs, over the limit of ${limit.toLocaleString('en-US')}`,
      { paragraphs, limit },
    );
  }
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
