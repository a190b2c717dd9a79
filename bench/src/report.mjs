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

"initialize": from starting the server to its answer to \`initialize\` (ours warms its code up then, see packages/lsp/src/service/warm-up.ts). "first diagnostics" and "÷ bare parse": the median over ${result.editor[0]?.starts ?? 1} starts of the server of the time from opening the plan to its first diagnostics, over the median of as many bare \`yaml\` parses of the same file, each in a fresh process (${sizes.map((n) => `${n} tasks: ${by(ours, n)?.bareParseMs} ms`).join(', ')}); target ≤ 1.2×. Peak RSS target at 10,000 tasks: ≤ 150 MiB.

${ratios.length ? `How much slower the other server is (its figure divided by ours):\n\n| tasks | p50 | p95 | first diagnostics |\n|---:|---:|---:|---:|\n${ratios.join('\n')}\n` : ''}
## Whole country (${c ? `${c.files} files, ${c.megabytes} MB` : 'not run'})

${c ? `| | wall (ms) | CPU (ms) | peak RSS (MiB) |
|---|---:|---:|---:|
| kehoach validate (all rules, hierarchy) | ${c.validate.wallMs} | ${c.validate.cpuMs} | ${c.validate.peakRssMiB} |
| bare \`yaml\` parse of the same files | ${c.bareParse.wallMs} | ${c.bareParse.cpuMs} | ${c.bareParse.peakRssMiB} |

CPU ratio validate / bare parse: **${c.cpuRatio}×** (target ≤ 1.3×). Wall of validate over the parse's CPU: **${c.wallOverParseCpu}×** (target ≤ 0.6×).
${c.server ? `
Our language server with the corpus as its workspace: diagnostics for ${published(c.server)} after ${c.server.allDiagnosticsMs} ms, peak RSS **${c.server.peakRssMiB} MiB** (${serverTarget(c.server)})${loadBefore(c.server)}.` : ''}` : ''}
${rollupSection(result.rollup)}`;
}

/** The server's memory target with the workspace (issues 16 and 19): ≤ 300 MiB, every file published. */
function serverTarget(server) {
  const met = server.peakRssMiB <= 300 && (server.files === undefined || server.filesPublished >= server.files);
  return `${met ? '✓' : '✗'} target ≤ 300 MiB, every file`;
}

/** ", load average before: 0.5" where the run recorded it. */
function loadBefore(server) {
  return server.loadAverage === undefined ? '' : `, load average before: ${server.loadAverage}`;
}

/** "all 3390 files", or "16649 of the 16674 files" when the server published for fewer. */
function published(server) {
  if (server.files === undefined || server.filesPublished >= server.files) return `all ${server.filesPublished} files`;
  return `${server.filesPublished} of the ${server.files} files (it published nothing for the others)`;
}

/** Roll-up targets (issue 19): one province ≤ 1 s, the country ≤ 10 s wall on 2 cores, peak RSS ≤ 400 MiB. */
function rollupSection(r) {
  if (!r) return '';
  const row = (name, m, wallTarget) =>
    `| ${name} | ${m.plans} | ${m.wallMs} | ${m.commandMs ?? ''} | ${m.cpuMs} | ${m.peakRssMiB} | ${m.loadAverage ?? ''} | ${m.wallMs <= wallTarget ? '✓' : '✗'} ≤ ${wallTarget} ms | ${m.peakRssMiB <= 400 ? '✓' : '✗'} ≤ 400 MiB |`;
  return `
## Roll-up (${r.files} files, ${r.megabytes} MB: the country above, each commune with four quarterly reports)

Run: ${r.date}. \`kehoach rollup\` in a fresh process each; wall and CPU (every thread) from the start of the process, "the command": after Node started and the CLI loaded its modules; peak RSS of the process (worker threads included); "load average before": the machine's 1-minute load average when the measurement started (2 CPUs: above 2, other work shared them; the runs before it count too). Before each run the disk is written back (\`sync\`), so that the corpus just generated and the last run's outputs are not flushed during it.

| | plans rolled up | wall (ms) | of which the command (ms) | CPU (ms) | peak RSS (MiB) | load average before | wall target | memory target |
|---|---:|---:|---:|---:|---:|---:|---|---|
${row('one province (98 communes, 392 reports), every output', r.province.all, 1000)}
${row('one province, data outputs (JSON, CSV, XLSX, HTML)', r.province.data, 1000)}
${row('whole country (34 provinces side by side), every output', r.country.all, 10000)}
${row('whole country, data outputs (JSON, CSV, XLSX, HTML)', r.country.data, 10000)}

"Every output" adds the DOCX synthesised report of each plan (written through \`@kehoach/render\` and the \`docx\` package).
${r.server ? `
Our language server with this workspace (plans and reports): diagnostics for ${published(r.server)} after ${r.server.allDiagnosticsMs} ms, ${r.server.filesWithErrors} with errors, peak RSS **${r.server.peakRssMiB} MiB** (${serverTarget(r.server)})${loadBefore(r.server)}.
` : ''}`;
}

