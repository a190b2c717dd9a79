import type { Draft } from '../draft.js';
import type { LineLabelKind, Node } from './node.js';

/** How the renderer labels a task's lines when the plan says nothing (`labels` in docs/plan-format.md). */
const DEFAULTS: Record<Exclude<LineLabelKind, 'content'>, string> = {
  lead: 'Cơ quan chủ trì',
  coordinators: 'Cơ quan phối hợp',
  timeframe: 'Thời gian thực hiện',
  frequency: 'Tần suất',
  outputs: 'Sản phẩm',
  funding: 'Kinh phí',
};

function eachTask(nodes: readonly Node[], visit: (n: Node) => void): void {
  for (const n of nodes) {
    if (n.kind === 'task') visit(n);
    eachTask(n.items, visit);
  }
}

/**
 * The wording of the tasks' line labels, stated once: the label most of the body's tasks
 * use for a field becomes the plan's `labels` (when it is not the renderer's own wording),
 * and a task that labels a line otherwise keeps its own `labels`. The content line ("Nội
 * dung:", "Nhiệm vụ:") is labelled only on the tasks that label it.
 */
export function placeLineLabels(draft: Draft, body: readonly Node[]): void {
  const counts = new Map<string, { text: string; count: number; lines: number[] }[]>();
  eachTask(body, (n) => {
    for (const [kind, label] of Object.entries(n.labels ?? {})) {
      if (kind === 'content' || !label) continue;
      const list = counts.get(kind) ?? [];
      const hit = list.find((l) => l.text === label.text);
      if (hit) hit.count += 1;
      else list.push({ text: label.text, count: 1, lines: label.lines });
      counts.set(kind, list);
    }
  });
  const plan: Record<string, string> = {};
  const lines: number[] = [];
  for (const [kind, list] of counts) {
    const top = [...list].sort((a, b) => b.count - a.count)[0];
    if (!top || top.text === DEFAULTS[kind as keyof typeof DEFAULTS]) continue;
    plan[kind] = top.text;
    lines.push(...top.lines);
  }
  if (Object.keys(plan).length) {
    draft.plan.labels = plan;
    draft.source(['labels'], lines);
  }
  eachTask(body, (n) => {
    const own: Record<string, string> = {};
    const at: number[] = [];
    for (const [kind, label] of Object.entries(n.labels ?? {})) {
      if (!label) continue;
      const effective = kind === 'content' ? '' : (plan[kind] ?? DEFAULTS[kind as keyof typeof DEFAULTS]);
      if (label.text === effective) continue;
      own[kind] = label.text;
      at.push(...label.lines);
    }
    if (Object.keys(own).length) {
      n.fields.labels = own;
      n.sources.labels = { lines: at };
    }
  });
}
