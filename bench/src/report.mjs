// The markdown table of a full run, with the targets of the benchmark issue beside it.
const TARGET_P95 = { 1000: 30, 10000: 150 };

function editorAndCountry(result) {
  const rows = [];
  const by = (server, tasks) => result.editor.find((r) => r.server === server && r.tasks === tasks);
  const sizes = [...new Set(result.editor.map((r) => r.tasks))];
  const ours = result.editor[0]?.server;
  rows.push('| tasks | server | initialize (ms) | first diagnostics (ms) | ÷ bare parse | p50 (ms) | p95 (ms) | max (ms) | peak RSS (MiB) | p95 target |');
  rows.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const tasks of sizes) {
    for (const r of result.editor.filter((x) => x.tasks === tasks)) {
      const target = r.server === ours && TARGET_P95[tasks] ? `≤ ${TARGET_P95[tasks]}` : '';
      rows.push(`| ${tasks} | ${r.server} | ${r.initializeMs} | ${r.firstDiagnosticsMs} | ${r.firstOverBareParse}× | ${r.p50Ms} | ${r.p95Ms} | ${r.maxMs} | ${r.peakRssMiB} | ${target} |`);
    }
  }
  const ratios = [];
  for (const tasks of sizes) {
    const rows2 = result.editor.filter((x) => x.tasks === tasks);
    if (rows2.length < 2) continue;
    const [a, b] = rows2;
    ratios.push(`| ${tasks} | ${(b.p50Ms / a.p50Ms).toFixed(1)}× | ${(b.p95Ms / a.p95Ms).toFixed(1)}× | ${(b.firstDiagnosticsMs / a.firstDiagnosticsMs).toFixed(1)}× |`);
  }
  const c = result.country;
  return `# Benchmark results

Run: ${result.date}, Node ${result.node}, ${result.cpus} CPUs. Produced by \`pnpm bench\` (bench/src/run.mjs); raw numbers in [full.json](full.json).

## Editor latency (30 single-character edits, 200 ms apart)

${rows.join('\n')}

"initialize": from starting the server to its answer to \`initialize\` (ours warms its code up then, see packages/lsp/src/service/warm-up.ts). "÷ bare parse": time to first diagnostics over a bare \`yaml\` parse of the same file in a fresh process (${sizes.map((n) => `${n} tasks: ${by(ours, n)?.bareParseMs} ms`).join(', ')}); target ≤ 1.2×. Peak RSS target at 10,000 tasks: ≤ 150 MiB.

${ratios.length ? `How much slower the other server is (its figure divided by ours):\n\n| tasks | p50 | p95 | first diagnostics |\n|---:|---:|---:|---:|\n${ratios.join('\n')}\n` : ''}
## Whole country (${c ? `${c.files} files, ${c.megabytes} MB` : 'not run'})

${c ? `| | wall (ms) | CPU (ms) | peak RSS (MiB) |
|---|---:|---:|---:|
| kehoach validate (all rules, hierarchy) | ${c.validate.wallMs} | ${c.validate.cpuMs} | ${c.validate.peakRssMiB} |
| bare \`yaml\` parse of the same files | ${c.bareParse.wallMs} | ${c.bareParse.cpuMs} | ${c.bareParse.peakRssMiB} |

CPU ratio validate / bare parse: **${c.cpuRatio}×** (target ≤ 1.3×). Wall of validate over the parse's CPU: **${c.wallOverParseCpu}×** (target ≤ 0.6×).
${c.server ? `
Our language server with the corpus as its workspace: diagnostics for all ${c.server.filesPublished} files after ${c.server.allDiagnosticsMs} ms, peak RSS **${c.server.peakRssMiB} MiB** (target ≤ 300 MiB).` : ''}` : ''}
`;
}

/** The README table, with the hostile inputs (bench/src/hostile.mjs) at the end. */
export function markdown(result) {
  const h = result.hostile ?? [];
  const hostile = h.length
    ? `\n## Hostile inputs\n\n| input | ms | budget (ms) |\n|---|---:|---:|\n${h.map((x) => `| ${x.name} | ${x.ms} | ${x.budgetMs}${x.withinBudget ? '' : ' ✗'} |`).join('\n')}\n`
    : '';
  return editorAndCountry(result) + hostile;
}
