import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { REPORT, REPORT_PATH, REPORT_PLAN, reportExample } from '../../src/engine/report-examples.js';
import { reportFigureUnit } from '../../src/rules/report-figure-unit.js';

const tester = new RuleTester({ describe, it });
const FIGURE = '{ value: 3, unit: điểm, of: điểm hỗ trợ được mở }';
const withTarget = REPORT_PLAN.replace(
  'sections:\n',
  'targets:\n  - id: ho-so-truc-tuyen\n    text: 80% hồ sơ cấp xã được nộp trực tuyến\n    value: 80\n    unit: "%"\n    of: hồ sơ thủ tục hành chính cấp xã được nộp trực tuyến\nsections:\n',
);
const targetResult = `${REPORT}  - target: ho-so-truc-tuyen\n    figures:\n      - { value: 64, unit: "%" }\n`;

tester.run(reportFigureUnit, {
  valid: [
    reportExample(REPORT),
    { name: 'the unit as written with other case and tone marks', ...reportExample(REPORT.replace(FIGURE, '{ value: 3, unit: Điểm, of: điểm hỗ trợ được mở }')) },
    { name: 'a target result says what it counts through its target', code: targetResult, files: { '/work/tinh.kehoach.yaml': withTarget }, path: REPORT_PATH },
  ],
  invalid: [
    {
      name: 'another unit than the target',
      ...reportExample(REPORT.replace(FIGURE, '{ value: 3, unit: thôn, of: điểm hỗ trợ được mở }')),
      errors: [{ messageId: 'unitMismatch', line: 18, column: 27, data: { unit: 'thôn', expected: 'điểm', target: 'diem-ho-tro' } }],
      suggestions: [REPORT],
    },
    {
      name: 'no unit',
      ...reportExample(REPORT.replace(FIGURE, '{ value: 3, of: điểm hỗ trợ được mở }')),
      errors: [{ messageId: 'noUnit', line: 18, column: 18 }],
    },
    {
      name: 'a figure of a task without a target must say what it counts',
      ...reportExample(REPORT.replace('    done: Phát 12 buổi', '    figures: [{ value: 12, unit: buổi }]\n    done: Phát 12 buổi')),
      errors: [{ messageId: 'noSubject', data: { value: '12', unit: 'buổi' } }],
    },
    {
      name: 'a target result in another unit',
      code: targetResult.replace('unit: "%"', 'unit: hồ sơ'),
      files: { '/work/tinh.kehoach.yaml': withTarget },
      path: REPORT_PATH,
      errors: [{ messageId: 'unitMismatch', data: { expected: '%', target: 'ho-so-truc-tuyen' } }],
    },
  ],
});
