/**
 * @kehoach/core/testing: test a rule (built-in or a plugin's) the way the built-in rules
 * are tested — valid and invalid cases, the message, line and column of each report.
 */
export { RuleTester, RuleTestError, type ValidCase, type InvalidCase, type ExpectedError, type RuleTesterOptions } from './rule-tester.js';
