import { defineRule } from '../engine/define.js';
import { joinKinds, kindName, kindOfValue } from '../engine/describe-value.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { expectedKinds, keyDoc } from '../schema/navigate.js';
import type { Locator } from '../engine/define.js';
import type { SchemaProblem } from '../model/build.js';
import { issuerSchema, planSchema } from '../schema/plan.js';

export const schema = defineRule({
  meta: {
    id: 'schema',
    category: 'structure',
    severity: 'error',
    appliesTo: ['plan', 'registry', 'config', 'template', 'report'],
    description: {
      vi: 'Mỗi mục của kế hoạch có đúng kiểu giá trị, và có các mục bắt buộc (kind, issuer, year hoặc period, title).',
      en: 'Every part of the plan has the right kind of value, and the required parts (kind, issuer, year or period, title) are present.',
    },
    rationale: {
      vi: 'Kế hoạch được đọc bởi máy (kiểm tra, kết xuất văn bản, tổng hợp); một năm viết thành chữ hay một danh sách viết thành một dòng sẽ làm sai mọi bước sau.',
      en: 'Plans are read by programs (checks, rendering, roll-ups); a year written as words or a list written as one line breaks every later step.',
    },
    messages: {
      notAMapping: {
        vi: 'Tệp kế hoạch phải là một bảng "khóa: giá trị", bắt đầu bằng "kind: plan".',
        en: 'A plan file must be a "key: value" mapping starting with "kind: plan".',
      },
      required: {
        vi: 'Thiếu mục bắt buộc "{key}" ({title}).',
        en: 'Required "{key}" ({title}) is missing.',
      },
      invalidType: {
        vi: '"{key}" phải là {expected}, nhưng đang là {received}.',
        en: '"{key}" must be {expectedEn}, but is {receivedEn}.',
      },
      invalidValue: {
        vi: '"{key}" phải là một trong: {options}.',
        en: '"{key}" must be one of: {options}.',
      },
      empty: {
        vi: '"{key}" không được để trống.',
        en: '"{key}" must not be empty.',
      },
      invalidId: {
        vi: 'Mã "{value}" không đúng dạng: chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ "tap-huan-cchc".',
        en: 'Id "{value}" is malformed: use lowercase ASCII letters, digits and dashes, e.g. "tap-huan-cchc".',
      },
      outOfRange: {
        vi: '"{key}" = {value} nằm ngoài khoảng cho phép.',
        en: '"{key}" = {value} is out of range.',
      },
      other: {
        vi: 'Giá trị không hợp lệ ở "{key}".',
        en: 'Invalid value at "{key}".',
      },
    },
    examples: {
      valid: [EXAMPLE_HEAD],
      invalid: [EXAMPLE_HEAD.replace('year: 2024', 'year: năm 2024')],
    },
  },
  check(ctx) {
    if (ctx.analysis.model.value === undefined && ctx.source.problems.length === 0) {
      const v = ctx.source.value;
      if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) {
        ctx.report({ messageId: 'notAMapping', at: { range: { start: 0, end: Math.min(ctx.source.text.length, ctx.source.lines.lineEnd(0)) } } });
        return;
      }
    }
    requiredTopLevel(ctx);
    for (const p of ctx.schemaProblems) {
      if (p.kind !== 'schema') continue;
      const key = String(p.path.filter((s) => typeof s === 'string').at(-1) ?? '');
      const at = locatorOf(p);
      const issue = p.issue;
      const docs = keyDoc(p.expected);
      switch (issue.code) {
        case 'invalid_type':
        case 'invalid_union': {
          if (p.received === undefined) {
            ctx.report({ messageId: 'required', data: { key, title: docs?.title ?? key }, at });
            break;
          }
          const expected = p.expected ? joinKinds(expectedKinds(p.expected)) : kindName(String((issue as { expected?: string }).expected ?? ''));
          const received = kindName(kindOfValue(p.received));
          ctx.report({ messageId: 'invalidType', data: { key, expected: expected.vi, received: received.vi, expectedEn: expected.en, receivedEn: received.en }, at });
          break;
        }
        case 'invalid_value': {
          const options = (issue as { values?: unknown[] }).values ?? [];
          ctx.report({ messageId: 'invalidValue', data: { key, options: options.map(String).join(', ') }, at });
          break;
        }
        case 'too_small':
          if (typeof p.received === 'string' || Array.isArray(p.received)) ctx.report({ messageId: 'empty', data: { key }, at });
          else ctx.report({ messageId: 'outOfRange', data: { key, value: String(p.received) }, at });
          break;
        case 'too_big':
          ctx.report({ messageId: 'outOfRange', data: { key, value: String(p.received) }, at });
          break;
        case 'invalid_format':
          ctx.report({ messageId: 'invalidId', data: { key, value: String(p.received) }, at });
          break;
        default:
          ctx.report({ messageId: 'other', data: { key }, at });
      }
    }
  },
});

/**
 * Top-level keys every plan needs. Checked on the resolved plan, so a title that
 * comes from the template counts; a key already reported as invalid is not repeated.
 */
const REQUIRED = ['kind', 'issuer', 'year', 'title'] as const;

function requiredTopLevel(ctx: Parameters<typeof schema.check>[0]): void {
  if (ctx.analysis.kind !== 'plan') return;
  const own = ctx.analysis.ownPlan as Record<string, unknown> | undefined;
  if (!own) return;
  const resolved = ctx.plan as Record<string, unknown>;
  const invalid = new Set(ctx.schemaProblems.filter((p) => p.path.length === 1).map((p) => String(p.path[0])));
  for (const key of REQUIRED) {
    // A plan over a period (`period`) needs no `year`.
    const present = key === 'kind' ? own.kind !== undefined : resolved[key] !== undefined || (key === 'year' && resolved.period !== undefined);
    if (present || invalid.has(key)) continue;
    const docs = keyDoc(planSchema.shape[key]);
    ctx.report({ messageId: 'required', data: { key, title: docs?.title ?? key }, at: { node: own, part: 'head' } });
  }
  // With a template, the issuer may come in parts; the merged one must be whole.
  const issuer = resolved.issuer as Record<string, unknown> | undefined;
  if (ctx.analysis.resolution && issuer && !invalid.has('issuer')) {
    for (const key of ['name', 'level'] as const) {
      if (issuer[key] !== undefined) continue;
      const docs = keyDoc(issuerSchema.shape[key]);
      ctx.report({ messageId: 'required', data: { key: `issuer.${key}`, title: docs?.title ?? key }, at: { node: issuer, part: 'head' } });
    }
  }
}

function locatorOf(p: SchemaProblem): Locator {
  const a = p.anchor;
  if (!a) return { path: p.path };
  if (a.key === undefined) return { node: a.container, part: 'head' };
  if (typeof a.key === 'number') return { node: a.container, index: a.key };
  return { node: a.container, key: a.key };
}
