import type { TextEdit } from '../diagnostics.js';
import { defineRule, type FixInput } from '../engine/define.js';
import { insertKeyEdit, plainOrQuoted } from '../engine/edits.js';
import { relatedIn } from '../engine/related.js';
import { formatMessage } from '../i18n/message.js';
import type { PlanAnalysis } from '../model/analysis.js';
import { asList, type TaskView } from '../model/tasks.js';
import { timeframeText } from '../model/timeframe-value.js';
import type { Plan } from '../schema/plan.js';
import type { Task } from '../schema/task.js';
import { matchKey } from '../text/normalize.js';
import { detectEol } from '../text/positions.js';
import { rankSuggestions } from '../text/similarity.js';
import type { YamlSource } from '../yaml/source.js';

/** The province plan the hierarchy examples implement (wording of the Tây Ninh seed, number of the Bình Sơn one). */
export const PROVINCE_PLAN = `kind: plan
issuer:
  name: Ủy ban nhân dân tỉnh Quảng Ngãi
  level: province
number: 07/KH-UBND
date: 17/01/2024
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024 trên địa bàn tỉnh Quảng Ngãi
agencies:
  - id: ubnd-tinh
    name: Ủy ban nhân dân tỉnh Quảng Ngãi
    short: UBND tỉnh
    kind: people-committee
    level: province
  - id: so-noi-vu
    name: Sở Nội vụ
    kind: department
    level: province
  - id: ubnd-cac-huyen
    name: UBND các huyện, thị xã, thành phố
    kind: collective
    level: district
reporting:
  - from: UBND các huyện, thị xã, thành phố
    to: UBND tỉnh
    via: Sở Nội vụ
    due: trước ngày 25/11/2024
duties:
  - agency: UBND các huyện, thị xã, thành phố
    tasks:
      - id: xay-dung-ke-hoach
        title: Xây dựng kế hoạch thông tin, tuyên truyền CCHC năm 2024 của địa phương
        timeframe: Chậm nhất ngày 20/04/2024
`;

/** The head of the district plan that implements PROVINCE_PLAN (as /work/plan.kehoach.yaml). */
export const DISTRICT_PLAN = `kind: plan
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn
parent:
  ref: 07/KH-UBND
  path: ./tinh.kehoach.yaml
tasks:
  - id: ke-hoach-huyen
    implements: xay-dung-ke-hoach
    title: Xây dựng kế hoạch tuyên truyền CCHC năm 2024 của huyện
    lead: Phòng Văn hóa và Thông tin
    timeframe: Chậm nhất ngày 15/04/2024
`;

const REPORTING = `reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 20/11/2024
`;

const ADD_TASK = { vi: 'Thêm nhiệm vụ thực hiện "{task}"', en: 'Add a task implementing "{task}"' };
const LINK_TASK = { vi: 'Ghi nhiệm vụ "{task}" là thực hiện "{task}" của cấp trên', en: 'Mark task "{task}" as implementing the parent\'s "{task}"' };
const RENAME = { vi: 'Đổi thành "{suggestion}"', en: 'Change to "{suggestion}"' };

/**
 * Whether a name in the parent plan means this plan's issuer: the issuer itself
 * ("UBND huyện Bình Sơn") or the collective of its level ("UBND các huyện, thị xã,
 * thành phố"), both resolved with the parent's agencies.
 */
export function issuerMatcher(parent: PlanAnalysis, plan: Partial<Plan>): (name: string) => boolean {
  const level = plan.issuer?.level;
  const own = new Set<string>();
  const ids = new Set<string>();
  for (const name of [plan.issuer?.name, plan.issuer?.agency]) {
    if (!name) continue;
    own.add(matchKey(name));
    const hit = parent.agency(name);
    if (hit) ids.add(hit.entry.id);
  }
  return (name) => {
    const hit = parent.agency(name);
    if (hit?.entry.kind === 'collective' && level !== undefined && hit.entry.level === level) return true;
    if (hit && ids.has(hit.entry.id)) return true;
    return own.has(matchKey(name));
  };
}

