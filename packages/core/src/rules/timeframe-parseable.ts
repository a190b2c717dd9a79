import { hasTemplateBlank } from '../overlay/blank.js';
import { defineRule, type Locator } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { yearText } from '../engine/task-label.js';
import { formatViDate, parseDate } from '../parse/date.js';
import type { ReportPath, TimeframeValue } from '../schema/common.js';
import type { Plan } from '../schema/plan.js';
import type { ReportingItem, TargetItem } from '../schema/body.js';
import type { Task } from '../schema/task.js';
import { walkPlan } from '../model/walk.js';

/** A timeframe value as written in the plan, with the object and key that hold it. */
export interface WrittenTimeframe {
  holder: object;
  key: 'timeframe' | 'due' | 'cadence';
  value: TimeframeValue;
  /** Set when the value is one of several deadlines: `holder[key][index]`. */
  index?: number;
}

/**
 * Every timeframe the plan states, each once: plan, task, group, duty and target
 * `timeframe`, and `due`/`cadence` of every report path. Inherited values are the
 * same objects as the written ones, so walking the plan (not the task views)
 * reports a shared value once, where it is written.
 */
export function writtenTimeframes(plan: Partial<Plan>): readonly WrittenTimeframe[] {
  // Five rules ask at each check, of the same plan object (rules never change it).
  let out = writtenOf.get(plan);
  if (out) return out;
  out = collectTimeframes(plan);
  writtenOf.set(plan, out);
  return out;
}

const writtenOf = new WeakMap<object, WrittenTimeframe[]>();

function collectTimeframes(plan: Partial<Plan>): WrittenTimeframe[] {
  const out: WrittenTimeframe[] = [];
  const timeframeOf = (holder: { timeframe?: TimeframeValue }): void => {
    if (holder.timeframe !== undefined) out.push({ holder, key: 'timeframe', value: holder.timeframe });
  };
  const reportOf = (r: ReportPath | undefined): void => {
    if (!r) return;
    if (Array.isArray(r.due)) r.due.forEach((value, index) => out.push({ holder: r, key: 'due', value, index }));
    else if (r.due !== undefined) out.push({ holder: r, key: 'due', value: r.due });
    if (r.cadence !== undefined) out.push({ holder: r, key: 'cadence', value: r.cadence });
  };
  timeframeOf(plan);
  for (const r of plan.reporting ?? []) reportOf(r);
  for (const d of plan.duties ?? []) {
    timeframeOf(d);
    reportOf(d.report);
  }
  for (const t of plan.targets ?? []) timeframeOf(t);
  walkPlan(plan, (v) => {
    if (v.kind === 'task') {
      const t = v.item as Task;
      timeframeOf(t);
      reportOf(t.report);
    } else if (v.kind === 'target') timeframeOf(v.item as TargetItem);
    else if (v.kind === 'reporting') reportOf((v.item as ReportingItem).reporting);
  });
  return out;
}

/** Where to point for a written timeframe: its text when it is an object with one. */
export function timeframeLocator(w: WrittenTimeframe): Locator {
  if (typeof w.value === 'object' && w.value.text !== undefined) return { node: w.value, key: 'text' };
  if (w.index !== undefined) return { node: w.holder, key: w.key, index: w.index };
  return { node: w.holder, key: w.key };
}

const MESSAGE_OF = {
  unrecognised: 'unrecognised',
  'no-year': 'noYear',
  'invalid-date': 'invalidDate',
  'reversed-range': 'reversedRange',
  empty: 'empty',
} as const;

const REPORTING = `reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`;

