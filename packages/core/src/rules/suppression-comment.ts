import { defineRule } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';

const TASK = `tasks:
  - id: tap-huan
    title: Tổ chức tập huấn nghiệp vụ
    lead: Phòng Nội vụ
    timeframe: Quý I/2024
`;

/**
 * The comments themselves are read and applied by the engine after every other rule
 * has run (engine/apply-suppressions.ts): whether a comment suppressed anything is
 * only known then. This file holds the rule's identity, messages and docs.
 */
export const suppressionComment = defineRule({
  meta: {
    id: 'suppression-comment',
    category: 'structure',
    severity: 'error',
    appliesTo: ['plan', 'registry', 'config', 'template', 'report'],
    description: {
      vi: 'Chú thích tắt quy tắc phải nêu quy tắc và lý do ("# kehoach-disable-next-line <quy-tắc> -- <lý do>"), và phải có tác dụng.',
      en: 'Suppression comments must name the rule and give a reason ("# kehoach-disable-next-line <rule> -- <reason>"), and must suppress something.',
    },
    rationale: {
      vi: 'Tắt một cảnh báo là một quyết định; người đọc kế hoạch sau cần biết vì sao. Chú thích không còn tác dụng thì nên xóa để không che lỗi về sau.',
      en: 'Silencing a check is a decision the next reader needs explained. A comment that no longer suppresses anything should go before it hides a future problem.',
    },
    messages: {
      missingRule: {
        vi: 'Chú thích tắt quy tắc phải nêu tên quy tắc, ví dụ "# kehoach-disable-next-line task-report-path-required -- <lý do>".',
        en: 'A suppression comment must name the rule, e.g. "# kehoach-disable-next-line task-report-path-required -- <reason>".',
      },
      missingReason: {
        vi: 'Chú thích tắt "{rules}" phải nêu lý do sau dấu " -- ".',
        en: 'The suppression of "{rules}" must give a reason after " -- ".',
      },
      unknownRule: {
        vi: 'Không có quy tắc nào tên "{rule}".',
        en: 'There is no rule named "{rule}".',
      },
      unused: {
        vi: 'Chú thích tắt "{rules}" không còn tác dụng (không có cảnh báo nào ở đây); hãy xóa.',
        en: 'The suppression of "{rules}" has no effect (nothing is reported here); remove it.',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}${TASK.replace('  - id: tap-huan', '  # kehoach-disable-next-line task-report-path-required -- Văn bản gốc không quy định báo cáo\n  - id: tap-huan')}`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}${TASK.replace('  - id: tap-huan', '  # kehoach-disable-next-line task-report-path-required\n  - id: tap-huan')}`,
      ],
    },
  },
  check() {
    // Applied by the engine once all rules have reported; see the comment above.
  },
});
