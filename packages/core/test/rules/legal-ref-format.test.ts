import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { legalRefFormat } from '../../src/rules/legal-ref-format.js';

const tester = new RuleTester({ describe, it });
const basis = (ref: string, type = 'Quyết định'): string => `${EXAMPLE_HEAD}legalBases:\n  - type: ${type}\n    ref: ${ref}\n`;

tester.run(legalRefFormat, {
  valid: [
    ...[
      ['2074/QĐ-UBND', 'Quyết định'],
      ['07/KH-UBND', 'Kế hoạch'],
      ['61/2018/NĐ-CP', 'Nghị định'],
      ['186-KH/HU', 'Kế hoạch'],
      ['13-NQ/TU', 'Nghị quyết'],
      ['01/2018/TT-VPCP', 'Thông tư'],
      ['23/CT-TTg', 'Chỉ thị'],
    ].map(([ref, type]) => ({ name: `${type} ${ref}`, code: basis(ref as string, type) })),
    { name: 'a plan number before issuance', code: `${EXAMPLE_HEAD}number: /KH-UBND\n` },
    { name: 'the parent plan number', code: `${EXAMPLE_HEAD}parent:\n  ref: 07/KH-UBND\n` },
  ],
  invalid: [
    {
      name: 'spaces and dash kind are fixed safely, keeping quotes',
      code: basis('"2249/QĐ – UBND"'),
      errors: [{ messageId: 'notCanonical', line: 9, column: 10, data: { canonical: '2249/QĐ-UBND' } }],
      output: basis('"2249/QĐ-UBND"'),
    },
    {
      name: '"QD" for "QĐ" is a suggestion, not a safe fix',
      code: basis('2249/QD-UBND'),
      errors: [{ messageId: 'didYouMean', line: 9, column: 10, endColumn: 22, data: { suggestion: '2249/QĐ-UBND' } }],
      output: null,
      suggestions: [basis('2249/QĐ-UBND')],
    },
    {
      name: '"CV" is not a type code',
      code: basis('125/CV-UBND', 'Công văn'),
      errors: [{ messageId: 'letterCode', line: 9, column: 10, data: { code: 'CV' } }],
    },
    {
      name: 'a decree number without its year',
      code: basis('61/NĐ-CP', 'Nghị định'),
      errors: [{ messageId: 'needsYear', line: 9, column: 10 }],
    },
    {
      name: 'the code disagrees with the document type',
      code: basis('07/KH-UBND', 'Quyết định'),
      errors: [{ messageId: 'typeMismatch', line: 9, column: 10, data: { actual: 'KH', expected: 'QĐ' } }],
    },
    {
      name: 'not a number at all',
      code: basis('Kế hoạch tuyên truyền của tỉnh'),
      errors: [{ messageId: 'unrecognised', line: 9, column: 10 }],
    },
    {
      name: 'the plan\'s own number, keeping the blank before issuance',
      code: `${EXAMPLE_HEAD}number: " /kh-ubnd"\n`,
      errors: [{ messageId: 'notCanonical', line: 7, column: 9, data: { canonical: ' /KH-UBND' } }],
      output: `${EXAMPLE_HEAD}number: " /KH-UBND"\n`,
    },
  ],
});
