import { percent, type CorpusRun, type Target } from './corpus.js';
import type { Ratio } from './facts.js';
import type { PlanResult } from './measure-plan.js';

/** "19-dongthap-617-chuyen-doi-so..." -> "19-dongthap-617": number, place and document number. */
export function shortName(file: string): string {
  return file.replace(/\.txt$/, '').split('-').slice(0, 3).join('-');
}

const mark = (met: boolean): string => (met ? '✓' : '✗');
const sim = (p: PlanResult): string => (p.similarity ? p.similarity.ratio.toFixed(3) : '—');
const num = (n: number | undefined): string => (n === undefined ? '—' : String(n));
const factCell = (p: PlanResult, pick: (f: NonNullable<PlanResult['facts']>) => Ratio): string => (p.facts ? percent(pick(p.facts)) : '—');

interface Column {
  head: string;
  cell: (p: PlanResult) => string;
  total: (run: CorpusRun) => string;
}

const COLUMNS: Column[] = [
  { head: 'body', cell: (p) => num(p.counts?.bodyTasks), total: (r) => num(r.totals.counts.bodyTasks) },
  { head: 'appx', cell: (p) => num(p.counts?.appendixTasks), total: (r) => num(r.totals.counts.appendixTasks) },
  { head: 'req', cell: (p) => num(p.counts?.requests), total: (r) => num(r.totals.counts.requests) },
  { head: 'lead', cell: (p) => num(p.counts?.leads), total: (r) => num(r.totals.counts.leads) },
  { head: 'coord', cell: (p) => num(p.counts?.coordinators), total: (r) => num(r.totals.counts.coordinators) },
  { head: 'tf', cell: (p) => num(p.counts?.timeframes), total: (r) => num(r.totals.counts.timeframes) },
  { head: 'unpl', cell: (p) => num(p.counts?.unplaced), total: (r) => num(r.totals.counts.unplaced) },
  { head: 'inv', cell: (p) => num(p.invented?.values.length), total: (r) => num(r.totals.invented) },
  { head: 'schema', cell: (p) => num(p.schemaErrors?.length), total: (r) => num(r.totals.schemaErrors) },
  { head: 'sim', cell: sim, total: (r) => `${r.totals.similarity.min.toFixed(3)} min` },
  { head: 'appx lead', cell: (p) => factCell(p, (f) => f.appendixLead), total: (r) => percent(r.totals.facts.appendixLead) },
  { head: 'body lead', cell: (p) => factCell(p, (f) => f.bodyLead), total: (r) => percent(r.totals.facts.bodyLead) },
  { head: 'tf written', cell: (p) => factCell(p, (f) => f.timeframes), total: (r) => percent(r.totals.facts.timeframes) },
  { head: 'req', cell: (p) => factCell(p, (f) => f.requests), total: (r) => percent(r.totals.facts.requests) },
];
// The first ten columns read the draft, the last four score it against the facts.
const DRAFT_COLUMNS = 10;

const LEGEND = [
  'body/appx: tasks (assignments) in the body / in appendix tables; req: requests; lead/coord/tf: tasks with a lead,',
  'coordinators, a timeframe; unpl: paragraphs left unplaced; inv: invented values; schema: schema errors of the draft;',
  'sim: word similarity of the rendered text to the source. Against the facts: appendix rows and body tasks with the',
  'right lead, timeframes as written, requests recognised (— : no facts for the plan).',
];

function targetLine(t: Target): string {
  return `  ${mark(t.met)} ${t.label}: ${t.value} (target ${t.target})`;
}

