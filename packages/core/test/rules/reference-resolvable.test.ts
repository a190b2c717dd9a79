import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { PROVINCE_PLAN } from '../../src/rules/parent-task-implemented.js';
import { referenceResolvable } from '../../src/rules/reference-resolvable.js';

const tester = new RuleTester({ describe, it });
const parentFiles = { '/work/tinh.kehoach.yaml': PROVINCE_PLAN };

tester.run(referenceResolvable, {
  valid: [
    { code: `${EXAMPLE_HEAD}parent:\n  ref: 07/KH-UBND\n  path: ./tinh.kehoach.yaml\n`, files: parentFiles },
    { name: 'a parent named only by number, not in the project', code: `${EXAMPLE_HEAD}parent:\n  ref: 07/KH-UBND\n  issuer: UBND tỉnh Quảng Ngãi\n`, files: {} },
  ],
  invalid: [
    {
      name: 'a parent path that does not exist',
      code: `${EXAMPLE_HEAD}parent:\n  ref: 07/KH-UBND\n  path: ./tinh/ke-hoach.kehoach.yaml\n`,
      files: {},
      errors: [{ messageId: 'parentNotFound', line: 9, column: 9, data: { target: './tinh/ke-hoach.kehoach.yaml', resolved: '/work/tinh/ke-hoach.kehoach.yaml' } }],
    },
    {
      name: 'the parent file carries another number; the suggestion takes the file\'s',
      code: `${EXAMPLE_HEAD}parent:\n  ref: 08/KH-UBND\n  path: ./tinh.kehoach.yaml\n`,
      files: parentFiles,
      errors: [{ messageId: 'parentRefMismatch', data: { actual: '07/KH-UBND', expected: '08/KH-UBND' } }],
      suggestions: [`${EXAMPLE_HEAD}parent:\n  ref: 07/KH-UBND\n  path: ./tinh.kehoach.yaml\n`],
    },
    {
      name: 'a parent path outside the workspace',
      code: `${EXAMPLE_HEAD}parent:\n  ref: 07/KH-UBND\n  path: ../../etc/tinh.kehoach.yaml\n`,
      files: {},
      errors: [{ messageId: 'outsideWorkspace', line: 9, column: 9 }],
    },
    {
      name: 'a registry file that is not there',
      code: `kind: plan\nregistry: ./danh-muc.yaml\n${EXAMPLE_HEAD.replace('kind: plan\n', '')}`,
      files: {},
      errors: [{ messageId: 'registryNotFound', line: 2, column: 11 }],
    },
  ],
});
