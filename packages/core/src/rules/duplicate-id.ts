import { planTargets, walkPlan } from '../model/walk.js';
import { defineRule, type Locator } from '../engine/define.js';
import { replaceScalarEdit } from '../engine/edits.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { relatedIn } from '../engine/related.js';
import { formatMessage } from '../i18n/message.js';

type Kind = 'task' | 'duty' | 'target' | 'agency';

const KIND_VI: Record<Kind, string> = { task: 'nhiệm vụ', duty: 'mục "Tổ chức thực hiện"', target: 'chỉ tiêu', agency: 'cơ quan' };
const KIND_EN: Record<Kind, string> = { task: 'task', duty: 'duty section', target: 'target', agency: 'agency' };
const RENAME = { vi: 'Đổi mã thành "{id}"', en: 'Rename to "{id}"' };

const REPORTING = `reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`;

export const duplicateId = defineRule({
  meta: {
    id: 'duplicate-id',
    category: 'structure',
    severity: 'error',
    fixable: 'suggestion',
    description: {
      vi: 'Mã (id) của nhiệm vụ (kể cả nhiệm vụ trong mục "Tổ chức thực hiện"), của mục "Tổ chức thực hiện", của chỉ tiêu và của cơ quan bổ sung không được trùng nhau.',
      en: 'Ids of tasks (including those under duty sections), of duty sections, of targets and of local agencies must be unique.',
    },
    rationale: {
      vi: 'Mã là cách kế hoạch cấp dưới ("implements"), mẫu kế thừa ("patch", "remove") và báo cáo tiến độ chỉ tới đúng một mục. Hai mục cùng mã thì không biết chỉ mục nào: sửa một mục có thể sửa nhầm mục kia.',
      en: 'Ids are how child plans ("implements"), inheriting templates ("patch", "remove") and progress reports point at exactly one item. With two items sharing an id nobody can tell which one is meant, and a patch may change the wrong one.',
    },
    messages: {
      duplicate: {
        vi: 'Mã "{id}" đã được dùng ở dòng {line}: mỗi {kindVi} cần một mã riêng.',
        en: 'Id "{id}" is already used on line {line}: each {kindEn} needs its own id.',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: tap-huan-cchc
    title: Tổ chức các lớp tập huấn, bồi dưỡng về công tác CCHC
    lead: Phòng Nội vụ
    timeframe: Trong năm 2024
  - id: tap-huan-phap-luat
    title: Tổ chức tập huấn tuyên truyền pháp luật về CCHC tại huyện
    lead: Phòng Tư pháp
    timeframe: Thường xuyên trong năm
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: tap-huan
    title: Tổ chức các lớp tập huấn, bồi dưỡng về công tác CCHC
    lead: Phòng Nội vụ
    timeframe: Trong năm 2024
  - id: tap-huan
    title: Tổ chức tập huấn tuyên truyền pháp luật về CCHC tại huyện
    lead: Phòng Tư pháp
    timeframe: Thường xuyên trong năm
`,
      ],
    },
  },
  check(ctx) {
    const plan = ctx.plan;
    const items: { kind: Kind; holder: { id?: string } }[] = [];
    for (const d of plan.duties ?? []) items.push({ kind: 'duty', holder: d });
    // Tasks, groups and sections anywhere in the plan (earlier shape, sections, appendices).
    walkPlan(plan, (v) => {
      if (v.kind === 'task') items.push({ kind: 'task', holder: v.item as { id?: string } });
      else if (v.kind === 'heading') items.push({ kind: 'duty', holder: v.item as { id?: string } });
    });
    for (const t of planTargets(plan)) items.push({ kind: 'target', holder: t.target });
    for (const a of plan.agencies ?? []) items.push({ kind: 'agency', holder: a });

    // Tasks and duty sections share one namespace: `implements` and patches name either.
    const namespace = (k: Kind): string => (k === 'duty' ? 'task' : k);
    const firsts = new Map<string, Map<string, { holder: object }>>();
    // Every id in use, for a fresh suggestion; only needed once a duplicate turns up.
    let used: Set<string> | undefined;
    for (const item of items) {
      const id = item.holder.id;
      if (typeof id !== 'string' || id === '') continue;
      const space = namespace(item.kind);
      let first = firsts.get(space);
      if (!first) firsts.set(space, (first = new Map()));
      const earlier = first.get(id);
      if (!earlier) {
        first.set(id, item);
        continue;
      }
      used ??= new Set(items.map((i) => `${namespace(i.kind)}:${i.holder.id ?? ''}`));
      const at: Locator = { node: item.holder, key: 'id' };
      const earlierAt: Locator = { node: earlier.holder, key: 'id' };
      const line = ctx.source.lines.positionAt(ctx.rangeOf(earlierAt).start).line + 1;
      let n = 2;
      while (used.has(`${namespace(item.kind)}:${id}-${n}`)) n++;
      const fresh = `${id}-${n}`;
      used.add(`${namespace(item.kind)}:${fresh}`);
      ctx.report({
        messageId: 'duplicate',
        data: { id, line, kindVi: KIND_VI[item.kind], kindEn: KIND_EN[item.kind] },
        at,
        related: [relatedIn(ctx.analysis, earlierAt, { vi: 'Lần dùng trước', en: 'First used here' })],
        suggestions: [{ title: formatMessage(RENAME, { id: fresh }), edits: [replaceScalarEdit(ctx.source, ctx.rangeOf(at), fresh)] }],
      });
    }
  },
});
