import type { AnyRule } from '../engine/define.js';
import type { Message } from '../i18n/message.js';
import { ruleSettingsSchema } from '../schema/rule-settings.js';
import { SEVERITY_SETTINGS } from '../schema/rule-settings.js';
import type { Plugin, PluginConfig } from './define-plugin.js';

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export type ValidatedPlugin = { ok: true; plugin: Plugin } | { ok: false; problem: Message };

const bad = (vi: string, en: string): ValidatedPlugin => ({ ok: false, problem: { vi, en } });

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isMessage(v: unknown): boolean {
  return isObject(v) && typeof v.vi === 'string' && typeof v.en === 'string';
}

/** The plugin object of a loaded module: its default export, a `plugin` export, or the module itself. */
export function pluginExport(mod: unknown): unknown {
  if (!isObject(mod)) return mod;
  let value: unknown = 'default' in mod ? mod.default : 'plugin' in mod ? mod.plugin : mod;
  // CommonJS through ESM interop may nest the default once more.
  if (isObject(value) && !('rules' in value) && isObject(value.default)) value = value.default;
  return value;
}

/**
 * Checks what a plugin module exports and returns the plugin with every rule id
 * namespaced (`<name>/<short id>`). Runs on untrusted code's output, so it checks
 * everything the engine relies on instead of trusting the types.
 */
export function validatePlugin(mod: unknown): ValidatedPlugin {
  const value = pluginExport(mod);
  if (!isObject(value)) return bad('không xuất đối tượng plugin nào', 'it exports no plugin object');
  const { name, rules, configs } = value;
  if (typeof name !== 'string' || !NAME.test(name)) {
    return bad('thiếu `name` dạng chữ thường nối bằng gạch ngang (ví dụ "quang-ngai")', '`name` must be kebab-case (e.g. "quang-ngai")');
  }
  if (!isObject(rules)) return bad('thiếu `rules` (đối tượng các quy tắc theo mã)', '`rules` (an object of rules by id) is missing');
  const out: Record<string, AnyRule> = {};
  for (const [key, rule] of Object.entries(rules)) {
    const full = `${name}/${key}`;
    if (!NAME.test(key)) return bad(`mã quy tắc "${key}" phải là chữ thường nối bằng gạch ngang`, `rule id "${key}" must be kebab-case`);
    if (!isObject(rule) || typeof rule.check !== 'function' || !isObject(rule.meta)) {
      return bad(`quy tắc "${key}" phải có \`meta\` và hàm \`check\` (dùng defineRule)`, `rule "${key}" needs \`meta\` and a \`check\` function (use defineRule)`);
    }
    const meta = rule.meta;
    if (meta.id !== key && meta.id !== full) {
      return bad(`quy tắc "${key}" có meta.id "${String(meta.id)}", phải là "${full}"`, `rule "${key}" has meta.id "${String(meta.id)}", expected "${full}"`);
    }
    if (!(SEVERITY_SETTINGS as readonly unknown[]).includes(meta.severity)) {
      return bad(`quy tắc "${key}": meta.severity phải là off, info, warn hoặc error`, `rule "${key}": meta.severity must be off, info, warn or error`);
    }
    if (!isMessage(meta.description)) {
      return bad(`quy tắc "${key}": meta.description phải có vi và en`, `rule "${key}": meta.description needs vi and en`);
    }
    if (!isObject(meta.messages) || !Object.values(meta.messages).every(isMessage)) {
      return bad(`quy tắc "${key}": mỗi thông báo trong meta.messages phải có vi và en`, `rule "${key}": every meta.messages entry needs vi and en`);
    }
    if (meta.options !== undefined && !(isObject(meta.options) && typeof meta.options.safeParse === 'function')) {
      return bad(`quy tắc "${key}": meta.options phải là một lược đồ zod`, `rule "${key}": meta.options must be a zod schema`);
    }
    const typed = rule as unknown as AnyRule;
    out[key] = {
      ...typed,
      check: typed.check.bind(typed),
      meta: {
        ...typed.meta,
        id: full,
        category: typed.meta.category ?? 'structure',
        rationale: typed.meta.rationale ?? typed.meta.description,
        examples: typed.meta.examples ?? { valid: [], invalid: [] },
      },
    };
  }
  const sharedConfigs: Record<string, PluginConfig> = {};
  if (configs !== undefined) {
    if (!isObject(configs)) return bad('`configs` phải là đối tượng', '`configs` must be an object');
    for (const [key, config] of Object.entries(configs)) {
      const parsed = isObject(config) ? ruleSettingsSchema.optional().safeParse(config.rules) : undefined;
      if (!parsed?.success) {
        return bad(`cấu hình dùng chung "${key}" phải có dạng { rules: { mã: mức } }`, `shared config "${key}" must look like { rules: { id: severity } }`);
      }
      sharedConfigs[key] = parsed.data === undefined ? {} : { rules: parsed.data };
    }
  }
  return { ok: true, plugin: { name, rules: out, configs: sharedConfigs } };
}
