import { buildDocument, documentParagraphs, FORMAT_EXTENSIONS, RENDER_LIMITS, renderPlan, type RenderFormat } from '@kehoach/render';
import { choice } from '../args.js';
import type { Context } from '../context.js';
import { displayPath, toPosix } from '../paths.js';
import { claimsPdfA2b, docxToPdf, pdfMessage, requireSoffice } from '../pdf.js';
import { runPlanJob } from '../render-plans.js';
import { rt } from './render-messages.js';

const FORMATS: readonly (RenderFormat | 'pdf')[] = ['docx', 'html', 'md', 'txt', 'pdf'];

/** The format an output file name asks for ("ke-hoach.html" -> html). */
function formatOf(output: string | undefined): RenderFormat | 'pdf' | undefined {
  const ext = /\.([a-z]+)$/i.exec(output ?? '')?.[1]?.toLowerCase();
  if (ext === 'markdown') return 'md';
  if (ext === 'text') return 'txt';
  return FORMATS.find((f) => f === ext);
}

/**
 * `kehoach render`: plans as the official document of Nghị định 30/2020/NĐ-CP
 * (DOCX, HTML, Markdown or plain text), next to each plan, into --out-dir, or to -o.
 */
export async function renderCommand(ctx: Context, argv: string[]): Promise<number> {
  let format: RenderFormat | 'pdf' = 'docx';
  let appendix = true;
  let soffice = '';
  return runPlanJob(ctx, {
    command: 'render',
    argv,
    options: { format: { type: 'string', short: 'f' }, 'no-appendix': { type: 'boolean' } },
    help: 'renderHelp',
    prepare: (values) => {
      format = choice('--format', values.format as string | undefined, FORMATS) ?? formatOf(values.output as string | undefined) ?? 'docx';
      appendix = values['no-appendix'] !== true;
      // PDF: the DOCX through LibreOffice (pdf.ts); without it, one message naming what to install.
      // (`-o -` is refused first: a PDF does not go to the terminal, LibreOffice or not.)
      if (format === 'pdf' && values.output !== '-') soffice = requireSoffice(ctx.io.env);
      return { ext: format === 'pdf' ? '.pdf' : FORMAT_EXTENSIONS[format], textual: format !== 'docx' && format !== 'pdf' };
    },
    produce: async (analysis, limits) => {
      if (format !== 'pdf') return renderPlan(analysis, { format, appendix, limits });
      const shown = displayPath(toPosix(ctx.io.cwd), analysis.uri);
      const pdf = await docxToPdf(await renderPlan(analysis, { format: 'docx', appendix, limits }), soffice, shown);
      if (!claimsPdfA2b(pdf)) ctx.io.stderr(`${pdfMessage(ctx.locale, 'notPdfa', { path: shown })}\n`);
      return pdf;
    },
    oversize: (analysis, limits) => {
      const limit = limits?.paragraphs ?? RENDER_LIMITS.paragraphs;
      const paragraphs = documentParagraphs(buildDocument(analysis, { appendix }));
      return paragraphs > limit ? { paragraphs, limit } : undefined;
    },
    errorsNote: 'hasErrors',
    summary: (locale, count) => rt(locale, 'renderedSummary', { count, format }),
  });
}
