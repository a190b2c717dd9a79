import { z } from 'zod';

export const SEVERITY_SETTINGS = ['off', 'info', 'warn', 'error'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

export const severitySettingSchema = z.enum(SEVERITY_SETTINGS);

/** `rule-id: warn` or `rule-id: [warn, { option: value }]`, as ESLint users expect. */
export const ruleSettingSchema = z.union([
  severitySettingSchema,
  z.tuple([severitySettingSchema]).rest(z.unknown()),
]);
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

export const ruleSettingsSchema = z.record(z.string(), ruleSettingSchema);
export type RuleSettings = z.infer<typeof ruleSettingsSchema>;
