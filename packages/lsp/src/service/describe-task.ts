import {
  asList,
  hasDestination,
  pick,
  timeframeText,
  type Locale,
  type PlanAnalysis,
  type ReportPath,
  type Task,
  type TaskView,
  type TimeframeParseResult,
  type TimeframeValue,
  type ValueSource,
} from '@kehoach/core';
import { reportText, sourceLabel, timeframeSummary } from './describe.js';

/** A value of a task with where it was stated: the task, one of its groups, the plan, the plan's period. */
export interface Sourced<T> {
  value: T;
  source: ValueSource;
  /** The object stating it (the group, for an inherited value). */
  holder: object | undefined;
}

/** What a task, or a task group, effectively has. */
export interface TaskFacts {
  task: Task;
  group: boolean;
  request: boolean;
  leads: Sourced<string[]> | undefined;
  coordinators: Sourced<string[]> | undefined;
  timeframe: Sourced<TimeframeValue> | undefined;
  report: Sourced<ReportPath> | undefined;
}

/** How a group is named: its title, else (a duty group) its lead or requested bodies, else its id. */
export function groupName(group: Task): string {
  return group.title ?? (asList(group.lead ?? group.request).join(', ') || String(group.id));
}

/** Where a value comes from, in words: "theo nhóm nhiệm vụ "Sở Tài chính"", "cả kỳ kế hoạch"... */
export function fromLabel(source: ValueSource, holder: object | undefined, locale: Locale, ownIsGroup = false): string {
  if (source === 'group' && holder) return pick({ vi: `theo nhóm nhiệm vụ "${groupName(holder as Task)}"`, en: `from its task group "${groupName(holder as Task)}"` }, locale);
  if (source === 'task' && ownIsGroup) return pick({ vi: 'ghi ở nhóm', en: 'stated on the group' }, locale);
  return sourceLabel(source, locale);
}

/** The nearest of `holders` (the task first, then its groups inward-out) stating `key`. */
function nearest<K extends keyof Task>(holders: readonly Task[], key: K, test: (v: Task[K]) => boolean = (v) => v !== undefined): Task | undefined {
  return holders.find((h) => test(h[key]));
}

export function factsOfView(view: TaskView): TaskFacts {
  const holders = [view.task, ...[...view.groups].reverse()];
  const coord = nearest(holders, 'coordinators');
  return {
    task: view.task,
    group: false,
    request: view.request,
    leads: view.leads.length && view.leadSource ? { value: view.leads, source: view.leadSource, holder: view.leadHolder } : undefined,
    coordinators: coord ? { value: asList(coord.coordinators), source: coord === view.task ? 'task' : 'group', holder: coord } : undefined,
    timeframe: view.timeframe ? { value: view.timeframe.value, source: view.timeframe.source, holder: view.timeframe.holder } : undefined,
    report: view.report ? { value: view.report.value, source: view.report.source, holder: view.report.holder } : undefined,
  };
}

/**
 * A group's facts: what it states and what it has from the groups around it, the plan,
 * and for a duty group's items without a timeframe, the plan's period.
 */
export function factsOfGroup(analysis: PlanAnalysis, group: Task, outer: readonly Task[]): TaskFacts {
  const holders = [group, ...[...outer].reverse()];
  const src = (h: Task): ValueSource => (h === group ? 'task' : 'group');
  const who = holders.find((h) => h.lead !== undefined || h.request !== undefined);
  const request = who !== undefined && who.lead === undefined;
  const leads = who ? asList(request ? who.request : who.lead) : [];
  const coord = nearest(holders, 'coordinators');
  const tf = nearest(holders, 'timeframe');
  const rep = nearest(holders, 'report', (r) => hasDestination(r as ReportPath | undefined));
  const plan = analysis.plan;
  let timeframe: TaskFacts['timeframe'];
  if (tf) timeframe = { value: tf.timeframe as TimeframeValue, source: src(tf), holder: tf };
  else if (plan?.timeframe !== undefined) timeframe = { value: plan.timeframe, source: 'plan', holder: plan };
  else if (who && !request && analysis.periodText) timeframe = { value: analysis.periodText, source: 'plan-year', holder: plan };
  let report: TaskFacts['report'];
  if (rep) report = { value: rep.report as ReportPath, source: src(rep), holder: rep };
  else {
    const found = analysis.planReportFor(leads);
    if (found) report = { value: found, source: 'plan', holder: found };
  }
  return {
    task: group,
    group: true,
    request,
    leads: who && leads.length ? { value: leads, source: src(who), holder: who } : undefined,
    coordinators: coord ? { value: asList(coord.coordinators), source: src(coord), holder: coord } : undefined,
    timeframe,
    report,
  };
}

