import type { BuildContext } from './context.js';
import { bodyBlocks } from './body/items.js';
import { decisionCitation, issuerCode, shortDate } from './header.js';
import type { Appendix } from './model.js';
import { clean, roman } from './text.js';

/**
 * The appendices the plan states, in order: label, title and caption as written (the
 * caption composed from the plan's number, date and issuer when the plan gives none),
 * then their items. An appendix prints on landscape pages when it asks to or holds a
 * wide table.
 */
export function buildAppendices(ctx: BuildContext): Appendix[] {
  const list = Array.isArray(ctx.plan.appendices) ? ctx.plan.appendices.filter((a) => a && typeof a === 'object') : [];
  return list.map((appendix, i) => {
    const blocks = bodyBlocks(ctx, appendix.items);
    const title = clean(appendix.title);
    return {
      label: clean(appendix.label) || (list.length > 1 ? `PHỤ LỤC ${roman(i + 1)}` : 'PHỤ LỤC'),
      ...(title ? { title } : {}),
      caption: clean(appendix.caption) || caption(ctx),
      landscape: appendix.landscape ?? blocks.some((b) => b.kind === 'table' && b.landscape),
      blocks,
    };
  });
}

/** "(Kèm theo Kế hoạch số 84/KH-UBND ngày 12/01/2024 của Ủy ban nhân dân huyện Bình Sơn)", blanks as offices leave them. */
function caption(ctx: BuildContext): string {
  if (ctx.plan.decision && typeof ctx.plan.decision === 'object') return `(Kèm theo Kế hoạch ban hành kèm theo ${decisionCitation(ctx)})`;
  const number = clean(ctx.plan.number);
  const code = issuerCode(ctx);
  const year = ctx.year ?? '....';
  const num = number || `      /KH${code ? `-${code}` : ''}`;
  const date = shortDate(ctx.plan.date) || `     /     /${year}`;
  const issuer = clean(ctx.plan.issuer?.name);
  return `(Kèm theo Kế hoạch số ${num} ngày ${date}${issuer ? ` của ${issuer}` : ''})`;
}
