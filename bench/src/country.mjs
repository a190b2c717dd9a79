// Whole country: `kehoach validate` over 34 province plans and 3,321 commune plans
// (hierarchy checks included), against a bare `yaml` parse of the same bytes, each in
// its own process, in the same run.
import { loadavg } from 'node:os';
import { measure } from './child.mjs';
import { SERVERS } from './editor.mjs';
import { writeCountry } from './generate.mjs';
import { LspClient } from './lsp-client.mjs';
import { round } from './stats.mjs';

export async function measureCountry(dir, { communes, timeoutMs = 600_000 } = {}) {
  const corpus = writeCountry(dir, communes === undefined ? {} : { communes });
  const parse = measure('parse', dir);
  const validate = measure('validate', dir);
  const server = await measureWorkspace(dir, corpus.files, timeoutMs);
  return {
    files: corpus.files,
    megabytes: round(corpus.bytes / 1024 / 1024, 2),
    validate: { wallMs: round(validate.wallMs), cpuMs: round(validate.cpuMs), peakRssMiB: round(validate.peakRssMiB), exitCode: validate.exitCode },
    bareParse: { wallMs: round(parse.wallMs), cpuMs: round(parse.cpuMs), peakRssMiB: round(parse.peakRssMiB) },
    server,
    cpuRatio: round(validate.cpuMs / parse.cpuMs, 2),
    wallOverParseCpu: round(validate.wallMs / parse.cpuMs, 2),
  };
}

/**
 * Our language server with the corpus as its workspace: it scans the folder and checks
 * every file. Time until each file it publishes for has had its diagnostics (the last
 * file's first publish), how many files that is (a server may leave files out: it says
 * so, the figure is not hidden behind a timeout), how many files have errors in their
 * latest diagnostics, and the peak RSS once the server has settled (nothing published
 * for two seconds).
 */
export async function measureWorkspace(dir, files, timeoutMs, { quietMs = 20_000 } = {}) {
  const kehoach = SERVERS.kehoach;
  // Other work on the machine slows the server: its load average is kept beside the figures.
  const loadAverage = round(loadavg()[0], 1);
  const client = new LspClient(kehoach.command(), { root: dir, settings: kehoach.settings() });
  try {
    const started = performance.now();
    await client.initialize({ settings: kehoach.settings() });
    // Until every file has diagnostics, or none gets its first for `quietMs` (the server
    // published all it will), or the time runs out.
    const first = new Map();
    let read = 0;
    let lastNew = performance.now();
    for (;;) {
      for (; read < client.publishes.length; read++) {
        const p = client.publishes[read];
        if (!first.has(p.uri)) {
          first.set(p.uri, p.at);
          lastNew = performance.now();
        }
      }
      const now = performance.now();
      if (first.size >= files || (first.size > 0 && now - lastNew > quietMs) || now - started > timeoutMs) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    let count = client.publishes.length;
    for (;;) {
      await new Promise((r) => setTimeout(r, 2000));
      if (client.publishes.length === count) break;
      count = client.publishes.length;
    }
    // Each file as last published.
    const latest = new Map();
    for (const p of client.publishes) latest.set(p.uri, p);
    const errors = [...latest.values()].filter((p) => p.diagnostics.some((d) => d.severity === 1)).length;
    return {
      files,
      filesPublished: first.size,
      allDiagnosticsMs: first.size ? round(Math.max(...first.values()) - started) : NaN,
      filesWithErrors: errors,
      peakRssMiB: round(client.peakRssMiB()),
      loadAverage,
    };
  } finally {
    await client.close();
  }
}
