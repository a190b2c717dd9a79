import { defineRule } from '../engine/define.js';

const TEMPLATE = `kind: template
id: quang-ngai-huyen
level: district
issuer:
  level: district
  code: UBND
  parent: UBND tỉnh Quảng Ngãi
`;

export const templateParameterOverride = defineRule({
  meta: {
    id: 'template-parameter-override',
    category: 'structure',
    severity: 'info',
    appliesTo: ['plan', 'template'],
    description: {
      vi: 'Báo khi kế hoạch (hoặc bản kế thừa) đặt lại một giá trị mà mẫu cấp trên đã đặt: giá trị gần nhất được dùng.',
      en: 'Tells when a plan (or a fork) sets again a value an upstream template already set: the nearest value wins.',
    },
    rationale: {
      vi: 'Người soạn cần biết mình đang thay giá trị của mẫu, để cập nhật của mẫu về sau không bị che khuất mà không hay biết. Điền chỗ trống của mẫu ("<Tên UBND tỉnh>") không bị báo.',
      en: "Authors should know they replace a template's value, so later upstream updates are not hidden unnoticed. Filling a template placeholder (\"<Tên UBND tỉnh>\") is not reported.",
    },
    messages: {
      overridden: {
        vi: '"{path}" = "{value}" thay cho giá trị "{previous}" của {overridden}.',
        en: '"{path}" = "{value}" replaces "{previous}" from {overridden}.',
      },
    },
    examples: {
      valid: [
        {
          code: `kind: plan\nextends: ../mau/huyen.template.yaml\nissuer:\n  name: Ủy ban nhân dân huyện Bình Sơn\nyear: 2024\ntitle: Tuyên truyền cải cách hành chính năm 2024\n`,
          path: '/work/plans/plan.kehoach.yaml',
          files: { '/work/mau/huyen.template.yaml': TEMPLATE },
        },
      ],
      invalid: [
        {
          code: `kind: plan\nextends: ../mau/huyen.template.yaml\nissuer:\n  name: Ủy ban nhân dân huyện Bình Sơn\n  parent: UBND tỉnh Quảng Nam\nyear: 2024\ntitle: Tuyên truyền cải cách hành chính năm 2024\n`,
          path: '/work/plans/plan.kehoach.yaml',
          files: { '/work/mau/huyen.template.yaml': TEMPLATE },
        },
      ],
    },
  },
  check(ctx) {
    const resolution = ctx.analysis.resolution;
    if (!resolution) return;
    for (const o of resolution.merge.overrides) {
      const overriddenLayer = resolution.layers.find((l) => l === o.overridden);
      const related = [];
      if (overriddenLayer) {
        const offsets = overriddenLayer.source.valueRange(o.overriddenAt.node, o.overriddenAt.key ?? '') ?? overriddenLayer.source.headRange(o.overriddenAt.node);
        if (offsets) {
          related.push({
            uri: overriddenLayer.uri,
            offsets,
            range: overriddenLayer.source.lines.range(offsets),
            message: { vi: `Giá trị cũ ở ${overriddenLayer.label}`, en: `Previous value in ${overriddenLayer.label}` },
          });
        }
      }
      ctx.report({
        messageId: 'overridden',
        data: { path: o.path, ...shown(o.value, o.previous), overridden: o.overridden.label },
        at: { node: o.winnerAt.node, ...(o.winnerAt.key !== undefined ? { key: o.winnerAt.key } : {}) },
        related,
      });
    }
  },
});

const MAX = 60;

/**
 * Both values, each at most 60 characters: where they are longer, both are cut around
 * the first place they differ, so the message never shows two values cut to the same
 * prefix ("Tổ chức các lớp tập huấn…" for both).
 */
function shown(value: unknown, previous: unknown): { value: string; previous: string } {
  const a = typeof value === 'string' ? value : JSON.stringify(value);
  const b = typeof previous === 'string' ? previous : JSON.stringify(previous);
  if (a.length <= MAX && b.length <= MAX) return { value: a, previous: b };
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  // A few words before the difference, for context.
  const from = same < MAX - 20 ? 0 : Math.max(0, a.lastIndexOf(' ', same - 15) + 1);
  const cut = (s: string): string => {
    const head = from > 0 ? '…' : '';
    const room = MAX - head.length;
    const part = s.slice(from);
    return part.length > room ? `${head}${part.slice(0, room - 1)}…` : `${head}${part}`;
  };
  return { value: cut(a), previous: cut(b) };
}

