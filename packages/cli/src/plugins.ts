import type { AnyRule, Project, ProjectHost } from '@kehoach/core';
import { createNodePluginHost, DEFAULT_RULE_TIMEOUT_MS, type NodePluginHost } from '@kehoach/plugin-host';

/**
 * Rule plugins for a CLI run. The CLI checks files its user chose to check, so the
 * plugins their kehoach.config.yaml names are loaded (as ESLint does); the language
 * server asks the editor first. Plugin rules run in a worker, `KEHOACH_RULE_TIMEOUT_MS`
 * milliseconds at most per rule and file (2000 by default).
 *
 * Use: `const plugins = cliPlugins(host, ctx.io.env)`, pass `{ plugins }` to `new
 * Project(...)` and report with `reportRules(project)`. The worker stops by itself
 * after 2 s without work (`await plugins.close()` stops it at once).
 */
export function cliPlugins(host: ProjectHost, env: Record<string, string | undefined>): NodePluginHost {
  const fromEnv = Number(env.KEHOACH_RULE_TIMEOUT_MS);
  const ruleTimeoutMs = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_RULE_TIMEOUT_MS;
  // The worker stops itself when idle, so a run needs no `close` to let the process exit.
  return createNodePluginHost(host, { ruleTimeoutMs, idleMs: 2000 });
}

/** The rules a report describes: built-in (or the test's) rules and the plugin rules loaded. */
export function reportRules(project: Project): ReadonlyMap<string, AnyRule> {
  return project.plugins.knownRules();
}