export const parentTaskImplemented = defineRule({
  meta: {
    id: 'parent-task-implemented',
    category: 'hierarchy',
    severity: 'error',
    scope: 'project',
    fixable: 'suggestion',
    description: {
      vi: 'Mỗi nhiệm vụ mà kế hoạch cấp trên giao cho cấp này (ví dụ cho "UBND các huyện, thị xã, thành phố") phải có ít nhất một nhiệm vụ của kế hoạch này thực hiện nó (implements), và "implements" chỉ được ghi mã nhiệm vụ có trong kế hoạch cấp trên.',
      en: 'Every task the parent plan assigns to this level (e.g. to "UBND các huyện, thị xã, thành phố") must be implemented by at least one task of this plan (implements), and "implements" may only name tasks the parent has.',
    },
    rationale: {
      vi: 'Kế hoạch cấp dưới là để cụ thể hóa kế hoạch cấp trên; một việc tỉnh giao cho các huyện mà kế hoạch huyện không nhắc tới thì sẽ không ai làm. Nhiệm vụ cấp trên được tính là giao cho cấp này khi cơ quan chủ trì hoặc phối hợp là nhóm cơ quan của cấp này (loại "collective" trong danh mục) hoặc chính cơ quan ban hành kế hoạch này.',
      en: 'A lower-level plan exists to carry out the higher one; a task the province gives the districts that the district plan never mentions will not be done. A parent task counts as assigned to this level when its lead or coordinators include the collective of this level (kind "collective" in the registry) or this plan\'s issuer itself.',
    },
    messages: {
      missing: {
        vi: 'Kế hoạch cấp trên giao nhiệm vụ "{task}" ({title}) cho cấp này nhưng chưa có nhiệm vụ nào thực hiện nó: thêm một nhiệm vụ có "implements: {task}".',
        en: 'The parent plan assigns task "{task}" ({title}) to this level, but no task implements it: add a task with "implements: {task}".',
      },
      unknownParentTask: {
        vi: 'Kế hoạch cấp trên không có nhiệm vụ mã "{id}".',
        en: 'The parent plan has no task with id "{id}".',
      },
      unknownParentTaskDidYouMean: {
        vi: 'Kế hoạch cấp trên không có nhiệm vụ mã "{id}". Có phải là "{suggestion}"?',
        en: 'The parent plan has no task with id "{id}". Did you mean "{suggestion}"?',
      },
    },
    examples: {
      valid: [{ code: `${DISTRICT_PLAN}${REPORTING}`, files: { '/work/tinh.kehoach.yaml': PROVINCE_PLAN } }],
      invalid: [
        {
          code: `${DISTRICT_PLAN.replace('    implements: xay-dung-ke-hoach\n', '')}${REPORTING}`,
          files: { '/work/tinh.kehoach.yaml': PROVINCE_PLAN },
        },
      ],
    },
  },
  check(ctx) {
    if (ctx.parent.status !== 'resolved') return;
    const parent = ctx.parent.parent;
    const parentViews = parent.tasks();
    const parentIds = new Set(parentViews.map((v) => v.task.id));
    const implemented = new Set<string>();
    for (const view of ctx.tasks()) {
      const task = view.task;
      const list = asList(task.implements);
      list.forEach((id, index) => {
        implemented.add(id);
        if (parentIds.has(id)) return;
        const at = Array.isArray(task.implements) ? { node: task.implements, index } : { node: task, key: 'implements' };
        const best = rankSuggestions(id, [...parentIds], (x) => [x], { limit: 1, minScore: 0.5 })[0]?.item;
        if (best === undefined) {
          ctx.report({ messageId: 'unknownParentTask', data: { id }, at });
          return;
        }
        const range = ctx.rangeOf(at);
        ctx.report({
          messageId: 'unknownParentTaskDidYouMean',
          data: { id, suggestion: best },
          at,
          suggestions: [{ title: formatMessage(RENAME, { suggestion: best }), edits: [{ range, newText: plainOrQuoted(best) }] }],
        });
      });
    }

    const concerns = issuerMatcher(parent, ctx.plan);
    const own = ctx.analysis.ownPlan ?? ctx.plan;
    for (const view of parentViews) {
      const id = view.task.id;
      if (implemented.has(id)) continue;
      if (![...view.leads, ...asList(view.task.coordinators)].some(concerns)) continue;
      const title = titleOf(view.task);
      const suggestion = implementSuggestion(ctx.source, own, ctx.tasks(), view);
      ctx.report({
        messageId: 'missing',
        data: { task: id, title },
        at: { node: ctx.plan, key: 'parent', part: 'key' },
        related: [relatedIn(parent, { node: view.task, key: 'id' }, { vi: 'Nhiệm vụ của kế hoạch cấp trên', en: 'The parent plan task' })],
        suggestions: suggestion ? [suggestion] : [],
      });
    }
  },
});

function titleOf(task: Task): string {
  if (task.title) return task.title;
  if (typeof task.content === 'string') return task.content;
  return task.id;
}

/**
 * A task of this plan that already has the parent's id gets `implements:`; otherwise
 * a skeleton task is added at the end of `tasks:` for the author to complete.
 */
function implementSuggestion(source: YamlSource, plan: Partial<Plan>, views: readonly TaskView[], parentView: TaskView): FixInput | undefined {
  const id = parentView.task.id;
  const same = views.find((v) => v.task.id === id);
  if (same) {
    const edit = insertKeyEdit(source, same.task, 'implements', plainOrQuoted(id));
    return edit ? { title: formatMessage(LINK_TASK, { task: id }), edits: [edit] } : undefined;
  }
  const tf = parentView.timeframe?.value;
  const lines = [
    `- id: ${plainOrQuoted(id)}`,
    `  implements: ${plainOrQuoted(id)}`,
    ...(parentView.task.title ? [`  title: ${plainOrQuoted(parentView.task.title)}`] : []),
    '  lead: <Cơ quan chủ trì>',
    `  timeframe: ${tf === undefined ? '<Thời gian thực hiện>' : plainOrQuoted(timeframeText(tf))}`,
  ];
  const edit = appendTaskEdit(source, plan, lines);
  return edit ? { title: formatMessage(ADD_TASK, { task: id }), edits: [edit] } : undefined;
}

/** Lines of a new sequence item after the last item of `tasks:`, or a new `tasks:` key. */
function appendTaskEdit(source: YamlSource, plan: Partial<Plan>, lines: string[]): TextEdit | undefined {
  const eol = detectEol(source.text);
  const tasks = plan.tasks;
  if (!tasks || tasks.length === 0) {
    if (plan.tasks !== undefined) return undefined;
    return insertKeyEdit(source, plan, 'tasks', `\n${lines.map((l) => `  ${l}`).join('\n')}`);
  }
  const node = source.nodeOf(tasks);
  const range = source.range(tasks);
  if (!node || node.flow || !range) return undefined;
  const pad = ' '.repeat(source.lines.positionAt(range.start).character);
  let end = range.end;
  while (end > range.start && /\s/.test(source.text.charAt(end - 1))) end--;
  const at = source.lines.lineEnd(source.lines.positionAt(end).line);
  return { range: { start: at, end: at }, newText: lines.map((l) => `${eol}${pad}${l}`).join('') };
}
