import { defineRule, type Locator } from '../engine/define.js';
import { replaceScalarEdit } from '../engine/edits.js';
import { REPORT, reportExample } from '../engine/report-examples.js';
import { formatMessage } from '../i18n/message.js';
import { readReport } from '../model/report-check.js';
import { targetsById, taskMeasure } from '../model/report-scope.js';
import type { Quantity } from '../schema/common.js';
import { matchKey } from '../text/normalize.js';

const SET = { vi: 'Đổi thành "{unit}"', en: 'Change to "{unit}"' };

export const reportFigureUnit = defineRule({
  meta: {
    id: 'report-figure-unit',
    category: 'report',
    severity: 'error',
    scope: 'project',
    fixable: 'suggestion',
    appliesTo: ['report'],
    description: {
      vi: 'Mỗi số liệu trong báo cáo ghi đơn vị tính, dùng đúng đơn vị của chỉ tiêu nó đo (chỉ tiêu của nhiệm vụ "quantity" hoặc chỉ tiêu của kế hoạch "target"), và nói rõ đếm cái gì ("of", của số liệu hoặc của chỉ tiêu).',
      en: 'Every figure in a report states its unit, the unit of the target it measures (the task\'s "quantity" or a plan "target"), and says what it counts ("of", on the figure or its target).',
    },
    rationale: {
      vi: 'Số liệu của nhiều xã chỉ cộng được khi cùng đơn vị và cùng đếm một thứ: "3 điểm" và "3 thôn" không cộng với nhau, "64%" không cộng với "120 hồ sơ". Bảng tổng hợp chỉ cộng những số liệu cùng đơn vị với chỉ tiêu.',
      en: 'Figures of many communes add up only when they share a unit and count the same thing: "3 points" and "3 villages" do not add, "64%" does not add to "120 applications". The roll-up sums only figures in the target\'s unit.',
    },
    messages: {
      noUnit: {
        vi: 'Số liệu {value} chưa ghi đơn vị tính ("unit"){expected}.',
        en: 'Figure {value} states no unit ("unit"){expectedEn}.',
      },
      unitMismatch: {
        vi: 'Số liệu {value} ghi đơn vị "{unit}", nhưng chỉ tiêu "{target}" tính bằng "{expected}": dùng cùng đơn vị để cộng được với báo cáo của nơi khác.',
        en: 'Figure {value} is in "{unit}", but target "{target}" is measured in "{expected}": use the same unit so it adds up with other reports.',
      },
      noSubject: {
        vi: 'Số liệu {value} {unit} chưa nói đếm cái gì: thêm "of", ví dụ "of: hồ sơ được nộp trực tuyến".',
        en: 'Figure {value} {unit} does not say what it counts: add "of", e.g. "of: applications filed online".',
      },
    },
    examples: {
      valid: [reportExample(REPORT)],
      invalid: [reportExample(REPORT.replace('{ value: 3, unit: điểm, of: điểm hỗ trợ được mở }', '{ value: 3, unit: thôn, of: điểm hỗ trợ được mở }'))],
    },
  },
  check(ctx) {
    const reading = readReport(ctx.analysis, ctx.parent);
    if (!reading) return;
    const targets = targetsById(reading.plan);
    for (const result of reading.report.results ?? []) {
      const views = result.task !== undefined ? reading.byId.get(result.task) : undefined;
      const single = views?.length === 1 && views[0]?.task.id === result.task ? views[0] : undefined;
      const own = single ? taskMeasure(single) : undefined;
      for (const figure of result.figures ?? []) {
        const targetId = figure.target ?? result.target;
        const visit = targetId !== undefined ? targets.get(targetId) : undefined;
        const measure: Quantity | undefined = visit ? (visit.target as Quantity) : targetId === undefined ? own : undefined;
        const label = targetId ?? result.task ?? '';
        const value = String(figure.value);
        const unit = figure.unit?.trim();
        if (!unit) {
          const expected = measure?.unit;
          ctx.report({
            messageId: 'noUnit',
            data: { value, expected: expected ? ` (chỉ tiêu tính bằng "${expected}")` : '', expectedEn: expected ? ` (the target is in "${expected}")` : '' },
            at: { node: figure, key: 'value' },
          });
        } else if (measure?.unit !== undefined && matchKey(measure.unit) !== matchKey(unit)) {
          const at: Locator = { node: figure, key: 'unit' };
          ctx.report({
            messageId: 'unitMismatch',
            data: { value, unit, target: label, expected: measure.unit },
            at,
            suggestions: [{ title: formatMessage(SET, { unit: measure.unit }), edits: [replaceScalarEdit(ctx.source, ctx.rangeOf(at), measure.unit)] }],
          });
        }
        if (!figure.of?.trim() && !measure?.of?.trim()) {
          ctx.report({ messageId: 'noSubject', data: { value, unit: unit ?? '' }, at: { node: figure, key: 'value' } });
        }
      }
    }
  },
});