const thousands = (n) => (n === undefined ? '' : n.toLocaleString('en-US'));

/** Import and render at size (issue 18): the targets, the limits, and inputs over them refused. */
function sizesSection(s) {
  if (!s) return '';
  const mark = (ok) => (ok ? '✓' : '✗');
  const row = (name, input, m, target) => {
    const refused = m.exitCode === 2;
    const verdict = target ? `${mark(m.exitCode === 0 && m.wallMs <= target.wallMs)} ≤ ${target.wallMs / 1000} s | ${mark(m.exitCode === 0 && m.peakRssMiB <= target.peakRssMiB)} ≤ ${target.peakRssMiB} MiB` : `${refused ? 'refused (exit 2)' : m.exitCode === 0 ? 'done' : `exit ${m.exitCode}`} | `;
    return `| ${name} | ${input} | ${m.wallMs} | ${m.commandMs} | ${m.cpuMs} | ${m.peakRssMiB} | ${m.loadAverage} | ${verdict} |`;
  };
  const docx = (m) => `DOCX, ${thousands(m.paragraphs)} paragraphs (${thousands(m.tasks)} tasks), ${m.megabytes} MiB`;
  const plan = (m) => `${thousands(m.tasks)} tasks, ${m.megabytes} MiB (${thousands(m.characters)} characters)`;
  const { import: imp, render } = s;
  const over = [imp.over, render.over].filter((m) => m.exitCode !== 0).map((m) => `> ${m.message}`);
  return `
## Import and render at size

Run: ${s.date}. \`kehoach import\` and \`kehoach render\` in a fresh process each (bench/src/sizes.mjs); wall and CPU from the start of the process, "the command": after Node started and the CLI loaded its modules; peak RSS of the process; "load average before": the machine's 1-minute load average when the measurement started (2 CPUs: above 2, other work shared them). The DOCX is rendered by kehoach from a plan of numbered sections whose tasks have their "Cơ quan chủ trì", "Cơ quan phối hợp" and "Thời gian thực hiện" lines, with a task table in an appendix; the plans to render are the editor benchmark's, of many tasks.

| | input | wall (ms) | of which the command (ms) | CPU (ms) | peak RSS (MiB) | load average before | wall target | memory target |
|---|---|---:|---:|---:|---:|---:|---|---|
${row('import, the target', docx(imp.target), imp.target, s.targets.import)}
${row('import, at the limit', docx(imp.limit), imp.limit, s.targets.import)}
${row('import, twice the limit', docx(imp.over), imp.over)}
${row(`render to DOCX, the target (${s.targets.render.megabytes} MiB)`, plan(render.target), render.target, s.targets.render)}
${row('render, the largest plan core reads', plan(render.limit), render.limit, s.targets.render)}
${row('render, over the paragraph limit', `${thousands(render.over.tasks)} one-line tasks, ${render.over.megabytes} MiB`, render.over)}

Limits (refused before the costly part, one line naming the file and the limit, exit code 2): import — files up to ${s.limits.import.fileBytes / 1024 / 1024} MiB, ${thousands(s.limits.import.paragraphs)} paragraphs, ${s.limits.import.contentBytes / 1024 / 1024} MiB of document part for mammoth (${s.limits.import.unzippedBytes / 1024 / 1024} MiB unzipped); render — plans up to ${thousands(s.limits.render.characters)} characters (what core reads), documents up to ${thousands(s.limits.render.paragraphs)} paragraphs (table cells included).

${over.join('\n>\n')}
`;
}

/** The README table, with the hostile inputs (bench/src/hostile.mjs) at the end. */
export function markdown(result) {
  const h = result.hostile ?? [];
  const hostile = h.length
    ? `\n## Hostile inputs\n\n| input | ms | budget (ms) |\n|---|---:|---:|\n${h.map((x) => `| ${x.name} | ${x.ms} | ${x.budgetMs}${x.withinBudget ? '' : ' ✗'} |`).join('\n')}\n`
    : '';
  return editorAndCountry(result) + sizesSection(result.sizes) + hostile;
}
