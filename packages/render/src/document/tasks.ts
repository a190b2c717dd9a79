import { asList, timeframeText, type Duty, type Quantity, type Task } from '@kehoach/core';
import type { BuildContext } from './context.js';
import { asItems, listBlocks, markerFor, styleUnderHeading } from './lists.js';
import type { Block } from './model.js';
import { reportSentence } from './report.js';
import { capitalize, clean, mentions, sentence } from './text.js';

/** "III. HÌNH THỨC TUYÊN TRUYỀN": each task a bold numbered title with its lines, as the district seed shows. */
export function taskBlocks(ctx: BuildContext, tasks: readonly Task[]): Block[] {
  const blocks: Block[] = [];
  tasks.forEach((task, i) => {
    const content = asItems(task.content);
    let title = clean(task.title);
    if (!title && content.length && typeof content[0] === 'string') title = clean(content.shift());
    ctx.record(title);
    blocks.push({ kind: 'heading', marker: `${i + 1}.`, text: title || clean(task.id), level: 2 });
    if (content.length) blocks.push(...listBlocks(ctx, content, styleUnderHeading(ctx, content)));
    blocks.push(...fieldLines(ctx, task, { lead: true, text: '' }));
  });
  return blocks;
}

/** "V. TỔ CHỨC THỰC HIỆN": each agency a bold numbered heading, its duties as points. */
export function dutyBlocks(ctx: BuildContext, duties: readonly Duty[]): Block[] {
  const blocks: Block[] = [];
  duties.forEach((duty, i) => {
    const heading = clean(duty.heading) || ctx.agencies(duty.agency);
    ctx.record(heading);
    blocks.push({ kind: 'heading', marker: `${i + 1}.`, text: heading, level: 2 });
    const intro = clean(duty.text);
    if (intro) {
      ctx.record(intro);
      blocks.push({ kind: 'paragraph', text: sentence(intro) });
    }
    const tasks = Array.isArray(duty.tasks) ? duty.tasks : [];
    // Duties are lettered as the province seed and Phụ lục I show, unless the layout says dashes.
    const style = ctx.layout.points === 'dashes' ? 'dashes' : 'letters';
    let said = intro;
    tasks.forEach((task, j) => {
      const point = dutyPoint(ctx, duty, task);
      said += ` ${point.text}`;
      if (!point.text && !point.children.length) return;
      if (tasks.length === 1 && !intro) {
        if (point.text) blocks.push({ kind: 'paragraph', text: point.text });
        blocks.push(...point.children);
      } else {
        blocks.push({ kind: 'item', marker: markerFor(style, j), text: point.text, children: point.children });
      }
    });
    if (duty.timeframe !== undefined) {
      const tf = capitalize(timeframeText(duty.timeframe));
      if (tf && !mentions(said, tf)) blocks.push({ kind: 'paragraph', text: sentence(`Thời gian thực hiện: ${tf}`) });
    }
    const report = reportSentence(ctx, duty.report);
    if (report && !mentions(said, report) && !ctx.hasSaid(report)) {
      ctx.record(report);
      blocks.push({ kind: 'paragraph', text: report });
    }
  });
  return blocks;
}

function dutyPoint(ctx: BuildContext, duty: Duty, task: Task): { text: string; children: Block[] } {
  const content = asItems(task.content);
  let text = clean(task.title);
  if (!text && content.length && typeof content[0] === 'string') text = clean(content.shift());
  ctx.record(text);
  const children = content.length ? listBlocks(ctx, content, 'dashes', true) : [];
  const ownLead = asList(task.lead).length > 0 && ctx.agencies(task.lead) !== ctx.agencies(duty.agency);
  // A duty's wording usually says its deadline or count already; only what it leaves out is added.
  children.push(...fieldLines(ctx, task, { lead: ownLead, text }));
  return { text: text ? sentence(text) : '', children };
}

/** The "- Cơ quan chủ trì: ..." lines of a task, in the order of the district seed. */
function fieldLines(ctx: BuildContext, task: Task, opts: { lead: boolean; text: string }): Block[] {
  const lines: string[] = [];
  const add = (label: string, value: string): void => {
    const v = clean(value);
    if (!v || (opts.text && mentions(opts.text, v))) return;
    lines.push(sentence(label ? `${label}: ${v}` : v));
  };
  add(ctx.label(task, 'frequency', 'Tần suất'), capitalize(clean(task.frequency)));
  if (opts.lead) add(ctx.label(task, 'lead', clean(ctx.layout.leadLabel) || 'Cơ quan chủ trì'), ctx.agencies(task.lead));
  add(ctx.label(task, 'request', 'Đề nghị'), ctx.agencies(task.request));
  add(ctx.label(task, 'coordinators', 'Cơ quan phối hợp'), ctx.agencies(task.coordinators));
  if (task.timeframe !== undefined) add(ctx.label(task, 'timeframe', 'Thời gian thực hiện'), capitalize(timeframeText(task.timeframe)));
  add(ctx.label(task, 'outputs', 'Sản phẩm'), asList(task.outputs).map(clean).filter(Boolean).join('; '));
  add('Chỉ tiêu', quantities(task.quantity).join('; '));
  add(ctx.label(task, 'funding', 'Kinh phí'), capitalize(clean(task.funding)));
  // The report path is a sentence of its own ("Báo cáo về UBND tỉnh trước ngày 30/11/2026.").
  add('', capitalize(reportSentence(ctx, task.report)));
  add(ctx.label(task, 'note', 'Ghi chú'), capitalize(clean(task.note)));
  for (const line of lines) ctx.record(line);
  return lines.map((text) => ({ kind: 'item', marker: '-', text, children: [] }));
}

export function quantities(value: Quantity | Quantity[] | undefined): string[] {
  return asList(value).map(quantityText).filter(Boolean);
}

export function quantityText(q: Quantity): string {
  const text = clean(q.text);
  if (text) return text;
  const cmp = q.comparator === 'min' ? 'tối thiểu' : q.comparator === 'max' ? 'tối đa' : '';
  const value = typeof q.value === 'number' ? String(q.value) : '';
  const per = clean(q.per);
  return [cmp, value, clean(q.unit), clean(q.of)].filter(Boolean).join(' ') + (per ? `/${per}` : '');
}
