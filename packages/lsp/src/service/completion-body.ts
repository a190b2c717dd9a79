import { appendixSchema, itemSchema, planReporting, taskIds, type DocumentKind, type Path } from '@kehoach/core';
import { unwrap, type YNode } from '@kehoach/core/internal';
import { nodeAt, shallow } from './yaml-nodes.js';
import type { DocContext } from './context.js';
import { chosen, defOf, sameSchema, trail, type Schema } from './value-kinds.js';

/**
 * The schema of the map at `path` as the author means it: a body item is a heading, a
 * task, a target... by the keys it has. Keys come from the text (`siblings`: what the
 * parser may not have read yet on a half-typed line) and from the document's data.
 */
export function mapSchema(kind: DocumentKind, path: Path, root: YNode | null, siblings: ReadonlySet<string>): Schema | undefined {
  const own = trail(kind, path, root).own;
  if (!own) return undefined;
  const keys = keysAt(root, path);
  for (const k of siblings) keys.add(k);
  return keys.size ? chosen(own, Object.fromEntries([...keys].map((k) => [k, null]))) : unwrap(own);
}

/** The keys of the map at `path` in the tree (none when it is not a map). */
export function keysAt(root: YNode | null, path: Path): Set<string> {
  const node = nodeAt(root, path);
  const data = shallow(node);
  return new Set(node?.kind === 'map' ? Object.keys(data as object) : []);
}

/** The keys that say which kind a body item is (docs/plan-format.md), offered on an empty item. */
export const ITEM_KIND_KEYS = ['heading', 'id', 'task', 'target', 'reporting', 'table', 'text'] as const;

/** An element schema that is a body item (sections, items of a heading or group, table rows). */
export function isBodyItem(element: Schema | undefined): boolean {
  if (!element) return false;
  if (sameSchema(element, itemSchema)) return true;
  const def = defOf(unwrap(element));
  return def.type === 'union' && (def.options ?? []).some((o) => sameSchema(o, itemSchema));
}

export function isAppendix(element: Schema | undefined): boolean {
  return sameSchema(element, appendixSchema);
}

/** Keys that do not belong next to the ones already written, or at this place. */
export function keyFits(key: string, path: Path, siblings: ReadonlySet<string>): boolean {
  // A task is assigned (lead) or asked (request), not both.
  if (key === 'request' && siblings.has('lead')) return false;
  if (key === 'lead' && siblings.has('request')) return false;
  // Items added over a template go after/before an inherited task of the top-level lists only.
  if ((key === 'after' || key === 'before') && (path[0] === 'sections' || path[0] === 'appendices')) return false;
  // A report's result is on a task or on a target, not both.
  if (path.length === 2 && path[0] === 'results' && ((key === 'target' && siblings.has('task')) || (key === 'task' && siblings.has('target')))) return false;
  return true;
}

export interface WholeItem {
  label: string;
  detail: string;
  /** Keys at column `col`; the first line has no indentation of its own. */
  text: string;
}

const pad = (n: number): string => ' '.repeat(Math.max(0, n));

