import { timeframeText, type Layout, type ReportPath, type Target } from '@kehoach/core';
import type { BuildContext } from './context.js';
import { asItems, listBlocks, paragraph, styleUnderHeading } from './lists.js';
import type { Block } from './model.js';
import { reportSentence } from './report.js';
import { dutyBlocks, quantityText, taskBlocks } from './tasks.js';
import { capitalize, clean, dueText, roman, sentence, upper } from './text.js';

type HeadingKey = keyof NonNullable<Layout['headings']>;

/** Default headings, as the seeds word them; `layout.headings` overrides each. */
const DEFAULTS: Record<HeadingKey, string> = {
  purpose: 'MỤC ĐÍCH, YÊU CẦU',
  objectives: 'Mục đích',
  requirements: 'Yêu cầu',
  audiences: 'Đối tượng',
  targets: 'Chỉ tiêu',
  contentSection: 'NỘI DUNG, HÌNH THỨC',
  content: 'Nội dung',
  forms: 'Hình thức',
  tasks: 'NHIỆM VỤ CỤ THỂ',
  budget: 'KINH PHÍ',
  timeframe: 'THỜI GIAN THỰC HIỆN',
  duties: 'TỔ CHỨC THỰC HIỆN',
};

export function heading(ctx: BuildContext, key: HeadingKey): string {
  return clean(ctx.layout.headings?.[key]) || DEFAULTS[key];
}

interface Part {
  key: HeadingKey;
  items: unknown;
}

/**
 * The body of a plan in the earlier shape: the Roman-numeral parts in the order of the
 * seeds (purpose, content, tasks, budget, timeframe, duties). Only parts with content are
 * printed, numbered without gaps.
 */
export function buildSections(ctx: BuildContext): Block[] {
  const plan = ctx.plan;
  const parts: { title: string; blocks: Block[] }[] = [];
  const push = (title: string, blocks: Block[]): void => {
    if (blocks.length) parts.push({ title: upper(title), blocks });
  };

  const purpose: Part[] = [
    { key: 'objectives', items: plan.objectives },
    { key: 'requirements', items: plan.requirements },
    { key: 'audiences', items: plan.audiences },
    { key: 'targets', items: targetItems(plan.targets) },
  ];
  const hasAudiences = asItems(plan.audiences).length > 0;
  const purposeTitle = clean(ctx.layout.headings?.purpose) || `${DEFAULTS.purpose}${hasAudiences ? ' VÀ ĐỐI TƯỢNG' : ''}`;
  push(purposeTitle, subsections(ctx, purpose));

  const content = asItems(plan.content);
  const forms = asItems(plan.forms);
  if (content.length && forms.length) {
    push(heading(ctx, 'contentSection'), subsections(ctx, [{ key: 'content', items: content }, { key: 'forms', items: forms }]));
  } else if (content.length || forms.length) {
    const key: HeadingKey = content.length ? 'content' : 'forms';
    const title = clean(ctx.layout.headings?.contentSection) || heading(ctx, key);
    push(title, listBlocks(ctx, content.length ? content : forms, 'numbers'));
  }

  const tasks = Array.isArray(plan.tasks) ? plan.tasks : [];
  push(heading(ctx, 'tasks'), taskBlocks(ctx, tasks));

  const budget = typeof plan.budget === 'string' ? paragraph(ctx, plan.budget) : listBlocks(ctx, plan.budget, 'numbers');
  push(heading(ctx, 'budget'), budget);

  if (plan.timeframe !== undefined) {
    push(heading(ctx, 'timeframe'), paragraph(ctx, capitalize(timeframeText(plan.timeframe))));
  }

  const duties = Array.isArray(plan.duties) ? plan.duties : [];
  const dutyPart = dutyBlocks(ctx, duties);
  // The closing usually carries the reporting sentence; record it first so it is not said twice.
  ctx.record(clean(plan.closing));
  dutyPart.push(...reportingBlocks(ctx));
  push(heading(ctx, 'duties'), dutyPart);

  return parts.flatMap((p, i): Block[] => [{ kind: 'heading', marker: `${roman(i + 1)}.`, text: p.title, level: 1 }, ...p.blocks]);
}

function subsections(ctx: BuildContext, parts: Part[]): Block[] {
  const blocks: Block[] = [];
  let n = 0;
  for (const part of parts) {
    const items = asItems(part.items);
    if (!items.length) continue;
    n += 1;
    const title = heading(ctx, part.key);
    ctx.record(title);
    blocks.push({ kind: 'heading', marker: `${n}.`, text: title, level: 2 });
    blocks.push(...listBlocks(ctx, items, styleUnderHeading(ctx, items)));
  }
  return blocks;
}

function targetItems(targets: Target[] | undefined): string[] {
  if (!Array.isArray(targets)) return [];
  return targets.map((t) => capitalize(quantityText(t))).filter(Boolean);
}

/** The plan's reporting entries that neither the duties nor the closing already state, one paragraph each. */
function reportingBlocks(ctx: BuildContext): Block[] {
  const reporting = Array.isArray(ctx.plan.reporting) ? ctx.plan.reporting : [];
  const blocks: Block[] = [];
  for (const entry of reporting) {
    const text = reportSentence(ctx, entry);
    if (!text || reportSaid(ctx, entry, text)) continue;
    ctx.record(text);
    blocks.push({ kind: 'paragraph', text: sentence(capitalize(text)) });
  }
  return blocks;
}

/** A report path is already stated when its wording is, or when its addressee, channel and due date all are. */
function reportSaid(ctx: BuildContext, entry: ReportPath, text: string): boolean {
  if (ctx.hasSaid(text)) return true;
  if (clean(entry.text)) return false;
  const due = dueText(entry.due);
  return [ctx.agencies(entry.to), ctx.agencyName(entry.via), due, clean(entry.cadence)]
    .filter(Boolean)
    .every((part) => ctx.hasSaid(part));
}
