import { defineRule } from '../engine/define.js';
import { TEMPLATE_BLANK } from '../overlay/blank.js';
import { ObjectMemo } from '../text/object-memo.js';

const TEMPLATE = `kind: template
id: huyen
level: district
issuer:
  level: district
  code: UBND
  parent: UBND tỉnh <Tên tỉnh>
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`;


export const templatePlaceholder = defineRule({
  meta: {
    id: 'template-placeholder',
    category: 'structure',
    severity: 'error',
    description: {
      vi: 'Kế hoạch không còn chỗ trống của mẫu (viết trong dấu <...>, ví dụ "<Tên tỉnh>") chưa điền.',
      en: 'A plan has no template blank (written in <...>, e.g. "<Tên tỉnh>") left unfilled.',
    },
    rationale: {
      vi: 'Mẫu kế hoạch để chỗ trống cho những gì mỗi nơi phải tự ghi (tên cơ quan, thời hạn, người ký). Văn bản ban hành còn "<...>" là văn bản chưa soạn xong.',
      en: 'Templates leave blanks for what each place must write itself (names, deadlines, signer). An issued document still showing "<...>" is unfinished.',
    },
    messages: {
      unfilled: {
        vi: 'Chỗ trống "{placeholder}" của mẫu chưa được điền ({path}).',
        en: 'Template blank "{placeholder}" is not filled in ({path}).',
      },
      // A plan extending no template: the blank is its own (a quick fix's "<Cơ quan chủ trì>"), not a template's.
      unfilledOwn: {
        vi: 'Chỗ trống "{placeholder}" chưa được điền ({path}).',
        en: 'Blank "{placeholder}" is not filled in ({path}).',
      },
    },
    examples: {
      valid: [
        {
          code: `kind: plan\nextends: ../mau/huyen.template.yaml\nissuer:\n  name: Ủy ban nhân dân huyện Bình Sơn\n  parent: UBND tỉnh Quảng Ngãi\nyear: 2024\ntitle: Tuyên truyền cải cách hành chính năm 2024\n`,
          path: '/work/plans/plan.kehoach.yaml',
          files: { '/work/mau/huyen.template.yaml': TEMPLATE },
        },
      ],
      invalid: [
        {
          code: `kind: plan\nextends: ../mau/huyen.template.yaml\nissuer:\n  name: Ủy ban nhân dân huyện Bình Sơn\nyear: 2024\ntitle: Tuyên truyền cải cách hành chính năm 2024\n`,
          path: '/work/plans/plan.kehoach.yaml',
          files: { '/work/mau/huyen.template.yaml': TEMPLATE },
        },
      ],
    },
  },
  check(ctx) {
    const own = ctx.analysis.resolution === undefined;
    // Where the walk is: each level's container and key. The path ("tasks[tap-huan].title")
    // is only spelled out for a blank found.
    const trail: [container: unknown, key: string | number][] = [];
    let found = 0;
    const pathHere = (): string =>
      trail.map(([container, key], n) => (typeof key === 'number' ? `[${idOf((container as unknown[])[key]) ?? key}]` : n === 0 ? key : `.${key}`)).join('');
    const walk = (value: unknown, holder: object, key: string | number): void => {
      if (typeof value === 'string') {
        if (value.indexOf('<') < 0) return;
        const m = TEMPLATE_BLANK.exec(value);
        if (!m) return;
        const at = typeof key === 'number' ? { node: holder, index: key } : { node: holder, key };
        found++;
        ctx.report({ messageId: own ? 'unfilledOwn' : 'unfilled', data: { placeholder: m[0], path: pathHere() }, at });
        return;
      }
      if (value === null || typeof value !== 'object' || blankFree.has(value)) return;
      const before = found;
      if (Array.isArray(value)) {
        // Items with a stable id are named by it, as patch: names them.
        for (let i = 0; i < value.length; i++) {
          trail.push([value, i]);
          walk(value[i], value, i);
          trail.pop();
        }
      } else {
        for (const k in value) {
          if (!Object.prototype.hasOwnProperty.call(value, k)) continue;
          trail.push([value, k]);
          walk((value as Record<string, unknown>)[k], value, k);
          trail.pop();
        }
      }
      // Only list items (tasks, duty sections, report paths...) are remembered: they are
      // what edits leave unchanged, and remembering every object would cost memory.
      if (found === before && typeof key === 'number') blankFree.set(value, true);
    };
    // The resolved plan: blanks inherited from a template are reported too, at `extends:`.
    for (const k of Object.keys(ctx.plan)) {
      // Agency entries are data of the registry, not text of the document.
      if (k === 'agencies') continue;
      trail.push([ctx.plan, k]);
      walk((ctx.plan as Record<string, unknown>)[k], ctx.plan, k);
      trail.pop();
    }
  },
});

/**
 * Objects and arrays known to hold no blank. Values are never changed once validated,
 * and the sources of one file share the objects of unchanged tasks across edits, so
 * after an edit only the edited task is walked again.
 */
const blankFree = new ObjectMemo<object, true>();

function idOf(item: unknown): string | undefined {
  const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}
