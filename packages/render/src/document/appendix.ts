import { asList, timeframeText, type Duty, type TaskView } from '@kehoach/core';
import type { BuildContext } from './context.js';
import { issuerCode, shortDate } from './header.js';
import { APPENDIX_COLUMNS, type Appendix, type AppendixRow } from './model.js';
import { asItems } from './lists.js';
import { quantities } from './tasks.js';
import { capitalize, clean, dueText, roman } from './text.js';

/**
 * "PHỤ LỤC": every task, the numbered ones and the duty items alike, with whom it is
 * assigned to, when, and what it produces or reports. Timeframes and report paths are
 * the effective ones (inherited from the duty section or the plan when the task has none).
 */
export function buildAppendix(ctx: BuildContext, tasksHeading: string): Appendix | undefined {
  const views = ctx.analysis.tasks();
  if (!views.length) return undefined;
  const rows: AppendixRow[] = [];
  let group = 0;
  let stt = 0;
  let current: Duty | undefined | null = null;
  for (const view of views) {
    if (view.duty !== current) {
      current = view.duty;
      group += 1;
      const text = view.duty ? clean(view.duty.heading) || ctx.agencies(view.duty.agency) : tasksHeading;
      rows.push({ kind: 'group', label: roman(group), text });
    }
    stt += 1;
    rows.push({ kind: 'task', cells: taskCells(ctx, view, stt) });
  }
  return {
    label: 'PHỤ LỤC',
    title: 'BẢNG PHÂN CÔNG NHIỆM VỤ',
    caption: caption(ctx),
    columns: APPENDIX_COLUMNS,
    rows,
  };
}

function taskCells(ctx: BuildContext, view: TaskView, stt: number): [string, string, string, string, string, string] {
  const task = view.task;
  const content = asItems(task.content);
  const first = typeof content[0] === 'string' ? clean(content[0]) : '';
  const title = clean(task.title) || first || clean(task.id);
  const timeframe = view.timeframe ? capitalize(timeframeText(view.timeframe.value)) : '';
  const products = [
    ...asList(task.outputs).map(clean),
    ...quantities(task.quantity),
    reportCell(ctx, view),
  ].filter(Boolean);
  return [
    String(stt),
    title.replace(/[.;,:]+$/, ''),
    ctx.agencies(view.leads),
    ctx.agencies(task.coordinators),
    timeframe,
    products.join('; '),
  ];
}

/** "Báo cáo UBND huyện (qua Phòng Văn hóa và Thông tin), trước ngày 25/11/2024". */
function reportCell(ctx: BuildContext, view: TaskView): string {
  const report = view.report?.value;
  if (!report) return '';
  const to = ctx.agencies(report.to);
  if (!to) return '';
  const via = ctx.agencyName(report.via);
  const due = dueText(report.due);
  const cadence = clean(report.cadence);
  return [`Báo cáo ${to}${via ? ` (qua ${via})` : ''}`, due, cadence.toLocaleLowerCase('vi')].filter(Boolean).join(', ');
}

function caption(ctx: BuildContext): string {
  const number = clean(ctx.plan.number);
  const code = issuerCode(ctx);
  const year = ctx.year ?? '....';
  const num = number || `      /KH${code ? `-${code}` : ''}`;
  const date = shortDate(ctx.plan.date) || `     /     /${year}`;
  const issuer = clean(ctx.plan.issuer?.name);
  return `(Kèm theo Kế hoạch số ${num} ngày ${date}${issuer ? ` của ${issuer}` : ''})`;
}
