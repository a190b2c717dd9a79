import { defineRule } from '../engine/define.js';

const BASE_TEMPLATE = `kind: template
id: huyen
level: district
tasks:
  - id: tap-huan
    title: Tổ chức các lớp tập huấn, bồi dưỡng về công tác CCHC
    lead: Phòng Nội vụ
    timeframe: Trong năm 2024
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
`;

const OP_VI: Record<string, string> = { patch: 'Sửa', remove: 'Bỏ', position: 'Đặt vị trí theo' };
const OP_EN: Record<string, string> = { patch: 'Patch of', remove: 'Removal of', position: 'Position relative to' };

export const templateResolvable = defineRule({
  meta: {
    id: 'template-resolvable',
    category: 'structure',
    severity: 'error',
    appliesTo: ['plan', 'template'],
    description: {
      vi: 'Mẫu được kế thừa (extends) phải tìm được, đúng phiên bản, và mọi chỗ sửa/bỏ theo mã phải trúng một mục của mẫu.',
      en: 'The extended template must be found at a matching version, and every patch/removal by id must hit an item of the template.',
    },
    rationale: {
      vi: 'Khi mẫu cấp trên đổi (một phòng được sáp nhập, một nhiệm vụ bị bỏ), phần sửa riêng của tỉnh, xã không được âm thầm mất tác dụng: phải báo lỗi, nêu cả tệp sửa lẫn mẫu.',
      en: 'When an upstream template changes (a department merged, a task dropped), local edits must never silently stop applying: it is an error naming both files.',
    },
    messages: {
      notInstalled: {
        vi: 'Chưa cài mẫu "{name}": chạy "npm install {name}" (hoặc "pnpm add {name}") trong thư mục dự án.',
        en: 'Template "{name}" is not installed: run "npm install {name}" (or "pnpm add {name}") in the project folder.',
      },
      versionMismatch: {
        vi: 'Mẫu "{name}" đang cài phiên bản {version}, không khớp yêu cầu "{range}".',
        en: 'Template "{name}" is installed at {version}, which does not match "{range}".',
      },
      badSpecifier: {
        vi: '"{specifier}" không phải tên gói mẫu (ví dụ "@kehoach/template-commune@^1.0.0") hay đường dẫn tương đối (ví dụ "./mau/xa.yaml").',
        en: '"{specifier}" is neither a template package (e.g. "@kehoach/template-commune@^1.0.0") nor a relative path (e.g. "./mau/xa.yaml").',
      },
      badRange: {
        vi: 'Phiên bản "{range}" không đúng cách viết semver (ví dụ "^1.0.0", "~1.2", "1.x").',
        en: 'Version range "{range}" is not valid semver (e.g. "^1.0.0", "~1.2", "1.x").',
      },
      outsideProject: {
        vi: '{target} nằm ngoài thư mục dự án nên không được đọc: mẫu phải là tệp trong thư mục dự án hoặc một gói npm trong node_modules.',
        en: '{target} lies outside the project and is not read: a template must be a file inside the project or an npm package under node_modules.',
      },
      notFound: {
        vi: 'Không tìm thấy tệp mẫu {target}.',
        en: 'Template file {target} was not found.',
      },
      notATemplate: {
        vi: '{target} không phải tệp mẫu (cần "kind: template").',
        en: '{target} is not a template file ("kind: template" expected).',
      },
      cycle: {
        vi: 'Kế thừa vòng tròn: {target} quay lại kế thừa chính nó.',
        en: 'Circular extends: {target} ends up extending itself.',
      },
      missingTarget: {
        vi: '{opVi} "{id}" ({collection}) trong {layer}: mẫu {upstream} không có mục này (có thể đã đổi mã hoặc bị bỏ ở phiên bản mới). Hãy sửa hoặc xóa chỗ này.',
        en: '{opEn} "{id}" ({collection}) in {layer}: template {upstream} has no such item (it may have been renamed or dropped in a new version). Update or delete this entry.',
      },
      duplicateAdd: {
        vi: 'Mã "{id}" ({collection}) đã có trong mẫu {definedIn}; để thay đổi mục kế thừa hãy dùng "patch", để thay bằng mục mới hãy đặt mã khác.',
        en: 'Id "{id}" ({collection}) already exists in template {definedIn}; use "patch" to change the inherited item, or choose another id for a new one.',
      },
    },
    examples: {
      valid: [
        {
          code: `kind: plan\nextends: ../mau/huyen.template.yaml\nissuer:\n  name: Ủy ban nhân dân huyện Bình Sơn\n  level: district\nyear: 2024\ntitle: Tuyên truyền cải cách hành chính năm 2024\npatch:\n  tasks:\n    tap-huan:\n      timeframe: Quý II/2024\n`,
          path: '/work/plans/plan.kehoach.yaml',
          files: { '/work/mau/huyen.template.yaml': BASE_TEMPLATE },
        },
      ],
      invalid: [
        {
          code: `kind: plan\nextends: ../mau/huyen.template.yaml\nissuer:\n  name: Ủy ban nhân dân huyện Bình Sơn\n  level: district\nyear: 2024\ntitle: Tuyên truyền cải cách hành chính năm 2024\npatch:\n  tasks:\n    hoi-thi:\n      timeframe: Quý II/2024\n`,
          path: '/work/plans/plan.kehoach.yaml',
          files: { '/work/mau/huyen.template.yaml': BASE_TEMPLATE },
        },
      ],
    },
  },
  check(ctx) {
    const resolution = ctx.analysis.resolution;
    if (!resolution) return;
    const MESSAGE = {
      'not-installed': 'notInstalled',
      'version-mismatch': 'versionMismatch',
      'bad-specifier': 'badSpecifier',
      'bad-range': 'badRange',
      'not-found': 'notFound',
      'not-a-template': 'notATemplate',
      cycle: 'cycle',
      'outside-project': 'outsideProject',
    } as const;
    for (const p of resolution.chain.problems) {
      ctx.report({ messageId: MESSAGE[p.kind], data: { specifier: p.specifier, ...p.data }, at: { node: p.from.value, key: 'extends' } });
    }
    // With a link of the chain missing, every edit of the missing template would also
    // "miss its target": the broken link is the one error worth reading.
    if (resolution.chain.problems.length) return;
    for (const p of resolution.merge.problems) {
      if (p.kind === 'missing-target') {
        const upstream = p.upstream.map((u) => u.label).join(', ') || '(không có)';
        ctx.report({
          messageId: 'missingTarget',
          data: { opVi: OP_VI[p.op] ?? p.op, opEn: OP_EN[p.op] ?? p.op, id: p.id, collection: p.collection, layer: p.layer.label, upstream },
          at: p.at.key !== undefined && !Array.isArray(p.at.node) ? { node: p.at.node, key: p.at.key, part: 'key' } : { node: p.at.node, index: Number(p.at.key) },
        });
      } else {
        ctx.report({
          messageId: 'duplicateAdd',
          data: { id: p.id, collection: p.collection, definedIn: p.definedIn.label },
          at: { node: p.at.node, key: 'id' },
        });
      }
    }
  },
});

