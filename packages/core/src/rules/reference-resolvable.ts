import { defineRule, type FixInput } from '../engine/define.js';
import { replaceScalarEdit } from '../engine/edits.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { formatMessage } from '../i18n/message.js';
import type { FileLink } from '../model/links.js';

type Status = Exclude<FileLink['status'], 'ok'>;

/** Message id for each kind of link and way it failed; combinations the project never produces fall back to 'unresolved'. */
const MESSAGE_ID: Record<FileLink['kind'], Partial<Record<Status, MessageId>>> = {
  registry: { 'not-found': 'registryNotFound', 'wrong-kind': 'registryNotARegistry', 'outside-workspace': 'outsideWorkspace' },
  extends: { 'not-found': 'extendsNotFound', cycle: 'extendsCycle', 'outside-workspace': 'outsideWorkspace' },
  parent: {
    'not-found': 'parentNotFound',
    'wrong-kind': 'parentNotAPlan',
    'outside-workspace': 'outsideWorkspace',
    cycle: 'parentCycle',
    'ref-mismatch': 'parentRefMismatch',
  },
};

type MessageId =
  | 'registryNotFound'
  | 'registryNotARegistry'
  | 'extendsNotFound'
  | 'extendsCycle'
  | 'parentNotFound'
  | 'parentNotAPlan'
  | 'parentCycle'
  | 'parentRefMismatch'
  | 'outsideWorkspace'
  | 'unresolved';

const USE_NUMBER = { vi: 'Ghi số của tệp: "{actual}"', en: 'Use the number in the file: "{actual}"' };

