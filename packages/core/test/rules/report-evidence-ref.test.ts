import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { REPORT, reportExample } from '../../src/engine/report-examples.js';
import { reportEvidenceRef } from '../../src/rules/report-evidence-ref.js';

const tester = new RuleTester({ describe, it });

tester.run(reportEvidenceRef, {
  valid: [
    reportExample(REPORT),
    { name: 'a number left blank before issuance', ...reportExample(REPORT.replace('number: 15/BC-UBND', 'number: /BC-UBND')) },
    { name: 'a normative document and a link', ...reportExample(REPORT.replace('{ ref: 12/QĐ-UBND, date: 05/02/2026, title: Quyết định mở điểm hỗ trợ }', '{ ref: 118/2025/NĐ-CP, url: "https://vanban.chinhphu.vn/" }')) },
  ],
  invalid: [
    {
      name: 'a type code without its mark',
      ...reportExample(REPORT.replace('ref: 12/QĐ-UBND', 'ref: 12/QD-UBND')),
      errors: [{ messageId: 'didYouMean', line: 20, column: 16, data: { suggestion: '12/QĐ-UBND', code: 'QD' } }],
      suggestions: [REPORT],
    },
    {
      name: 'spaces fixed by --fix',
      ...reportExample(REPORT.replace('number: 15/BC-UBND', 'number: 15 / BC-UBND')),
      errors: [{ messageId: 'notCanonical', line: 8, column: 9 }],
      output: REPORT,
    },
    {
      name: 'not a number at all',
      ...reportExample(REPORT.replace('ref: 12/QĐ-UBND', 'ref: Quyết định mở điểm')),
      errors: [{ messageId: 'malformed', line: 20 }],
    },
    {
      name: 'a date that does not read, and one after the report',
      ...reportExample(REPORT.replace('date: 05/02/2026', 'date: 31/02/2026').replace('title: Quyết định mở điểm hỗ trợ }', 'title: Quyết định mở điểm hỗ trợ }\n      - { ref: 20/QĐ-UBND, date: 20/03/2026 }')),
      errors: [{ messageId: 'badDate', line: 20, data: { date: '31/02/2026' } }, { messageId: 'afterReport', line: 21, data: { reportDate: '16/03/2026' } }],
    },
  ],
});
