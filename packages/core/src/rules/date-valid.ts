import { defineRule, type Locator } from '../engine/define.js';
import { EXAMPLE_HEAD } from '../engine/example-registry.js';
import { lastDayOfMonth, parseDate } from '../parse/date.js';
import type { Plan } from '../schema/plan.js';
import type { AgencyEntry, RegistryFile } from '../schema/registry.js';
import { writtenTimeframes } from './timeframe-parseable.js';
import { planBases } from '../model/walk.js';

interface WrittenDate {
  holder: object;
  key: string;
  value: string;
}

export const dateValid = defineRule({
  meta: {
    id: 'date-valid',
    category: 'timeframe',
    severity: 'error',
    appliesTo: ['plan', 'registry'],
    description: {
      vi: 'Mọi ngày ghi trong kế hoạch (ngày ban hành, ngày của văn bản căn cứ, ngày cụ thể của thời gian, ngày hiệu lực của cơ quan) phải viết dạng ngày/tháng/năm và có trong lịch.',
      en: 'Every date in the plan (issue date, dates of legal bases, explicit dates of timeframes, validity dates of agencies) must be written day/month/year and exist in the calendar.',
    },
    rationale: {
      vi: 'Ngày sai (31/02/2024) hoặc viết lạ ("17.1.24") không so sánh được với năm kế hoạch, hạn báo cáo hay ngày của văn bản cấp trên; khi in ra văn bản nó cũng là lỗi thấy ngay.',
      en: 'A wrong date (31/02/2024) or an odd spelling ("17.1.24") cannot be compared with the plan year, report deadlines or the parent plan\'s dates, and is a visible error in the printed document.',
    },
    messages: {
      format: {
        vi: '"{value}" không phải một ngày: ghi theo dạng ngày/tháng/năm, ví dụ 17/01/2024 (hoặc 2024-01-17).',
        en: '"{value}" is not a date: write day/month/year, e.g. 17/01/2024 (or 2024-01-17).',
      },
      invalid: {
        vi: 'Ngày {value} không có trong lịch: tháng {month}/{year} chỉ có {days} ngày.',
        en: 'Date {value} is not in the calendar: {month}/{year} has only {days} days.',
      },
      invalidMonth: {
        vi: 'Ngày {value} không có trong lịch: không có tháng {month}.',
        en: 'Date {value} is not in the calendar: there is no month {month}.',
      },
    },
    examples: {
      valid: [
        `${EXAMPLE_HEAD}date: 17/01/2024
legalBases:
  - type: Quyết định
    ref: 2249/QĐ-UBND
    date: 28/12/2023
    issuer: UBND huyện
`,
      ],
      invalid: [
        `${EXAMPLE_HEAD}date: 30/02/2024
`,
      ],
    },
  },
  check(ctx) {
    const dates = ctx.analysis.kind === 'registry' ? agencyDates(registryAgencies(ctx.analysis.model.value)) : planDates(ctx.plan);
    for (const d of dates) {
      const parsed = parseDate(d.value);
      if (parsed.ok) continue;
      const at: Locator = { node: d.holder, key: d.key };
      const parts = parsed.reason === 'invalid' ? dateParts(d.value) : undefined;
      if (!parts || parts.day < 1 || parts.year < 1) {
        ctx.report({ messageId: 'format', data: { value: d.value }, at });
      } else if (parts.month < 1 || parts.month > 12) {
        ctx.report({ messageId: 'invalidMonth', data: { value: d.value.trim(), month: parts.month }, at });
      } else {
        const days = lastDayOfMonth(parts.year, parts.month);
        ctx.report({ messageId: 'invalid', data: { value: d.value.trim(), month: parts.month, year: parts.year, days }, at });
      }
    }
  },
});

function planDates(plan: Partial<Plan>): WrittenDate[] {
  const out: WrittenDate[] = [];
  const add = (holder: object, key: string, value: unknown): void => {
    if (typeof value === 'string') out.push({ holder, key, value });
  };
  add(plan, 'date', plan.date);
  for (const v of planBases(plan)) if (v.object) add(v.object, 'date', v.object.date);
  if (plan.decision) add(plan.decision, 'date', plan.decision.date);
  if (plan.period) for (const key of ['from', 'to'] as const) add(plan.period, key, plan.period[key]);
  for (const w of writtenTimeframes(plan)) {
    if (typeof w.value !== 'object') continue;
    for (const key of ['from', 'to', 'deadline'] as const) add(w.value, key, w.value[key]);
  }
  out.push(...agencyDates(plan.agencies ?? []));
  return out;
}

function agencyDates(agencies: readonly AgencyEntry[]): WrittenDate[] {
  const out: WrittenDate[] = [];
  for (const a of agencies) {
    if (a.validFrom !== undefined) out.push({ holder: a, key: 'validFrom', value: a.validFrom });
    if (a.validTo !== undefined) out.push({ holder: a, key: 'validTo', value: a.validTo });
  }
  return out;
}

function registryAgencies(value: unknown): AgencyEntry[] {
  const agencies = (value as Partial<RegistryFile> | undefined)?.agencies;
  return Array.isArray(agencies) ? agencies : [];
}

/** Day, month and year of a date-shaped text (the parser said it has the shape). */
function dateParts(text: string): { day: number; month: number; year: number } | undefined {
  const s = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (dmy) return { day: Number(dmy[1]), month: Number(dmy[2]), year: Number(dmy[3]) };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) };
  return undefined;
}