/** The first `nhiem-vu-N` not taken in the plan. */
function freshId(dc: DocContext, stem: string): string {
  const taken = dc.analysis.plan ? taskIds(dc.analysis.plan) : new Set<string>();
  let n = taken.size + 1;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

const TASK_COLUMNS: readonly [string, string, string][] = [
  ['order', 'STT', 'No.'],
  ['title', 'Tên nhiệm vụ', 'Task'],
  ['lead', 'Cơ quan chủ trì', 'Lead'],
  ['coordinators', 'Cơ quan phối hợp', 'Coordinators'],
  ['timeframe', 'Thời gian hoàn thành', 'Timeframe'],
  ['outputs', 'Sản phẩm', 'Outputs'],
];

/** A task table: its columns and a first row, keys at `col`, placeholders from `n` on. */
function tableLines(dc: DocContext, n: number): string[] {
  const columns = TASK_COLUMNS.map(([field, vi]) => `    - { field: ${field}, header: ${vi} \\}`);
  return [
    'table:',
    '  columns:',
    ...columns,
    '  rows:',
    `    - id: \${${n}:${freshId(dc, 'nhiem-vu')}}`,
    `      title: \${${n + 1}:Tên nhiệm vụ}`,
    `      lead: \${${n + 2}:Cơ quan chủ trì}`,
    `      timeframe: \${${n + 3}:Thời gian hoàn thành}`,
  ];
}

/**
 * Whole new body items, in Vietnamese: a section, a task, a task group, a request to a
 * body outside the issuer's authority, a target, a task table, a report path. Snippet
 * syntax; keys at column `col`.
 */
export function bodyItems(dc: DocContext, col: number): WholeItem[] {
  const en = dc.locale === 'en';
  const join = (lines: string[]): string => [lines[0], ...lines.slice(1).map((l) => pad(col) + l)].join('\n') + '$0';
  const year = dc.analysis.year ?? new Date().getFullYear();
  const id = freshId(dc, 'nhiem-vu');
  const plan = dc.analysis.plan;
  const hasReporting = plan ? planReporting(plan).length > 0 : false;
  const report = hasReporting ? [] : ['report:', '  to: ${5:Cơ quan nhận báo cáo}', `  due: \${6:Trước ngày 15/12/${year}}`];
  return [
    {
      label: en ? 'New section (heading)' : 'Mục mới (tiêu đề)',
      detail: en ? 'heading and its items' : 'tiêu đề và các ý của mục',
      text: join(['heading: ${1:TÊN MỤC}', 'items:', '  - ${2:Nội dung}']),
    },
    {
      label: en ? 'New task' : 'Nhiệm vụ mới',
      detail: en ? 'id, title, lead, timeframe' : 'mã, tên, cơ quan chủ trì, thời gian',
      text: join([`id: \${1:${id}}`, 'title: ${2:Tên nhiệm vụ}', 'lead: ${3:Cơ quan chủ trì}', 'timeframe: ${4:Thường xuyên}', ...report]),
    },
    {
      label: en ? 'New task group' : 'Nhóm nhiệm vụ mới',
      detail: en ? 'a lead and timeframe its tasks inherit' : 'cơ quan chủ trì, thời gian chung cho các nhiệm vụ trong nhóm',
      text: join([
        `id: \${1:nhom-${id}}`,
        'title: ${2:Tên nhóm nhiệm vụ}',
        'lead: ${3:Cơ quan chủ trì}',
        'timeframe: ${4:Thường xuyên}',
        'items:',
        `  - id: \${5:${id}}`,
        '    title: ${6:Tên nhiệm vụ}',
      ]),
    },
    {
      label: en ? 'New request (outside the issuer’s authority)' : 'Đề nghị cơ quan ngoài thẩm quyền',
      detail: en ? 'request: Fatherland Front, courts, unions...' : 'request: Mặt trận Tổ quốc, tòa án, đoàn thể...',
      text: join([
        `id: \${1:de-nghi-${id}}`,
        'title: ${2:Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh}',
        'request: ${3:Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh}',
        'items:',
        `  - id: \${4:${id}}`,
        '    title: ${5:Nội dung đề nghị}',
      ]),
    },
    {
      label: en ? 'New target' : 'Chỉ tiêu mới',
      detail: en ? 'wording, value, unit, timeframe' : 'chỉ tiêu, giá trị, đơn vị, thời hạn',
      text: join(['target: ${1:Chỉ tiêu như văn bản ghi}', 'value: ${2:100}', 'unit: "${3:%}"', `timeframe: \${4:Đến năm ${year}}`]),
    },
    {
      label: en ? 'New task table' : 'Bảng nhiệm vụ mới',
      detail: en ? 'columns STT, task, lead, coordinators, timeframe, outputs' : 'cột STT, nhiệm vụ, chủ trì, phối hợp, thời gian, sản phẩm',
      text: join(tableLines(dc, 1)),
    },
    {
      label: en ? 'New report path' : 'Đường báo cáo mới',
      detail: en ? 'from, to, via, due' : 'ai báo cáo, cho ai, qua ai, hạn',
      text: join(['reporting:', '  from: ${1:Các sở, ban, ngành tỉnh}', '  to: ${2:Ủy ban nhân dân tỉnh}', '  via: ${3:Cơ quan tổng hợp}', `  due: \${4:Trước ngày 15/12/${year}}`]),
    },
  ];
}

/** A new appendix holding a task table. */
export function appendixItem(dc: DocContext, col: number): WholeItem {
  const en = dc.locale === 'en';
  const [head, ...rest] = tableLines(dc, 3);
  const lines = ['id: ${1:phu-luc-1}', 'label: PHỤ LỤC', 'title: ${2:DANH MỤC NHIỆM VỤ}', 'items:', `  - ${head}`, ...rest.map((l) => `    ${l}`)];
  return {
    label: en ? 'New appendix with a task table' : 'Phụ lục bảng nhiệm vụ',
    detail: en ? 'label, title and a task table' : 'nhãn, tên phụ lục và bảng nhiệm vụ',
    text: [lines[0], ...lines.slice(1).map((l) => pad(col) + l)].join('\n') + '$0',
  };
}
