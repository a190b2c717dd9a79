import { e } from './escape.js';
import type { CellStatus, PeriodInfo, ReportState, Rollup } from '../../types.js';
import { REPORT_LABEL, STATUS_LABEL, STATUS_ORDER, lowerFirst, shortName, viDate, viNumber } from '../labels.js';

/**
 * Charts drawn from the roll-up as inline SVG: no script, no network, readable when
 * printed. Each has a title and a text description for screen readers, and its
 * numbers written on it.
 */

export const STATUS_COLOR: Record<CellStatus, string> = {
  done: '#2e7d32',
  'done-late': '#9ccc65',
  'in-progress': '#1e88e5',
  'not-started': '#fbc02d',
  'not-done': '#8e24aa',
  'not-reported': '#ef6c00',
  'no-report': '#c62828',
};

export const REPORT_COLOR: Record<ReportState, string> = {
  'on-time': '#2e7d32',
  late: '#ef6c00',
  missing: '#c62828',
  undated: '#757575',
  'no-deadline': '#9e9e9e',
};

const FONT = `font-family="'Times New Roman', 'Liberation Serif', serif" font-size="13"`;

function svg(width: number, height: number, title: string, desc: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px" role="img" aria-label="${e(title)}" ${FONT}><title>${e(title)}</title><desc>${e(desc)}</desc>${body}</svg>`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One bar per task: how many of its bodies are in each status, in the period. */
export function statusChart(r: Rollup, period: PeriodInfo): string {
  const rows = r.tasks
    .map((t) => {
      const counts = new Map<CellStatus, number>();
      for (const c of r.cells) {
        if (c.task !== t.id) continue;
        const s = c.periods[period.key]?.status;
        if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
      }
      return { t, counts, total: [...counts.values()].reduce((a, b) => a + b, 0) };
    })
    .filter((x) => x.total > 0);
  if (!rows.length) return `<p class="empty">Không có nhiệm vụ đến kỳ ${e(lowerFirst(period.label))}.</p>`;
  const max = Math.max(...rows.map((x) => x.total));
  const left = 260;
  const width = 760;
  const bar = 22;
  const height = rows.length * (bar + 10) + 40;
  const scale = (width - left - 40) / max;
  let body = '';
  rows.forEach((row, i) => {
    const y = 10 + i * (bar + 10);
    body += `<text x="${left - 8}" y="${y + bar / 2 + 4}" text-anchor="end">${e(truncate(row.t.title, 40))}</text>`;
    let x = left;
    for (const s of STATUS_ORDER) {
      const n = row.counts.get(s) ?? 0;
      if (!n) continue;
      const w = n * scale;
      body += `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="${STATUS_COLOR[s]}"><title>${e(`${row.t.title}: ${STATUS_LABEL[s]} ${n}`)}</title></rect>`;
      if (w > 14) body += `<text x="${(x + w / 2).toFixed(1)}" y="${y + bar / 2 + 4}" text-anchor="middle" fill="#fff">${n}</text>`;
      x += w;
    }
  });
  body += legend(STATUS_ORDER.filter((s) => rows.some((r2) => r2.counts.has(s))).map((s) => [STATUS_LABEL[s], STATUS_COLOR[s]]), left, height - 18);
  const desc = rows.map((x) => `${x.t.title}: ${[...x.counts].map(([s, n]) => `${STATUS_LABEL[s]} ${n}`).join(', ')}`).join('. ');
  return svg(width, height, `Tình trạng các nhiệm vụ ${lowerFirst(period.label)}`, desc, body);
}

/** How many bodies reported on time, late, or not at all, in the period. */
export function reportChart(r: Rollup, period: PeriodInfo): string {
  const states: ReportState[] = ['on-time', 'late', 'undated', 'no-deadline', 'missing'];
  const counts = states.map((s) => [s, r.reports.filter((x) => x.period === period.key && x.state === s).length] as const).filter(([, n]) => n > 0);
  if (!counts.length) return `<p class="empty">Không có báo cáo nào phải gửi ${e(lowerFirst(period.label))}.</p>`;
  const max = Math.max(...counts.map(([, n]) => n));
  const width = 360;
  const height = 200;
  const col = (width - 40) / counts.length;
  let body = `<line x1="20" y1="160" x2="${width - 20}" y2="160" stroke="#555"/>`;
  counts.forEach(([s, n], i) => {
    const h = (n / max) * 120;
    const x = 20 + i * col + col * 0.2;
    body += `<rect x="${x.toFixed(1)}" y="${(160 - h).toFixed(1)}" width="${(col * 0.6).toFixed(1)}" height="${h.toFixed(1)}" fill="${REPORT_COLOR[s]}"><title>${e(`${REPORT_LABEL[s]}: ${n}`)}</title></rect>`;
    body += `<text x="${(x + col * 0.3).toFixed(1)}" y="${(154 - h).toFixed(1)}" text-anchor="middle">${n}</text>`;
    body += `<text x="${(x + col * 0.3).toFixed(1)}" y="178" text-anchor="middle">${e(REPORT_LABEL[s])}</text>`;
  });
  return svg(width, height, `Báo cáo ${lowerFirst(period.label)}`, counts.map(([s, n]) => `${REPORT_LABEL[s]}: ${n}`).join(', '), body);
}

/** Each summed figure against its target, when it has one. */
export function figureChart(r: Rollup, period: PeriodInfo): string {
  const sums = r.sums.filter((s) => s.period === period.key && s.contributions.length);
  if (!sums.length) return `<p class="empty">Các báo cáo ${e(lowerFirst(period.label))} không có số liệu.</p>`;
  const left = 260;
  const width = 760;
  const bar = 18;
  const height = sums.length * (bar * 2 + 14) + 10;
  let body = '';
  sums.forEach((s, i) => {
    const max = Math.max(s.total, s.target ?? 0) || 1;
    const scale = (width - left - 120) / max;
    const y = 6 + i * (bar * 2 + 14);
    body += `<text x="${left - 8}" y="${y + bar}" text-anchor="end">${e(truncate(s.title, 40))}</text>`;
    body += `<rect x="${left}" y="${y}" width="${(s.total * scale).toFixed(1)}" height="${bar}" fill="#1e88e5"><title>${e(`${s.aggregate === 'mean' ? 'Bình quân' : 'Tổng cộng'}: ${viNumber(s.total)} ${s.unit}`)}</title></rect>`;
    body += `<text x="${(left + s.total * scale + 6).toFixed(1)}" y="${y + bar - 4}">${e(`${viNumber(s.total)} ${s.unit}`)}</text>`;
    if (s.target !== undefined) {
      body += `<rect x="${left}" y="${y + bar + 2}" width="${(s.target * scale).toFixed(1)}" height="${bar - 6}" fill="#bdbdbd"><title>${e(`Chỉ tiêu: ${viNumber(s.target)} ${s.unit}`)}</title></rect>`;
      body += `<text x="${(left + s.target * scale + 6).toFixed(1)}" y="${y + bar * 2 - 6}" fill="#555">${e(`chỉ tiêu ${viNumber(s.target)}`)}</text>`;
    }
  });
  const desc = sums.map((s) => `${s.title}: ${viNumber(s.total)} ${s.unit}${s.target !== undefined ? `, chỉ tiêu ${viNumber(s.target)}` : ''}`).join('. ');
  return svg(width, height, `Số liệu ${lowerFirst(period.label)} so với chỉ tiêu`, desc, body);
}

/** The plan's year with the tasks' deadlines, each period's cut-off and deadline, and when each report was sent. */
export function timeline(r: Rollup): string {
  const dates = [
    ...r.tasks.flatMap((t) => (t.deadline ? [t.deadline] : [])),
    ...r.periods.flatMap((p) => [p.cutoff.start, p.cutoff.end, p.end]),
    ...r.reports.flatMap((x) => [x.deadline, x.sent].filter((d): d is string => !!d)),
  ].sort();
  const first = dates[0] ?? `${r.plan.span.slice(0, 4)}-01-01`;
  const last = dates.at(-1) ?? `${r.plan.span.slice(-4)}-12-31`;
  // From the first month anything happens to the end of the plan's last year.
  const startYear = Number(first.slice(0, 4));
  const startMonth = Number(first.slice(5, 7));
  const start = Date.parse(`${first.slice(0, 7)}-01T00:00:00Z`);
  const endYear = Math.max(Number(last.slice(0, 4)), Number(r.plan.span.slice(-4)) || 0);
  const end = Date.parse(`${endYear}-12-31T00:00:00Z`);
  const width = 900;
  const left = 200;
  const x = (iso: string): number => left + ((Date.parse(`${iso}T00:00:00Z`) - start) / (end - start)) * (width - left - 20);
  const lanes: { label: string; marks: string }[] = [];
  lanes.push({
    label: 'Hạn nhiệm vụ',
    marks: r.tasks
      .filter((t) => t.deadline)
      .map((t) => `<path d="M${x(t.deadline as string).toFixed(1)} 0 l6 8 l-6 8 l-6 -8 z" fill="#6d4c41"><title>${e(`${t.title}: ${viDate(t.deadline)}`)}</title></path>`)
      .join(''),
  });
  for (const p of r.periods) {
    const deadline = r.reports.find((x2) => x2.period === p.key && x2.deadline)?.deadline;
    let marks = `<rect x="${x(p.cutoff.start).toFixed(1)}" y="3" width="${Math.max(2, x(p.cutoff.end) - x(p.cutoff.start)).toFixed(1)}" height="10" fill="#cfd8dc"><title>${e(`Chốt số liệu ${lowerFirst(p.label)}: ${viDate(p.cutoff.start)} - ${viDate(p.cutoff.end)}`)}</title></rect>`;
    if (deadline) marks += `<line x1="${x(deadline).toFixed(1)}" y1="0" x2="${x(deadline).toFixed(1)}" y2="16" stroke="#c62828" stroke-width="2"><title>${e(`Hạn báo cáo ${lowerFirst(p.label)}: ${viDate(deadline)}`)}</title></line>`;
    for (const rep of r.reports.filter((x2) => x2.period === p.key && x2.sent)) {
      const who = shortName(r.implementers.find((i) => i.key === rep.implementer)?.name ?? rep.implementer);
      marks += `<circle cx="${x(rep.sent as string).toFixed(1)}" cy="8" r="5" fill="${REPORT_COLOR[rep.state]}" stroke="#fff"><title>${e(`${who}: gửi ngày ${viDate(rep.sent)} (${REPORT_LABEL[rep.state].toLowerCase()})`)}</title></circle>`;
    }
    lanes.push({ label: `Báo cáo ${lowerFirst(p.label)}`, marks });
  }
  const laneHeight = 30;
  const height = lanes.length * laneHeight + 40;
  let body = '';
  for (let y = startYear; y <= endYear; y++) {
    for (let m = y === startYear ? startMonth : 1; m <= 12; m++) {
      const iso = `${y}-${String(m).padStart(2, '0')}-01`;
      const px = x(iso);
      const label = m === 1 || (y === startYear && m === startMonth) ? `${m}/${y}` : String(m);
      body += `<line x1="${px.toFixed(1)}" y1="20" x2="${px.toFixed(1)}" y2="${height - 20}" stroke="#eee"/><text x="${(px + 2).toFixed(1)}" y="14" font-size="11" fill="#555">${label}</text>`;
    }
  }
  lanes.forEach((lane, i) => {
    const y = 26 + i * laneHeight;
    body += `<text x="${left - 8}" y="${y + 12}" text-anchor="end">${e(lane.label)}</text><g transform="translate(0 ${y})">${lane.marks}</g>`;
  });
  const desc = `Hạn nhiệm vụ: ${r.tasks.filter((t) => t.deadline).map((t) => `${t.id} ${viDate(t.deadline)}`).join(', ')}. ${r.periods.map((p) => `${p.label}: chốt số liệu ${viDate(p.cutoff.start)} - ${viDate(p.cutoff.end)}`).join('. ')}`;
  return svg(width, height, 'Mốc thời gian', desc, body);
}

function legend(items: [string, string][], x0: number, y: number): string {
  let x = x0;
  let out = '';
  for (const [label, color] of items) {
    out += `<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${color}"/><text x="${x + 16}" y="${y}">${e(label)}</text>`;
    x += 28 + label.length * 7;
  }
  return out;
}
