import type { PlanAnalysis } from '@kehoach/core';
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { format, type UiLocale } from './messages.js';

/** Collections whose items have stable ids: each item says where it came from. */
const ID_COLLECTIONS = new Set(['tasks', 'duties', 'agencies', 'targets']);

interface LayerLike {
  label: string;
  source: { lines: { positionAt(offset: number): { line: number } }; keyRange(obj: object, key: string): { start: number } | undefined; range(obj: object): { start: number } | undefined };
}

/**
 * The plan after its `extends` chain is applied, as YAML, with a comment on each
 * top-level value and each task (duty, agency, target) saying which file supplied it
 * and on which line. A plan without `extends` is shown as it is, said so on top.
 */
export function resolvedPlanText(analysis: PlanAnalysis, locale: UiLocale): string {
  const resolution = analysis.resolution;
  const plan = (resolution?.plan ?? analysis.plan ?? {}) as Record<string, unknown>;
  const doc = new Document(plan);
  if (!resolution) {
    doc.commentBefore = ` ${format(locale, 'This plan extends no template: it is shown as written.')}`;
    return doc.toString({ lineWidth: 0 });
  }
  const where = (obj: object, key?: string): string | undefined => {
    const origin = resolution.provenance.origin(obj, key);
    if (!origin) return undefined;
    const layer = origin.layer as unknown as LayerLike;
    const range = key !== undefined ? layer.source.keyRange(origin.holder, key) : layer.source.range(origin.holder);
    const line = range ? layer.source.lines.positionAt(range.start).line + 1 : undefined;
    return line ? `${layer.label}:${line}` : layer.label;
  };
  const chain = resolution.layers.map((l) => l.label).join(' → ');
  doc.commentBefore = ` ${format(locale, 'Resolved plan: {0}', chain)}\n ${format(locale, 'Read only: edit the plan or its template, not this view.')}`;
  const root = doc.contents as YAMLMap | null;
  if (!isMap(root)) return doc.toString({ lineWidth: 0 });
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown }).value ?? pair.key);
    const from = where(plan, key);
    const value = plan[key];
    if (ID_COLLECTIONS.has(key) && Array.isArray(value) && isSeq(pair.value)) {
      pair.value.items.forEach((node, i) => {
        const item = value[i];
        if (!item || typeof item !== 'object') return;
        const itemFrom = where(item as object);
        if (itemFrom) (node as { commentBefore?: string }).commentBefore = ` ${format(locale, 'from {0}', itemFrom)}`;
      });
    } else if (from) {
      (pair.key as { commentBefore?: string }).commentBefore = ` ${format(locale, 'from {0}', from)}`;
      // A map merged from several layers (issuer: level from the template, parent from the plan).
      if (value && typeof value === 'object' && !Array.isArray(value) && isMap(pair.value)) {
        const file = (w: string | undefined): string | undefined => w?.replace(/:\d+$/, '');
        for (const inner of pair.value.items) {
          const k = String((inner.key as { value?: unknown }).value ?? inner.key);
          const innerFrom = where(value as object, k);
          const node = inner.value as { comment?: string } | null;
          if (node && typeof node === 'object' && innerFrom && file(innerFrom) !== file(from)) node.comment = ` ${format(locale, 'from {0}', innerFrom)}`;
        }
      }
    }
  }
  return doc.toString({ lineWidth: 0 });
}
