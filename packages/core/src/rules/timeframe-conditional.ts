import { defineRule } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { timeframeText } from '../model/timeframe-value.js';
import { formatViDate } from '../parse/date.js';
import { timeframeLocator, writtenTimeframes } from './timeframe-parseable.js';

const REPORTING = `reporting:
  - to: UBND huyện
    due: trước ngày 25/11/2024
`;

export const timeframeConditional = defineRule({
  meta: {
    id: 'timeframe-conditional',
    category: 'timeframe',
    severity: 'info',
    description: {
      vi: 'Báo những thời gian gắn với một sự kiện hay lịch khác thay vì ngày ("Sau khi Nghị định ... được ban hành", "Theo lộ trình của Bộ"): chúng được hiểu là cả kỳ kế hoạch, nên hạn và báo cáo không kiểm tra được.',
      en: 'Points out timeframes tied to an event or another schedule rather than to dates ("Sau khi Nghị định ... được ban hành", "Theo lộ trình của Bộ"): they are read as the whole plan period, so deadlines and reports cannot be checked.',
    },
    rationale: {
      vi: 'Văn bản thật vẫn ghi thời gian như vậy và kế hoạch phải ghi đúng như văn bản, nên đây không phải lỗi. Nhưng khi có thể, ghi thêm một mốc ngày ({ text: "...", deadline: ... }) giúp theo dõi tiến độ và nhắc hạn.',
      en: 'Real plans write timeframes like these, and the plan must say what the document says, so this is no error. Where possible, adding a date ({ text: "...", deadline: ... }) lets progress and deadlines be followed.',
    },
    messages: {
      conditional: {
        vi: 'Thời gian "{text}" gắn với một sự kiện, không có ngày cụ thể: được hiểu là cả kỳ kế hoạch ({start} - {end}); hạn của nhiệm vụ không kiểm tra được.',
        en: 'The time "{text}" is tied to an event, not to a date: it is read as the whole plan period ({start} - {end}); the deadline of the task cannot be checked.',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: huong-dan
    title: Hướng dẫn thực hiện Nghị định mới
    lead: Phòng Tư pháp
    timeframe: { text: Sau khi Nghị định được ban hành, deadline: 30/09/2024 }
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: huong-dan
    title: Hướng dẫn thực hiện Nghị định mới
    lead: Phòng Tư pháp
    timeframe: Sau khi Nghị định được ban hành
`,
      ],
    },
  },
  check(ctx) {
    for (const w of writtenTimeframes(ctx.plan)) {
      if (w.key !== 'timeframe') continue;
      const r = ctx.analysis.timeframe(w.value);
      if (!r.ok || r.value.kind !== 'conditional') continue;
      ctx.report({
        messageId: 'conditional',
        data: { text: timeframeText(w.value), start: formatViDate(r.value.start), end: formatViDate(r.value.end) },
        at: timeframeLocator(w),
      });
    }
  },
});
