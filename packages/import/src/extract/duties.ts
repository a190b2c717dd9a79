import type { Draft, FieldPath } from '../draft.js';
import { blocksOf, type Item } from '../outline.js';
import { splitAgencies } from './agencies.js';
import { slug, type IdPool } from './ids.js';
import { findCadence, findQuantities, findTimeframe } from './prose-facts.js';
import { findReports, reportAgencies } from './reporting.js';
import { order, paragraphs } from './tasks.js';

// "Đề nghị Ủy ban Mặt trận ...": the request is part of the heading, not of the name.
const REQUEST = /^(?:đề nghị|kính đề nghị|giao)\s+/iu;
const TRACKED = ['id', 'title', 'content', 'timeframe', 'frequency', 'quantity', 'report'] as const;

function trimEnd(s: string): string {
  return s.replace(/[\s.;,:]+$/u, '').trim();
}

/**
 * One duty item ("b) Thông tin ... tối thiểu 12 tin/bài trong năm ...") as a task of its
 * section: the sentence is the title; deadlines, cadences, counts and report paths it
 * states are read out of it, and the sentence stays whole.
 */
function dutyTask(item: Item, id: string, path: FieldPath, draft: Draft, year: number | undefined): Record<string, unknown> {
  const text = trimEnd(item.text);
  const task: Record<string, unknown> = { id, title: text };
  const lines = item.block.lines;
  draft.source(path, blocksOf(item).flatMap((b) => b.lines));
  draft.source([...path, 'title'], lines, text);
  if (item.children.length) {
    task.content = paragraphs(item.children);
    draft.source([...path, 'content'], item.children.flatMap(blocksOf).flatMap((b) => b.lines));
  }
  const whole = [text, ...item.children.flatMap(blocksOf).map((b) => b.text)].join(' ');
  const reports = findReports(whole);
  const timeframe = findTimeframe(whole, year);
  const inReport = timeframe && reports.some((r) => timeframe.start >= r.start && timeframe.end <= r.end && r.path.due);
  if (timeframe && !inReport) {
    task.timeframe = timeframe.text;
    draft.source([...path, 'timeframe'], lines, timeframe.text);
  }
  const cadence = findCadence(whole);
  if (cadence && !reports.some((r) => cadence.start >= r.start && cadence.end <= r.end)) {
    task.frequency = cadence.text;
    draft.source([...path, 'frequency'], lines, cadence.text);
  }
  const quantities = findQuantities(whole, cadence?.text).map(({ start: _s, end: _e, ...q }) => q);
  if (quantities.length) {
    task.quantity = quantities.length === 1 ? quantities[0] : quantities;
    draft.source([...path, 'quantity'], lines, quantities.map((q) => q.text).join('; '));
  }
  const report = reports[0];
  if (report) {
    const { text: _t, ...rest } = report.path;
    task.report = rest;
    draft.source([...path, 'report'], lines, report.path.to);
    reportAgencies(draft, [...path, 'report'], report.path, lines);
  }
  draft.use(...blocksOf(item));
  return order(task, TRACKED);
}

/** "V. TỔ CHỨC THỰC HIỆN": one duty section per numbered agency heading, its points as tasks. */
export function readDuty(item: Item, index: number, draft: Draft, ids: IdPool, year: number | undefined): Record<string, unknown> {
  const path: FieldPath = ['duties', index];
  let heading = trimEnd(item.text);
  const children = [...item.children];
  // "1. Phòng Nội vụ: chủ trì ..." carries its only duty on the heading line.
  const colon = /^([^:]{3,120}):\s*(.+)$/u.exec(heading);
  let inline: string | undefined;
  if (colon && children.length === 0) {
    heading = (colon[1] as string).trim();
    inline = (colon[2] as string).trim();
  }
  const named = heading.replace(REQUEST, '');
  const names = splitAgencies(named);
  const duty: Record<string, unknown> = { id: ids.take(slug(names[0] ?? heading, 5)) };
  duty.agency = draft.agencyList([...path, 'agency'], names.length ? names : [heading], item.block.lines);
  draft.source([...path, 'agency'], item.block.lines, named);
  if (named !== heading) {
    duty.heading = heading;
    draft.source([...path, 'heading'], item.block.lines, heading);
  }
  draft.source(path, blocksOf(item).flatMap((b) => b.lines));
  const tasks: Record<string, unknown>[] = [];
  const points: Item[] = inline ? [{ ...item, kind: 'none', text: inline, children: [] }] : children;
  for (const point of points) {
    const n = tasks.length;
    tasks.push(dutyTask(point, ids.take(`${duty.id as string}-${n + 1}`), [...path, 'tasks', n], draft, year));
  }
  duty.tasks = tasks;
  draft.use(item.block);
  return duty;
}
