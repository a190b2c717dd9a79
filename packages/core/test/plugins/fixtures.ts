import { z } from 'zod';
import { defineRule } from '../../src/engine/define.js';
import { EXAMPLE_AGENCIES, EXAMPLE_HEAD } from '../../src/engine/example-registry.js';
import { definePlugin } from '../../src/plugins/define-plugin.js';
import { PluginNotFoundError, type PluginHost } from '../../src/plugins/host.js';

/** "Tối thiểu N nhiệm vụ": a plan must have at least `min` tasks. */
export const minTasks = defineRule({
  meta: {
    id: 'quang-ngai/so-nhiem-vu-toi-thieu',
    category: 'structure',
    severity: 'warn',
    description: { vi: 'Kế hoạch có ít nhất một số nhiệm vụ.', en: 'A plan has a minimum number of tasks.' },
    rationale: { vi: 'Tỉnh yêu cầu.', en: 'The province requires it.' },
    messages: { few: { vi: 'Kế hoạch chỉ có {count} nhiệm vụ, cần ít nhất {min}.', en: 'The plan has {count} tasks, at least {min} needed.' } },
    options: z.strictObject({ min: z.number().int().min(1).default(2) }),
    examples: { valid: [], invalid: [] },
  },
  check(ctx) {
    const tasks = ctx.plan.tasks ?? [];
    if (tasks.length < ctx.options.min) {
      ctx.report({ messageId: 'few', data: { count: tasks.length, min: ctx.options.min }, at: { node: ctx.plan as object, key: 'tasks', part: 'key' } });
    }
  },
});

export const throws = defineRule({
  meta: { ...minTasks.meta, id: 'quang-ngai/nem-loi', options: undefined, messages: { x: { vi: 'x', en: 'x' } }, severity: 'error' },
  check() {
    throw new TypeError("Cannot read properties of undefined (reading 'lead')");
  },
});

export const quangNgai = definePlugin({
  name: 'quang-ngai',
  rules: { 'so-nhiem-vu-toi-thieu': minTasks, 'nem-loi': throws },
  configs: { recommended: { rules: { 'quang-ngai/so-nhiem-vu-toi-thieu': 'error', 'quang-ngai/nem-loi': 'off' } } },
});

export const PLAN = `${EXAMPLE_HEAD}registry: ./agencies.yaml
tasks:
  - id: hoi-thi
    title: Tổ chức Hội thi tuyên truyền về Chuyển đổi số gắn với cải cách hành chính
    lead: Phòng Văn hoá và Thông tin
    timeframe: Trong Quý II năm 2024
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`;

export const AGENCIES = `kind: registry\nagencies: ${JSON.stringify(EXAMPLE_AGENCIES)}\n`;

/** A host whose "installed packages" are a map: specifier -> module (or a function that throws). */
export function mapHost(modules: Record<string, unknown>): PluginHost & { imported: string[] } {
  const imported: string[] = [];
  return {
    imported,
    async import(specifier, base) {
      imported.push(`${base}:${specifier}`);
      if (!(specifier in modules)) throw new PluginNotFoundError(specifier);
      const m = modules[specifier];
      if (typeof m === 'function') return (m as () => unknown)();
      return m;
    },
  };
}