/** The human report: a table per plan, the totals, the targets with ✓/✗. */
export function formatText(run: CorpusRun, options: { details?: boolean } = {}): string {
  const rows = run.plans.map((p) => [shortName(p.file), ...COLUMNS.map((c) => (p.error ? '' : c.cell(p)))]);
  const head = ['plan', ...COLUMNS.map((c) => c.head)];
  const total = ['TOTAL', ...COLUMNS.map((c) => c.total(run))];
  const all = [head, ...rows, total];
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] as string).length)));
  const line = (r: string[]): string =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)) + (i === DRAFT_COLUMNS ? ' |' : '')).join(' ').trimEnd();
  const out: string[] = [];
  const withFacts = run.totals.plansWithFacts;
  out.push(`kehoach corpus: ${run.plans.length} plans in ${run.folder}, ${withFacts} with hand-written facts`);
  out.push('');
  out.push(line(head));
  run.plans.forEach((p, i) => {
    out.push(line(rows[i] as string[]));
    if (p.error) out.push(`  ✖ ${p.error.stage} failed: ${p.error.message}`);
  });
  out.push(line(total));
  out.push('');
  out.push(...LEGEND);
  if (options.details) out.push('', ...details(run));
  if (run.unusedFacts.length) out.push('', `facts without a plan in this folder: ${run.unusedFacts.join(', ')}`);
  out.push('', 'Targets:');
  for (const t of run.targets) out.push(targetLine(t));
  const met = run.targets.filter((t) => t.met).length;
  out.push(`${met}/${run.targets.length} targets met; ${run.totals.miscited} values found in the source but not at their noted lines; ${(run.ms / 1000).toFixed(1)} s`);
  if (run.totals.errors) out.push(`✖ ${run.totals.errors} plan(s) could not be measured (see ✖ above)`);
  return `${out.join('\n')}\n`;
}

const clip = (s: string, n = 110): string => {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function details(run: CorpusRun): string[] {
  const out: string[] = [];
  for (const p of run.plans) {
    const lines: string[] = [];
    for (const v of p.invented?.values ?? []) lines.push(`  invented ${v.path}: ${clip(JSON.stringify(v.value))}`);
    for (const e of p.schemaErrors ?? []) lines.push(`  ${e.ruleId} (draft line ${e.line}): ${clip(e.message)}`);
    for (const m of p.facts?.misses ?? []) lines.push(`  facts line ${m.line}: ${clip(m.what, 160)}`);
    if (p.similarity) lines.push(`  similarity ${p.similarity.ratio.toFixed(3)}: ${p.similarity.common} words in common, ${p.similarity.sourceWords} in the source, ${p.similarity.renderedWords} rendered`);
    if (lines.length) out.push(`${p.file}:`, ...lines);
  }
  return out;
}

const mdEscape = (s: string): string => s.replace(/\|/g, '\\|');

/**
 * The Markdown table for the README: one row per plan, the totals and the targets.
 * Stable: plans by file name, no timings, fixed decimals.
 */
export function formatMarkdown(run: CorpusRun): string {
  const head = ['plan', 'body tasks', 'appendix tasks', 'requests', 'leads', 'coordinators', 'timeframes', 'unplaced', 'invented', 'schema errors', 'similarity', 'appendix rows, right lead', 'body tasks, right lead', 'timeframes as written', 'requests recognised'];
  const out: string[] = [];
  out.push(`| ${head.join(' | ')} |`);
  out.push(`| --- | ${head.slice(1).map(() => '---:').join(' | ')} |`);
  for (const p of run.plans) {
    const cells = p.error ? COLUMNS.map(() => '✖') : COLUMNS.map((c) => c.cell(p));
    out.push(`| \`${shortName(p.file)}\` | ${cells.map(mdEscape).join(' | ')} |`);
  }
  out.push(`| **total** | ${COLUMNS.map((c) => mdEscape(c.total(run))).join(' | ')} |`);
  out.push('');
  out.push('| target | measured | goal | met |');
  out.push('| --- | --- | --- | :---: |');
  for (const t of run.targets) out.push(`| ${mdEscape(t.label)} | ${mdEscape(t.value)} | ${mdEscape(t.target)} | ${mark(t.met)} |`);
  return `${out.join('\n')}\n`;
}

/** Everything, for machines (invented values and misses included). */
export function formatJson(run: CorpusRun): string {
  return `${JSON.stringify(run, null, 2)}\n`;
}
