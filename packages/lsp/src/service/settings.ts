import { SEVERITY_SETTINGS, isLocale, type Locale, type RuleSettings, type SeveritySetting } from '@kehoach/core';

/** What the server reads from the `kehoach` section of the editor's settings. */
export interface Settings {
  /** Language of messages, hovers and completions; undefined follows `locale:` of kehoach.config.yaml, then vi. */
  locale: Locale | undefined;
  /** Rule severities merged over the config files' (a plan's own `rules:` still win). */
  rules: RuleSettings;
  /**
   * Milliseconds to wait after the last keystroke before checking a document; undefined
   * (the default) adapts to each document: as long as its last check took, 10 to 150 ms.
   */
  debounceMs: number | undefined;
  /** `off` | `messages` | `verbose`: how much the server logs. */
  trace: 'off' | 'messages' | 'verbose';
  /**
   * The most files of the project (plans, reports, registries, templates, configs) the
   * workspace scan keeps; the others are not checked, and the user is told where the
   * scan stopped. Folders and other YAML files do not count.
   */
  maxFiles: number;
}

/**
 * The default `maxFiles`: a whole country's plans and a year of quarterly reports is
 * about 16,700 files (bench: the server checks them in ~21 s within ~170 MiB on two cores), three
 * years of reports about 43,000.
 */
export const DEFAULT_MAX_FILES = 50_000;

export const DEFAULT_SETTINGS: Settings = { locale: undefined, rules: {}, debounceMs: undefined, trace: 'off', maxFiles: DEFAULT_MAX_FILES };

const SEVERITIES = new Set<string>(SEVERITY_SETTINGS);

/** Read settings from whatever the client sent, keeping defaults for anything malformed. */
export function parseSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  if (raw === null || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (isLocale(r.locale)) out.locale = r.locale;
  if (r.rules !== null && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
    for (const [id, value] of Object.entries(r.rules as Record<string, unknown>)) {
      const setting = severityOf(value);
      if (setting) out.rules[id] = setting;
      else if (Array.isArray(value) && severityOf(value[0])) {
        out.rules[id] = [severityOf(value[0]) as SeveritySetting, ...value.slice(1)] as RuleSettings[string];
      }
    }
  }
  const debounce = r.debounceMs ?? (r.diagnostics as Record<string, unknown> | undefined)?.debounceMs;
  if (typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0) out.debounceMs = Math.min(debounce, 10_000);
  const trace = (r.trace as Record<string, unknown> | undefined)?.server;
  if (trace === 'messages' || trace === 'verbose' || trace === 'off') out.trace = trace;
  if (typeof r.maxFiles === 'number' && Number.isFinite(r.maxFiles) && r.maxFiles >= 1) out.maxFiles = Math.floor(r.maxFiles);
  return out;
}

function severityOf(value: unknown): SeveritySetting | undefined {
  if (typeof value === 'string') {
    const v = value === 'warning' ? 'warn' : value === 'information' ? 'info' : value;
    return SEVERITIES.has(v) ? (v as SeveritySetting) : undefined;
  }
  return undefined;
}