export const timeframeParseable = defineRule({
  meta: {
    id: 'timeframe-parseable',
    category: 'timeframe',
    severity: 'error',
    description: {
      vi: 'Mọi thời gian ghi trong kế hoạch (thời gian thực hiện, hạn báo cáo, định kỳ báo cáo) phải đọc được thành ngày cụ thể.',
      en: 'Every time stated in the plan (timeframes, report due dates, report cadences) must be readable as actual dates.',
    },
    rationale: {
      vi: 'Thời gian chỉ theo dõi, nhắc hạn và kiểm tra được khi máy hiểu được nó là từ ngày nào đến ngày nào. Cụm từ quen thuộc ("Quý I/2024", "Chậm nhất ngày 20/04/2024") được đọc tự động; cách ghi lạ có thể giữ nguyên chữ và thêm ngày cụ thể (from, to, deadline). Tần suất (frequency) là lời mô tả tự do nên không kiểm tra ở đây.',
      en: 'A time can only be followed up, reminded of and checked when it is known which days it covers. Usual phrases ("Quý I/2024", "Chậm nhất ngày 20/04/2024") are read automatically; unusual wording can be kept as text with explicit dates (from, to, deadline). Frequency is free description and is not checked here.',
    },
    messages: {
      unrecognised: {
        vi: 'Không đọc được thời gian "{text}" (vướng ở "{near}"). Có thể viết như: "Thường xuyên trong năm", "Quý I/{year}", "Trong quý II, III năm {year}", "Tháng 3/{year}", "Từ tháng 3 đến tháng 5/{year}", "Chậm nhất ngày 20/04/{year}", "Trước ngày 25/11/{year}". Nếu muốn giữ nguyên cách viết, ghi dạng { text: "...", from: 01/03/{year}, to: 31/05/{year} } (hoặc deadline: ...).',
        en: 'Cannot read the time "{text}" (stuck at "{near}"). Forms that are understood: "Thường xuyên trong năm", "Quý I/{year}", "Trong quý II, III năm {year}", "Tháng 3/{year}", "Từ tháng 3 đến tháng 5/{year}", "Chậm nhất ngày 20/04/{year}", "Trước ngày 25/11/{year}". To keep your wording, write { text: "...", from: 01/03/{year}, to: 31/05/{year} } (or deadline: ...).',
      },
      unrecognisedCadence: {
        vi: 'Không đọc được định kỳ báo cáo "{text}" (vướng ở "{near}"). Có thể viết như: "Hàng tháng", "Hàng quý", "Định kỳ 06 tháng, năm", "Hằng năm", "Hàng quý, trước ngày 15 của tháng cuối quý".',
        en: 'Cannot read the report cadence "{text}" (stuck at "{near}"). Forms that are understood: "Hàng tháng", "Hàng quý", "Định kỳ 06 tháng, năm", "Hằng năm", "Hàng quý, trước ngày 15 của tháng cuối quý".',
      },
      noYear: {
        vi: 'Thời gian "{text}" không ghi năm và kế hoạch chưa có năm (year): ghi năm vào thời gian (ví dụ "Quý I/2024") hoặc khai báo "year" của kế hoạch.',
        en: 'The time "{text}" gives no year and the plan has no year: add the year (e.g. "Quý I/2024") or set the plan\'s "year".',
      },
      invalidDate: {
        vi: 'Thời gian "{text}" nhắc tới "{date}", không có trong lịch: hãy kiểm tra lại ngày, tháng, quý.',
        en: 'The time "{text}" mentions "{date}", which is not in the calendar: check the day, month or quarter.',
      },
      reversedRange: {
        vi: 'Thời gian "{text}" bắt đầu ({from}) sau khi kết thúc ({to}): hãy đổi lại thứ tự hoặc sửa năm.',
        en: 'The time "{text}" starts ({from}) after it ends ({to}): swap them or fix the year.',
      },
      empty: {
        vi: 'Thời gian đang để trống: ghi một cụm từ như "Trong năm {year}", "Quý I/{year}" hoặc ngày cụ thể (from, to, deadline).',
        en: 'The time is empty: write a phrase such as "Trong năm {year}", "Quý I/{year}" or explicit dates (from, to, deadline).',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: hoi-thi
    title: Tham gia Hội thi tuyên truyền CCHC – Chuyển đổi số
    lead: Trung tâm Truyền thông - Văn hóa - Thể thao
    timeframe: Trong quý II, III năm 2024
  - id: ke-hoach
    title: Xây dựng kế hoạch tuyên truyền
    lead: Phòng Văn hóa và Thông tin
    timeframe:
      text: Sau khi có kế hoạch của tỉnh
      deadline: 20/04/2024
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}${REPORTING}tasks:
  - id: hoi-thi
    title: Tham gia Hội thi tuyên truyền CCHC – Chuyển đổi số
    lead: Trung tâm Truyền thông - Văn hóa - Thể thao
    timeframe: Càng sớm càng tốt
`,
      ],
    },
  },
  check(ctx) {
    const year = yearText(ctx.year);
    for (const w of writtenTimeframes(ctx.plan)) {
      // A bad explicit date ("from: 31/02/2024") is the date-valid rule's to report.
      if (typeof w.value === 'object' && hasBadDate(w.value)) continue;
      // So is a template blank ("<Thời hạn>"): template-placeholder reports it.
      if (typeof w.value === 'string' && hasTemplateBlank(w.value)) continue;
      const result = ctx.analysis.timeframe(w.value);
      if (result.ok) continue;
      const { messageId, data = {} } = result.error;
      const text = String(data.text ?? (typeof w.value === 'string' ? w.value : (w.value.text ?? ''))).trim();
      const base = { text, year };
      const at = timeframeLocator(w);
      switch (messageId) {
        case 'unrecognised': {
          const near = String(data.near ?? '') || text;
          ctx.report({ messageId: w.key === 'cadence' ? 'unrecognisedCadence' : 'unrecognised', data: { ...base, near }, at });
          break;
        }
        case 'invalid-date':
          ctx.report({ messageId: 'invalidDate', data: { ...base, date: String(data.date ?? '') }, at });
          break;
        case 'reversed-range':
          ctx.report({
            messageId: 'reversedRange',
            data: { ...base, from: formatViDate(String(data.from ?? '')), to: formatViDate(String(data.to ?? '')) },
            at,
          });
          break;
        default:
          ctx.report({ messageId: MESSAGE_OF[messageId], data: base, at });
      }
    }
  },
});

function hasBadDate(value: { from?: string; to?: string; deadline?: string }): boolean {
  return [value.from, value.to, value.deadline].some((d) => d !== undefined && !parseDate(d).ok);
}
