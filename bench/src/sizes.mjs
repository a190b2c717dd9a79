// Import and render at size (issue 18): `kehoach import` of a DOCX shaped like a real plan
// (numbered sections, tasks with their "Cơ quan chủ trì" / "Cơ quan phối hợp" / "Thời gian"
// lines, a task table in an appendix) and `kehoach render` of a plan of many tasks, each
// in a fresh process: at the target size, at the limit, and over it (refused).
// Targets: a 5,000-paragraph DOCX imports in under 10 s within 500 MB; a 7 MB plan
// renders to DOCX in under a minute within 1 GB.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_LENGTH } from '@kehoach/core';
import { docxParagraphs, IMPORT_LIMITS } from '@kehoach/import';
import { RENDER_LIMITS } from '@kehoach/render';
import { strFromU8, unzipSync } from 'fflate';
import { planWithTasks, sectionedPlan } from './generate.mjs';
import { round } from './stats.mjs';

const child = fileURLToPath(new URL('./measure-size-child.mjs', import.meta.url));
const MiB = 1024 * 1024;
export const TARGETS = {
  import: { paragraphs: 5000, wallMs: 10_000, peakRssMiB: 500 },
  render: { megabytes: 7, wallMs: 60_000, peakRssMiB: 1024 },
};

/** One command in a fresh process (measure-size-child.mjs), the machine's load average beside it. */
function measure(cwd, argv) {
  // Other work on the machine slows every figure: its 1-minute load average is kept beside them.
  const loadAverage = round(loadavg()[0], 1);
  const out = execFileSync(process.execPath, [child, cwd, ...argv], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
  const r = JSON.parse(out.trim().split('\n').at(-1));
  return { loadAverage, exitCode: r.exitCode, ...(r.exitCode === 0 ? {} : { message: r.message }), wallMs: round(r.wallMs), commandMs: round(r.commandMs), cpuMs: round(r.cpuMs), peakRssMiB: round(r.peakRssMiB) };
}

/** Run the CLI in this process (to make inputs, not measured). */
async function cli(argv, cwd) {
  const { main } = await import('@kehoach/cli');
  let err = '';
  const code = await main(argv, { stdout: () => {}, stderr: (t) => void (err += t), cwd, isTTY: { stdout: false, stderr: false }, env: {} });
  if (code !== 0) throw new Error(`kehoach ${argv.join(' ')}: exit ${code}\n${err}`);
}

const paragraphsOf = (docx) => docxParagraphs(strFromU8(unzipSync(readFileSync(docx), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']));

/**
 * A DOCX of at least `paragraphs` paragraphs (w:p, table cells included, as Word counts
 * them), rendered by kehoach from a plan of sectionedPlan: body tasks in groups of 20 and
 * an appendix task table of about a sixth of the paragraphs' worth of rows.
 */
async function docxOf(dir, paragraphs) {
  mkdirSync(dir, { recursive: true });
  let groups = Math.max(1, Math.floor(paragraphs / 125));
  const appendixRows = Math.round(paragraphs * 0.06);
  for (;;) {
    const { plan, registry, tasks } = sectionedPlan({ groups, tasksPerGroup: 20, appendixRows });
    writeFileSync(join(dir, 'agencies.yaml'), registry);
    writeFileSync(join(dir, 'ke-hoach.kehoach.yaml'), plan);
    await cli(['render', 'ke-hoach.kehoach.yaml', '-o', 'ke-hoach.docx'], dir);
    const path = join(dir, 'ke-hoach.docx');
    const count = paragraphsOf(path);
    if (count >= paragraphs) return { path, paragraphs: count, tasks, megabytes: round(readFileSync(path).length / MiB, 2) };
    groups += Math.max(1, Math.ceil((paragraphs - count) / 90));
  }
}

/** A plan of planWithTasks of at least `bytes` bytes (or at most `characters` characters). */
function planOf(dir, { bytes, characters }) {
  mkdirSync(dir, { recursive: true });
  const sample = planWithTasks(1000).plan;
  const perTask = (bytes !== undefined ? Buffer.byteLength(sample) : sample.length) / 1000;
  let tasks = Math.ceil((bytes ?? characters) / perTask);
  let made = planWithTasks(tasks);
  if (bytes !== undefined) while (Buffer.byteLength(made.plan) < bytes) made = planWithTasks((tasks += 50));
  else while (made.plan.length > characters) made = planWithTasks((tasks -= 50));
  writeFileSync(join(dir, 'agencies.yaml'), made.registry);
  writeFileSync(join(dir, 'ke-hoach.kehoach.yaml'), made.plan);
  return { path: join(dir, 'ke-hoach.kehoach.yaml'), tasks, megabytes: round(Buffer.byteLength(made.plan) / MiB, 2), characters: made.plan.length };
}

/** Tasks of one line each (id, title, lead): a document of many paragraphs in few characters. */
function tinyPlanOf(dir, tasks) {
  mkdirSync(dir, { recursive: true });
  const lines = ['kind: plan', 'issuer: { name: Ủy ban nhân dân tỉnh Tây Ninh, level: province }', 'year: 2026', 'title: Kế hoạch của nhiều việc nhỏ', 'tasks:'];
  for (let i = 0; i < tasks; i++) lines.push(`  - { id: v${i}, title: Việc ${i}, lead: Sở Nội vụ }`);
  const text = `${lines.join('\n')}\n`;
  writeFileSync(join(dir, 'nho.kehoach.yaml'), text);
  return { path: join(dir, 'nho.kehoach.yaml'), tasks, megabytes: round(Buffer.byteLength(text) / MiB, 2), characters: text.length };
}

const importRow = (input, dir) => ({ paragraphs: input.paragraphs, tasks: input.tasks, megabytes: input.megabytes, ...measure(dir, ['import', input.path, '-o', join(dir, 'nhap.kehoach.yaml'), '--force']) });
const renderRow = (input, dir) => ({ tasks: input.tasks, megabytes: input.megabytes, characters: input.characters, ...measure(dir, ['render', input.path, '-o', join(dir, 'ke-hoach.docx')]) });

/**
 * Every row: import at the target (5,000 paragraphs), at its limit and at twice the limit
 * (refused); render at the target (7 MB), the largest plan core reads (8 MiB characters),
 * and a document over its paragraph limit (refused). `scale` shrinks the inputs (smoke runs).
 */
export async function measureSizes(dir, { scale = 1 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  const importTarget = await docxOf(join(dir, 'import-target'), Math.round(TARGETS.import.paragraphs * scale));
  const importLimit = await docxOf(join(dir, 'import-limit'), Math.round(IMPORT_LIMITS.paragraphs * scale * 0.98));
  const importOver = await docxOf(join(dir, 'import-over'), Math.round(IMPORT_LIMITS.paragraphs * scale * 2));
  const renderTarget = planOf(join(dir, 'render-target'), { bytes: Math.round(TARGETS.render.megabytes * MiB * scale) });
  const renderLimit = planOf(join(dir, 'render-limit'), { characters: Math.round(DEFAULT_MAX_LENGTH * scale) });
  const renderOver = tinyPlanOf(join(dir, 'render-over'), Math.round((RENDER_LIMITS.paragraphs * scale * 1.2) / 2));
  const result = {
    targets: TARGETS,
    limits: { import: { ...IMPORT_LIMITS }, render: { ...RENDER_LIMITS, characters: DEFAULT_MAX_LENGTH } },
    import: {
      target: importRow(importTarget, join(dir, 'import-target')),
      limit: importRow(importLimit, join(dir, 'import-limit')),
      over: importRow(importOver, join(dir, 'import-over')),
    },
    render: {
      target: renderRow(renderTarget, join(dir, 'render-target')),
      limit: renderRow(renderLimit, join(dir, 'render-limit')),
      over: renderRow(renderOver, join(dir, 'render-over')),
    },
  };
  rmSync(dir, { recursive: true, force: true });
  return result;
}
