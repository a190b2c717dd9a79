import { dirname, isAbsolutePath, relativePath, type Layer, type Locale, type PlanAnalysis } from '@kehoach/core';
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';

/** Collections whose items have stable ids: each item says where it came from. */
const ID_COLLECTIONS = new Set(['tasks', 'duties', 'agencies', 'targets']);

const T = {
  header: { vi: 'Kế hoạch sau khi áp dụng mẫu: {0}', en: 'Resolved plan: {0}' },
  readOnly: { vi: 'Chỉ để xem: hãy sửa kế hoạch hoặc mẫu của nó, không sửa ở đây.', en: 'Read only: edit the plan or its template, not this view.' },
  noTemplate: { vi: 'Kế hoạch này không kế thừa mẫu nào: hiển thị đúng như đã viết.', en: 'This plan extends no template: it is shown as written.' },
  from: { vi: 'từ {0}', en: 'from {0}' },
};

function say(locale: Locale, m: { vi: string; en: string }, arg = ''): string {
  return (locale === 'en' ? m.en : m.vi).replace('{0}', arg);
}

/**
 * How a layer is named in the view: a file by its path from the plan's folder
 * (`./templates/huyen.template.yaml`, the plan itself `./ke-hoach.kehoach.yaml`), a
 * package by its name and version. Never an absolute path: the view is read and shared.
 */
export function layerName(layer: Pick<Layer, 'uri' | 'label'>, planPath: string): string {
  if (!isAbsolutePath(layer.label) && !layer.label.startsWith('.')) return layer.label;
  const rel = relativePath(dirname(planPath), layer.uri);
  return rel.startsWith('../') ? rel : `./${rel}`;
}

/**
 * The plan after its `extends` chain is applied, as YAML, with a comment on each
 * top-level value and each task (duty, agency, target) saying which file supplied it
 * and on which line. A plan without `extends` is shown as it is, said so on top.
 */
export function resolvedPlanText(analysis: PlanAnalysis, locale: Locale): string {
  const resolution = analysis.resolution;
  const plan = (resolution?.plan ?? analysis.plan ?? {}) as Record<string, unknown>;
  const doc = new Document(plan);
  if (!resolution) {
    doc.commentBefore = ` ${say(locale, T.noTemplate)}`;
    return doc.toString({ lineWidth: 0 });
  }
  const where = (obj: object, key?: string): string | undefined => {
    const origin = resolution.provenance.origin(obj, key);
    if (!origin) return undefined;
    const layer = origin.layer;
    const range = key !== undefined ? layer.source.keyRange(origin.holder, key) : layer.source.range(origin.holder);
    const line = range ? layer.source.lines.positionAt(range.start).line + 1 : undefined;
    const name = layerName(layer, analysis.uri);
    return line ? `${name}:${line}` : name;
  };
  const chain = resolution.layers.map((l) => layerName(l, analysis.uri)).join(' → ');
  doc.commentBefore = ` ${say(locale, T.header, chain)}\n ${say(locale, T.readOnly)}`;
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
        if (itemFrom) (node as { commentBefore?: string }).commentBefore = ` ${say(locale, T.from, itemFrom)}`;
      });
    } else if (from) {
      (pair.key as { commentBefore?: string }).commentBefore = ` ${say(locale, T.from, from)}`;
      // A map merged from several layers (issuer: level from the template, parent from the plan).
      if (value && typeof value === 'object' && !Array.isArray(value) && isMap(pair.value)) {
        const file = (w: string | undefined): string | undefined => w?.replace(/:\d+$/, '');
        for (const inner of pair.value.items) {
          const k = String((inner.key as { value?: unknown }).value ?? inner.key);
          const innerFrom = where(value as object, k);
          const node = inner.value as { comment?: string } | null;
          if (node && typeof node === 'object' && innerFrom && file(innerFrom) !== file(from)) node.comment = ` ${say(locale, T.from, innerFrom)}`;
        }
      }
    }
  }
  return doc.toString({ lineWidth: 0 });
}