/**
 * A task or group as Markdown: lead (or the bodies requested), coordinators, timeframe
 * with its dates, report path, each with where it comes from.
 */
export function factsMarkdown(f: TaskFacts, tf: TimeframeParseResult | undefined, locale: Locale): string {
  const en = locale === 'en';
  const from = (s: Sourced<unknown>): string => fromLabel(s.source, s.holder, locale, f.group);
  const title = f.group ? groupName(f.task) : (f.task.title ?? f.task.id);
  const items = f.group ? (f.task.items ?? []).length : 0;
  const kind = f.group ? ` — ${en ? `task group of ${items} items` : `nhóm nhiệm vụ, ${items} ý`}` : '';
  const lines = [`**${title}**${kind}`, '', `- ${en ? 'Id' : 'Mã'}: \`${f.task.id}\``];
  const none = en ? '(none)' : '(chưa có)';
  // The first law does not apply to a request: say so rather than "(none)".
  const optional = f.request ? (en ? '(not required of a request)' : '(không bắt buộc với lời đề nghị)') : none;
  const label = f.request ? (en ? 'Requested of' : 'Đề nghị') : en ? 'Lead' : 'Chủ trì';
  if (f.leads) lines.push(`- ${label}: ${f.leads.value.join('; ')}${f.leads.source !== 'task' || f.group ? ` (${from(f.leads)})` : ''}`);
  else lines.push(`- ${label}: ${none}`);
  if (f.coordinators) lines.push(`- ${en ? 'Coordinators' : 'Phối hợp'}: ${f.coordinators.value.join('; ')}${f.coordinators.source !== 'task' ? ` (${from(f.coordinators)})` : ''}`);
  if (f.timeframe) {
    const dates = tf ? timeframeSummary(tf, locale) : undefined;
    lines.push(`- ${en ? 'Timeframe' : 'Thời gian'}: ${timeframeText(f.timeframe.value)}${dates ? ` → ${dates}` : ''} (${from(f.timeframe)})`);
  } else lines.push(`- ${en ? 'Timeframe' : 'Thời gian'}: ${optional}`);
  if (f.report) lines.push(`- ${en ? 'Report' : 'Báo cáo'}: ${reportText(f.report.value, locale)} (${from(f.report)})`);
  else lines.push(`- ${en ? 'Report' : 'Báo cáo'}: ${f.request ? optional : en ? '(none resolves)' : '(chưa có đường báo cáo)'}`);
  if (f.request) lines.push('', en ? '_A request to a body outside the issuer’s authority: the plan asks, it does not assign._' : '_Lời đề nghị tới cơ quan ngoài thẩm quyền của cơ quan ban hành: kế hoạch đề nghị, không giao nhiệm vụ._');
  else if (f.group) lines.push('', en ? '_Its items inherit what they do not state themselves._' : '_Các ý trong nhóm kế thừa những gì chúng không tự ghi._');
  return lines.join('\n');
}

export function taskMarkdown(view: TaskView, tf: TimeframeParseResult | undefined, locale: Locale): string {
  return factsMarkdown(factsOfView(view), tf, locale);
}
