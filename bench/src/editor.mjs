// Editor latency: open a plan of N tasks in a language server, then make 30
// single-character edits 200 ms apart and time each edit from didChange to the first
// publishDiagnostics that reflects it. Our server echoes the document version, so a
// publish is attributed exactly; yaml-language-server does not, so each edit breaks
// one more task (deleting the first letter of its "title" key) and a publish reflects
// edit k when it carries a diagnostic inside task k.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measure } from './child.mjs';
import { planWithTasks } from './generate.mjs';
import { LspClient } from './lsp-client.mjs';
import { percentile, round } from './stats.mjs';

const require = createRequire(import.meta.url);
const { SERVER_EXEC_ARGV } = await import('@kehoach/lsp/node-options');

export const SERVERS = {
  kehoach: {
    label: 'kehoach-lsp',
    // Started as the VS Code extension starts it, with the flags the server asks for.
    command: () => [...SERVER_EXEC_ARGV, require.resolve('@kehoach/lsp/package.json').replace(/package\.json$/, 'dist/server.js'), '--stdio'],
    settings: () => ({ kehoach: {} }),
    versioned: true,
  },
  'yaml-language-server': {
    label: 'yaml-language-server 1.25 + JSON Schema',
    command: () => [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio'],
    settings: (schemaPath) => ({
      yaml: {
        validate: true,
        hover: true,
        completion: true,
        format: { enable: false },
        schemaStore: { enable: false },
        schemas: { [pathToFileURL(schemaPath).href]: '*.kehoach.yaml' },
      },
    }),
    versioned: false,
  },
};

/**
 * @param {keyof typeof SERVERS} serverId
 * @param {number} tasks
 * @param {{ dir: string, edits?: number, gapMs?: number, timeoutMs?: number }} options
 */
export async function measureEditor(serverId, tasks, { dir, edits = 30, gapMs = 200, timeoutMs = 120_000, starts = 5 }) {
  const server = SERVERS[serverId];
  const work = join(dir, `${serverId}-${tasks}`);
  mkdirSync(work, { recursive: true });
  const { plan, registry } = planWithTasks(tasks);
  const planPath = join(work, 'plan.kehoach.yaml');
  writeFileSync(planPath, plan);
  writeFileSync(join(work, 'agencies.yaml'), registry);
  const schemaPath = require.resolve('@kehoach/core/package.json').replace(/package\.json$/, 'schema/plan.schema.json');

  const lines = plan.split('\n');
  // The "title:" line of tasks spread over the whole file, and each task's line span.
  const taskStarts = [];
  lines.forEach((l, i) => l.startsWith('  - id: ') && taskStarts.push(i));
  const targets = [];
  for (let k = 0; k < edits; k++) {
    const t = Math.min(taskStarts.length - 1, Math.floor(((k + 0.5) * taskStarts.length) / edits));
    const start = taskStarts[t];
    const end = (taskStarts[t + 1] ?? lines.length) - 1;
    const titleLine = lines.findIndex((l, i) => i > start && i <= end && l.startsWith('    title:'));
    targets.push({ start, end, titleLine });
  }

  // The same bytes through a bare `yaml` parse, in a fresh process like the server's.
  // One process is one sample, and samples of either side vary by a third from one
  // start to the next on a shared machine (a 100-task parse: 27-50 ms): the ratio is
  // of medians, over `starts` fresh processes each.
  const bareParses = Array.from({ length: starts }, () => measure('parse', planPath).parseMs);
  const bareParseMs = percentile(bareParses, 50);
  const client = new LspClient(server.command(), { root: work, settings: server.settings(schemaPath) });
  let result;
  try {
    const { initializeMs, opened, first, firstMs } = await openPlan(client, serverId, planPath, timeoutMs);

    const sent = [];
    for (let k = 0; k < edits; k++) {
      const { titleLine } = targets[k];
      sent.push(client.change(opened.uri, k + 2, { start: { line: titleLine, character: 4 }, end: { line: titleLine, character: 5 } }, ''));
      await new Promise((r) => setTimeout(r, gapMs));
    }
    // Diagnostics each target task already had before any edit: a publish reflects edit k
    // only when task k has more than that (a schema complaint present from the start must
    // not count as the answer to an edit).
    const inTask = (p, { start, end }) => p.diagnostics.filter((d) => d.range.start.line >= start && d.range.start.line <= end).length;
    const baseline = targets.map((t) => (first ? inTask(first, t) : 0));
    const latencies = [];
    for (let k = 0; k < edits; k++) {
      const { start, end } = targets[k];
      const test = server.versioned
        ? (p) => p.uri === opened.uri && typeof p.version === 'number' && p.version >= k + 2
        : (p) => p.uri === opened.uri && inTask(p, targets[k]) > baseline[k];
      const hit = await client.waitFor(test, sent[k], timeoutMs);
      latencies.push(hit ? hit.at - sent[k] : NaN);
      if (server.versioned && hit && !hit.diagnostics.some((d) => d.range.start.line >= start && d.range.start.line <= end)) {
        throw new Error(`${serverId}: the publish for version ${k + 2} misses the diagnostic of edit ${k + 1}`);
      }
    }
    const rss = client.peakRssMiB();
    result = {
      server: server.label,
      tasks,
      bytes: Buffer.byteLength(plan),
      initializeMs: round(initializeMs),
      starts,
      firstDiagnosticsMs: round(firstMs),
      bareParseMs: round(bareParseMs),
      bareParseEachMs: bareParses.map((v) => round(v)),
      diagnosticsBeforeEdits: first ? first.diagnostics.length : null,
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      maxMs: round(Math.max(...latencies)),
      missed: latencies.filter((l) => !Number.isFinite(l)).length,
      peakRssMiB: round(rss),
    };
  } finally {
    await client.close();
  }
  // More starts of the server, each up to its first diagnostics only.
  const firsts = [result.firstDiagnosticsMs];
  for (let k = 1; k < starts; k++) firsts.push(await firstDiagnostics(server, serverId, work, schemaPath, planPath, timeoutMs));
  const firstMedianMs = percentile(firsts, 50);
  return { ...result, firstDiagnosticsMs: round(firstMedianMs), firstDiagnosticsEachMs: firsts.map((v) => round(v)), firstOverBareParse: round(firstMedianMs / bareParseMs, 2) };
}

/** Initialize a started server, open the plan, and time both steps up to its first diagnostics. */
async function openPlan(client, serverId, planPath, timeoutMs) {
  const started = performance.now();
  await client.initialize(serverId === 'kehoach' ? { settings: { kehoach: {} } } : undefined);
  const initializeMs = performance.now() - started;
  const opened = client.open(planPath);
  const first = await client.waitFor((p) => p.uri === opened.uri, opened.at, timeoutMs);
  return { initializeMs, opened, first, firstMs: first ? first.at - opened.at : NaN };
}

/** Start the server, open the plan, and time its first diagnostics; then stop it. */
async function firstDiagnostics(server, serverId, work, schemaPath, planPath, timeoutMs) {
  const client = new LspClient(server.command(), { root: work, settings: server.settings(schemaPath) });
  try {
    return (await openPlan(client, serverId, planPath, timeoutMs)).firstMs;
  } finally {
    await client.close();
  }
}
