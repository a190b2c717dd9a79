import { matchKey, targetsById, taskMeasure, type PlanAnalysis, type Quantity, type ReportResult, type TaskView } from '@kehoach/core';
import type { Contribution, FigureSum, SourceRef } from './types.js';

interface Subject {
  key: string;
  title: string;
  measure: Quantity | undefined;
}

/**
 * Figures gathered from every report, summed per subject (a task or a target), period
 * and unit (shares in % are averaged, not added). A figure in the unit of the target it measures is summed; one in another
 * unit is kept aside with the reason, never converted. Each sum lists the figures it
 * adds, with the report, number, date and line each comes from.
 */
export class FigureBook {
  private readonly groups = new Map<string, { subject: Subject; period: string; unit: string; of?: string; items: Contribution[] }>();
  private readonly excluded = new Map<string, Contribution[]>();
  private readonly tasks = new Map<string, TaskView>();
  private readonly targets;

  constructor(root: PlanAnalysis, views: readonly TaskView[]) {
    for (const v of views) this.tasks.set(v.task.id, v);
    this.targets = targetsById(root);
  }

  add(result: ReportResult, tasks: readonly string[], implementer: string, period: string, source: SourceRef): void {
    for (const figure of result.figures ?? []) {
      const targetId = figure.target ?? result.target;
      let subject: Subject | undefined;
      if (targetId !== undefined) {
        const t = this.targets.get(targetId);
        const q = t?.target as Quantity | undefined;
        subject = { key: `target:${targetId}`, title: (t ? (t.target as Record<string, unknown>)[t.wordingKey] : undefined) as string | undefined ?? targetId, measure: q };
      } else if (tasks.length === 1) {
        const v = this.tasks.get(tasks[0] as string);
        if (v) subject = { key: v.task.id, title: v.task.title ?? v.task.id, measure: taskMeasure(v) };
      }
      if (!subject) continue;
      const c: Contribution = {
        implementer,
        value: figure.value,
        ...(figure.unit ? { unit: figure.unit } : {}),
        ...(figure.of ? { of: figure.of } : {}),
        ...(figure.cumulative ? { cumulative: true } : {}),
        source,
      };
      const expected = subject.measure?.unit;
      if (!figure.unit) {
        this.exclude(subject, period, { ...c, reason: 'không ghi đơn vị tính' });
        continue;
      }
      if (expected !== undefined && matchKey(expected) !== matchKey(figure.unit)) {
        this.exclude(subject, period, { ...c, reason: `đơn vị "${figure.unit}" khác đơn vị của chỉ tiêu "${expected}"` });
        continue;
      }
      const unit = expected ?? figure.unit;
      const key = `${subject.key}\u0000${period}\u0000${matchKey(unit)}`;
      let g = this.groups.get(key);
      if (!g) {
        const of = subject.measure?.of ?? figure.of;
        this.groups.set(key, (g = { subject, period, unit, ...(of ? { of } : {}), items: [] }));
      }
      g.items.push(c);
    }
  }

  private exclude(subject: Subject, period: string, c: Contribution): void {
    const key = `${subject.key}\u0000${period}`;
    let list = this.excluded.get(key);
    if (!list) this.excluded.set(key, (list = []));
    list.push(c);
    // A subject whose every figure was left out still shows, with a total of nothing.
    const unit = subject.measure?.unit;
    if (unit !== undefined) {
      const k = `${subject.key}\u0000${period}\u0000${matchKey(unit)}`;
      if (!this.groups.has(k)) this.groups.set(k, { subject, period, unit, ...(subject.measure?.of ? { of: subject.measure.of } : {}), items: [] });
    }
  }

  sums(): FigureSum[] {
    const out: FigureSum[] = [];
    const shown = new Set<string>();
    for (const g of this.groups.values()) {
      const exKey = `${g.subject.key}\u0000${g.period}`;
      const excluded = shown.has(exKey) ? [] : (this.excluded.get(exKey) ?? []);
      shown.add(exKey);
      // Shares ("64%") of different places do not add up: their mean is shown instead.
      const aggregate = g.unit.trim() === '%' ? 'mean' : 'sum';
      const sum = g.items.reduce((n, c) => n + c.value, 0);
      const total = aggregate === 'mean' && g.items.length ? sum / g.items.length : sum;
      // A rate ("4 buổi mỗi tháng") is not a total to compare a period's sum with.
      const m = g.subject.measure;
      const target = m?.value !== undefined && m.unit !== undefined && m.per === undefined && matchKey(m.unit) === matchKey(g.unit) ? m.value : undefined;
      out.push({
        subject: g.subject.key,
        title: g.subject.title,
        period: g.period,
        unit: g.unit,
        ...(g.of ? { of: g.of } : {}),
        aggregate,
        total: Math.round(total * 100) / 100,
        ...(target !== undefined ? { target } : {}),
        contributions: g.items,
        excluded,
      });
    }
    return out;
  }
}
