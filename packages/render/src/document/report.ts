import type { ReportPath } from '@kehoach/core';
import type { BuildContext } from './context.js';
import { clean, dueText, sentence } from './text.js';

/**
 * A report path in words: its own wording when the plan keeps it, else a sentence of
 * its fields only: "Sở Tư pháp báo cáo về UBND huyện (qua Phòng Nội vụ) trước ngày
 * 25/11/2024; hằng quý." Nothing is said that the path does not state.
 */
export function reportSentence(ctx: BuildContext, report: ReportPath | undefined): string {
  if (!report) return '';
  const text = clean(report.text);
  if (text) return sentence(text);
  const to = ctx.agencies(report.to);
  if (!to) return '';
  const from = ctx.agencies(report.from);
  const what = clean(report.what);
  const via = ctx.agencyName(report.via);
  const due = dueText(report.due);
  const cadence = clean(report.cadence);
  const parts = [
    from ? `${from} báo cáo` : 'Báo cáo',
    what,
    `về ${to}`,
    via ? `(qua ${via})` : '',
    clean(due),
    cadence ? `; ${cadence.toLocaleLowerCase('vi')}` : '',
    clean(report.condition),
  ];
  return sentence(parts.filter(Boolean).join(' ').replace(/ ;/g, ';'));
}