export const referenceResolvable = defineRule({
  meta: {
    id: 'reference-resolvable',
    category: 'hierarchy',
    severity: 'error',
    appliesTo: ['plan', 'config'],
    fixable: 'suggestion',
    description: {
      vi: 'Các tệp mà kế hoạch hoặc tệp cấu hình trỏ tới (danh mục cơ quan "registry", cấu hình kế thừa "extends", kế hoạch cấp trên "parent.path") phải có thật, nằm trong thư mục dự án, đúng loại tệp, và kế hoạch cấp trên phải mang đúng số đã ghi.',
      en: 'Files a plan or config points at (agency registry, inherited config "extends", parent plan "parent.path") must exist, lie inside the workspace, be of the right kind, and the parent plan must carry the number written.',
    },
    rationale: {
      vi: 'Khi một tệp được trỏ tới không đọc được, các kiểm tra dựa vào nó (tên cơ quan, nhiệm vụ và hạn báo cáo của cấp trên) lặng lẽ không chạy; báo lỗi ngay tại đường dẫn sai thì người viết biết phải sửa đâu. Kế hoạch cấp trên chỉ ghi số (không có "path") mà không tìm thấy trong dự án thì không bị báo: tệp của cấp trên thường không nằm cùng dự án (như kế hoạch 07/KH-UBND của tỉnh mà kế hoạch huyện Bình Sơn thực hiện).',
      en: 'When a referenced file cannot be read, the checks that depend on it (agency names, the parent\'s tasks and deadlines) silently stop running; an error at the wrong path tells the author what to fix. A parent given only by number (no "path") that is not found in the project is not reported: the parent\'s file is often not part of the project (like the province plan 07/KH-UBND the Bình Sơn district plan implements).',
    },
    messages: {
      registryNotFound: {
        vi: 'Không tìm thấy tệp danh mục cơ quan "{target}" ({resolved}).',
        en: 'Agency registry file "{target}" was not found ({resolved}).',
      },
      registryNotARegistry: {
        vi: '"{target}" không phải tệp danh mục cơ quan: tệp danh mục phải có dòng "kind: registry".',
        en: '"{target}" is not an agency registry file: a registry has the line "kind: registry".',
      },
      extendsNotFound: {
        vi: 'Không tìm thấy tệp cấu hình được kế thừa "{target}" ({resolved}).',
        en: 'Inherited config file "{target}" was not found ({resolved}).',
      },
      extendsCycle: {
        vi: 'Kế thừa cấu hình vòng tròn: "{target}" quay lại kế thừa chính tệp này.',
        en: 'Circular config inheritance: "{target}" ends up inheriting this file.',
      },
      parentNotFound: {
        vi: 'Không tìm thấy tệp kế hoạch cấp trên "{target}" ({resolved}).',
        en: 'Parent plan file "{target}" was not found ({resolved}).',
      },
      parentNotAPlan: {
        vi: '"{target}" không phải tệp kế hoạch: tệp kế hoạch có tên kết thúc bằng ".kehoach.yaml" hoặc có dòng "kind: plan".',
        en: '"{target}" is not a plan file: a plan file name ends in ".kehoach.yaml" or the file has the line "kind: plan".',
      },
      parentCycle: {
        vi: 'Kế hoạch cấp trên vòng tròn: "{target}" lại lấy kế hoạch này (hoặc kế hoạch cấp dưới của nó) làm cấp trên.',
        en: 'Circular parent plans: "{target}" has this plan (or one of its children) as its own parent.',
      },
      parentRefMismatch: {
        vi: 'Tệp "{target}" là kế hoạch số {actual}, không phải {expected} như đã ghi ở "ref": sửa số hoặc đường dẫn.',
        en: 'File "{target}" is plan {actual}, not {expected} as "ref" says: fix the number or the path.',
      },
      outsideWorkspace: {
        vi: '"{target}" nằm ngoài thư mục dự án nên không được đọc: chỉ trỏ tới tệp trong thư mục dự án (sau khi theo mọi liên kết tượng trưng) hoặc trong một gói npm dưới node_modules.',
        en: '"{target}" lies outside the project and is not read: point at files inside the project (once every symbolic link is followed) or in an npm package under node_modules.',
      },
      unresolved: {
        vi: 'Không dùng được tệp "{target}" ({resolved}).',
        en: 'File "{target}" cannot be used ({resolved}).',
      },
    },
    examples: {
      valid: [
        {
          code: `${EXAMPLE_HEAD}parent:\n  ref: 07/KH-UBND\n  path: ./tinh.kehoach.yaml\n`,
          files: {
            '/work/tinh.kehoach.yaml': `kind: plan\nissuer:\n  name: Ủy ban nhân dân tỉnh Quảng Ngãi\n  level: province\nnumber: 07/KH-UBND\nyear: 2024\ntitle: Tuyên truyền cải cách hành chính năm 2024 trên địa bàn tỉnh Quảng Ngãi\n`,
          },
        },
        { code: `${EXAMPLE_HEAD}parent:\n  ref: 07/KH-UBND\n  issuer: UBND tỉnh Quảng Ngãi\n`, files: {} },
      ],
      invalid: [
        {
          code: `${EXAMPLE_HEAD}parent:\n  ref: 07/KH-UBND\n  path: ./tinh/ke-hoach.kehoach.yaml\n`,
          files: {},
        },
      ],
    },
  },
  check(ctx) {
    // A parent named only by `ref` that the project does not know is no link at all
    // (the project adds none): the parent's file is usually elsewhere, so it is fine.
    for (const link of ctx.links) {
      if (link.status === 'ok') continue;
      const messageId = MESSAGE_ID[link.kind][link.status] ?? 'unresolved';
      const data = { target: link.target, resolved: link.resolved ?? link.target, expected: '', actual: '', ...link.data };
      const suggestions: FixInput[] = [];
      const ref = ctx.plan.parent;
      if (link.status === 'ref-mismatch' && link.data?.actual && ref) {
        const actual = link.data.actual;
        suggestions.push({ title: formatMessage(USE_NUMBER, { actual }), edits: [replaceScalarEdit(ctx.source, ctx.rangeOf({ node: ref, key: 'ref' }), actual)] });
      }
      ctx.report({ messageId, data, at: link.at, suggestions });
    }
  },
});
