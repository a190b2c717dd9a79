import type { PeriodInfo, Rollup } from '../../types.js';
import { COVERAGE_LABEL, REPORT_LABEL, STATUS_LABEL, STATUS_ORDER, namesOf, shortName, sourceText, viDate, viNumber } from '../labels.js';
import { REPORT_COLOR, STATUS_COLOR, figureChart, reportChart, statusChart, timeline } from './charts.js';
import { SCRIPT } from './script.js';
import { STYLES } from './styles.js';
import { e } from './escape.js';


/**
 * The roll-up as one static HTML page: summary cards, charts, the coverage map of tasks
 * by the bodies carrying them out, a timeline of deadlines, and tables to sort and
 * filter. Everything is inline (styles, script, charts as SVG): the page opens from a
 * folder or an e-mail attachment and never reaches the network (its Content Security
 * Policy forbids it).
 */
export function toHtml(r: Rollup, options: { generatedBy?: string } = {}): string {
  const periods = r.periods;
  const first = periods.at(-1);
  const names = namesOf(r);
  // Names, period keys and labels recur on thousands of rows: each is escaped once.
  const whoHtml = new Map<string, string>();
  const who = (key: string): string => {
    let h = whoHtml.get(key);
    if (h === undefined) whoHtml.set(key, (h = e(names.get(key) ?? key)));
    return h;
  };
  const periodKey = new Map(periods.map((p) => [p.key, e(p.key)]));
  const per = (p: PeriodInfo, html: string): string => `<div class="per-period" data-period="${e(p.key)}">${html}</div>`;
  const select = periods.length > 1
    ? `<label>Kỳ báo cáo: <select id="period">${periods.map((p) => `<option value="${e(p.key)}"${p === first ? ' selected' : ''}>${e(p.label)}</option>`).join('')}</select></label>`
    : periods.length === 1 ? `<span class="meta">Kỳ báo cáo: ${e(periods[0]?.label ?? '')}</span>` : '<span class="meta">Chưa có báo cáo nào.</span>';

  const given = r.tasks.filter((t) => t.implementers.length);
  const committees = r.implementers.filter((i) => i.kind === 'committee');
  const cards = periods.map((p) => {
    const reports = r.reports.filter((x) => x.period === p.key);
    const count = (s: string): number => reports.filter((x) => x.state === s).length;
    return per(p, `<div class="cards">
<div class="card"><b>${given.length}</b>nhiệm vụ giao cho nơi thực hiện</div>
<div class="card"><b>${r.implementers.length}</b>nơi thực hiện</div>
<div class="card"><b>${committees.filter((i) => i.plan).length}/${committees.length}</b>UBND đã có kế hoạch</div>
<div class="card"><b>${count('on-time')}</b>báo cáo đúng hạn</div>
<div class="card"><b>${count('late')}</b>báo cáo muộn</div>
<div class="card"><b>${count('missing')}</b>chưa báo cáo</div>
</div>`);
  });
  if (!periods.length) {
    cards.push(`<div class="cards"><div class="card"><b>${given.length}</b>nhiệm vụ giao cho nơi thực hiện</div><div class="card"><b>${committees.filter((i) => i.plan).length}/${committees.length}</b>UBND đã có kế hoạch</div></div>`);
  }

  const charts = periods.map((p) => per(p, `<div class="charts"><div class="panel"><h3>Tình trạng theo nhiệm vụ</h3>${statusChart(r, p)}</div><div class="panel"><h3>Báo cáo</h3>${reportChart(r, p)}</div></div><div class="panel"><h3>Số liệu so với chỉ tiêu</h3>${figureChart(r, p)}</div>`));

  // Coverage map: the tasks given to someone, by the bodies they concern.
  const bodies = r.implementers;
  const cellAt = new Map(r.cells.map((c) => [`${c.task}\u0000${c.implementer}`, c]));
  const mapRows = given.map((t) => {
    const cells = bodies.map((b) => {
      const c = cellAt.get(`${t.id}\u0000${b.key}`);
      if (!c) return '<td class="none" data-value="">–</td>';
      const plan = c.lowerTasks.length ? `Cụ thể hóa: ${c.lowerTasks.join(', ')}` : COVERAGE_LABEL[c.coverage];
      const spans = periods.map((p) => {
        const cp = c.periods[p.key];
        const label = cp ? STATUS_LABEL[cp.status] : 'Chưa đến kỳ';
        // The tip says where the status comes from; the task and the body are the row and the column.
        const tip = [plan, cp?.reason ? `Lý do: ${cp.reason}` : '', cp?.source ? `${cp.source.number ?? ''} ${cp.source.path}${cp.source.line ? `:${cp.source.line}` : ''}`.trim() : ''].filter(Boolean).join('\n');
        return `<span class="per-period badge ${cp ? `s-${cp.status}` : 's-none'}" data-period="${periodKey.get(p.key)}" title="${e(tip)}">${e(label)}</span>`;
      });
      const coverage = c.coverage === 'implemented' ? '' : `<br><small style="color:#444">${e(COVERAGE_LABEL[c.coverage])}</small>`;
      return `<td class="state" data-value="${e(c.coverage)}">${spans.join('') || `<span class="badge" style="background:#9e9e9e" title="${e(COVERAGE_LABEL[c.coverage])}">${e(c.coverage === 'implemented' ? 'Đã cụ thể hóa' : COVERAGE_LABEL[c.coverage])}</span>`}${periods.length ? coverage : ''}</td>`;
    });
    return `<tr><td>${e(t.id)}</td><td>${e(t.title)}</td><td>${e(viDate(t.deadline))}</td>${cells.join('')}</tr>`;
  });
  const legend = `<p class="legend">${STATUS_ORDER.map((s) => `<span><i style="background:${STATUS_COLOR[s]}"></i>${e(STATUS_LABEL[s])}</span>`).join('')}</p>`;
  const map = section('ban-do', 'Nhiệm vụ theo nơi thực hiện', `${legend}<table class="map"><thead><tr><th data-sort="text">Mã</th><th data-sort="text">Nhiệm vụ</th><th data-sort="text">Hạn</th>${bodies.map((b) => `<th class="who" title="${e(b.name)}">${e(shortName(b.name))}${b.kind === 'committee' && !b.plan ? ' *' : ''}</th>`).join('')}</tr></thead><tbody>${mapRows.join('')}</tbody></table><p class="meta">* chưa có kế hoạch thực hiện.</p>`, { words: true });

  const reportRows = r.reports.map((x) => {
    const p = periods.find((q) => q.key === x.period);
    return `<tr data-period="${e(x.period)}"><td>${who(x.implementer)}</td><td>${e(p?.label ?? x.period)}</td><td data-value="${e(x.state)}"><span class="badge r-${x.state}">${e(REPORT_LABEL[x.state])}</span></td><td>${e(x.number ?? '')}</td><td data-sort-value="${e(x.sent ?? '')}">${e(viDate(x.sent))}</td><td data-sort-value="${e(x.deadline ?? '')}">${e(viDate(x.deadline))}</td><td class="num">${x.daysLate ?? 0}</td><td>${e(x.missingTasks.join(', '))}</td><td>${e(x.path ?? '')}</td></tr>`;
  });
  const reportTable = section(
    'bao-cao',
    'Báo cáo',
    `<table><thead><tr><th data-sort="text">Nơi báo cáo</th><th data-sort="text">Kỳ</th><th data-sort="text">Tình trạng</th><th data-sort="text">Số</th><th data-sort="text">Ngày gửi</th><th data-sort="text">Hạn</th><th data-sort="number">Muộn (ngày)</th><th data-sort="text">Nhiệm vụ đến kỳ chưa báo cáo</th><th data-sort="text">Tệp</th></tr></thead><tbody>${reportRows.join('')}</tbody></table>`,
    { words: true, column: 2, options: Object.entries(REPORT_LABEL).filter(([k]) => r.reports.some((x) => x.state === k)) },
  );

  // A task's cells to its title, escaped once per task.
  const taskCells = new Map(r.tasks.map((t) => [t.id, `<td>${e(t.id)}</td><td>${e(t.title)}</td>`]));
  const detailRows = r.cells.flatMap((c) => {
    // What every period's row of a cell shares, written once.
    const head = `${taskCells.get(c.task) ?? `<td>${e(c.task)}</td><td></td>`}<td>${who(c.implementer)}</td>`;
    const plan = `<td>${e(COVERAGE_LABEL[c.coverage])}${c.lowerTasks.length ? `: ${e(c.lowerTasks.join(', '))}` : ''}</td>`;
    return periods
      .filter((p) => c.periods[p.key])
      .map((p) => {
        const cp = c.periods[p.key];
        if (!cp) return '';
        return `<tr data-period="${periodKey.get(p.key)}">${head}<td data-value="${e(cp.status)}"><span class="badge s-${cp.status}">${e(STATUS_LABEL[cp.status])}</span></td><td>${e(cp.reason ?? '')}</td>${plan}<td>${cp.source ? e(sourceText(cp.source)) : ''}</td></tr>`;
      });
  });
  const detailTable = section(
    'chi-tiet',
    'Tình trạng từng nhiệm vụ ở từng nơi',
    `<table><thead><tr><th data-sort="text">Mã</th><th data-sort="text">Nhiệm vụ</th><th data-sort="text">Nơi thực hiện</th><th data-sort="text">Tình trạng</th><th data-sort="text">Lý do</th><th data-sort="text">Kế hoạch của nơi thực hiện</th><th data-sort="text">Nguồn</th></tr></thead><tbody>${detailRows.join('')}</tbody></table>`,
    { words: true, column: 3, options: STATUS_ORDER.filter((s) => r.cells.some((c) => Object.values(c.periods).some((p) => p.status === s))).map((s) => [s, STATUS_LABEL[s]]) },
  );

  const figureRows = r.sums.map((s) => {
    const parts = s.contributions.map((c) => `<li>${who(c.implementer)}: ${e(viNumber(c.value))} ${e(c.unit ?? '')} — ${e(sourceText(c.source))}</li>`).join('');
    const left = s.excluded.map((c) => `<li>Không cộng: ${who(c.implementer)}: ${e(viNumber(c.value))} ${e(c.unit ?? '')} (${e(c.reason ?? '')}) — ${e(sourceText(c.source))}</li>`).join('');
    return `<tr data-period="${e(s.period)}"><td>${e(s.title)}</td><td>${e(s.of ?? '')}</td><td class="num" data-sort-value="${s.total}">${e(viNumber(s.total))}</td><td>${e(s.unit)}</td><td>${s.aggregate === 'mean' ? 'Bình quân' : 'Tổng'}</td><td class="num" data-sort-value="${s.target ?? ''}">${s.target !== undefined ? e(viNumber(s.target)) : ''}</td><td><details><summary>${s.contributions.length} báo cáo</summary><ul>${parts}${left}</ul></details></td></tr>`;
  });
  const figureTable = section(
    'so-lieu',
    'Số liệu cộng dồn',
    `<table><thead><tr><th data-sort="text">Nội dung</th><th data-sort="text">Đếm cái gì</th><th data-sort="number">Số liệu</th><th data-sort="text">Đơn vị</th><th data-sort="text">Cách cộng</th><th data-sort="number">Chỉ tiêu</th><th>Nguồn</th></tr></thead><tbody>${figureRows.join('')}</tbody></table>`,
    { words: true },
  );

  const noteRows = r.notes.map((n) => `<tr data-period="${e(n.period)}"><td data-value="${n.kind}">${n.kind === 'difficulty' ? 'Khó khăn, vướng mắc' : 'Đề xuất, kiến nghị'}</td><td>${who(n.implementer)}</td><td>${e(n.task ?? '')}</td><td>${e(n.text)}</td><td>${e(sourceText(n.source))}</td></tr>`);
  const noteTable = section(
    'kho-khan',
    'Khó khăn, đề xuất',
    `<table><thead><tr><th data-sort="text">Loại</th><th data-sort="text">Nơi báo cáo</th><th data-sort="text">Nhiệm vụ</th><th data-sort="text">Nội dung</th><th data-sort="text">Nguồn</th></tr></thead><tbody>${noteRows.join('')}</tbody></table>`,
    { words: true, column: 0, options: [['difficulty', 'Khó khăn, vướng mắc'], ['proposal', 'Đề xuất, kiến nghị']] },
  );
  const problems = r.problems.length ? `<section><h2>Tệp không dùng được</h2><ul>${r.problems.map((p) => `<li>${e(p.path)}: ${e(p.message.vi)}</li>`).join('')}</ul></section>` : '';

  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<link rel="icon" href="data:,">
<title>${e(`Tổng hợp: ${r.plan.title}`)}</title>
<style>${STYLES}${colorClasses()}</style>
</head>
<body>
<header><div>
<h1>Tổng hợp thực hiện kế hoạch: ${e(r.plan.title)}</h1>
<p class="meta">${e([r.plan.number ? `Kế hoạch số ${r.plan.number}` : 'Kế hoạch', r.plan.issuer, r.plan.span].filter(Boolean).join(' · '))} · ${e(r.plan.path)}</p>
${select}
</div></header>
<main>
${cards.join('\n')}
${charts.join('\n')}
${map}
<section><h2>Mốc thời gian</h2><div class="panel">${timeline(r)}</div></section>
${reportTable}
${detailTable}
${figureTable}
${noteTable}
${problems}
<p class="meta">${e(options.generatedBy ?? 'Tạo bởi kehoach rollup')} — số liệu lấy từ các tệp kế hoạch và báo cáo, mỗi số liệu ghi nguồn (số, ngày báo cáo, tệp và dòng).</p>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** A class per status and per report state (".s-done", ".r-late"): a province's thousands of badges name their colour once. */
function colorClasses(): string {
  const rules = [...Object.entries(STATUS_COLOR).map(([k, c]) => `.s-${k}{background:${c}}`), ...Object.entries(REPORT_COLOR).map(([k, c]) => `.r-${k}{background:${c}}`), '.s-none{background:#9e9e9e}'];
  return rules.join('');
}

/** A section holding one table, with its filters: words, and a column's value. */
function section(id: string, title: string, body: string, filters: { words?: boolean; column?: number; options?: [string, string][] }): string {
  const words = filters.words ? `<input type="search" placeholder="Lọc theo chữ…" aria-label="Lọc ${e(title.toLowerCase())} theo chữ">` : '';
  const pick =
    filters.column !== undefined && filters.options?.length
      ? `<select data-column="${filters.column}" aria-label="Lọc ${e(title.toLowerCase())} theo tình trạng"><option value="">Mọi tình trạng</option>${filters.options.map(([v, l]) => `<option value="${e(v)}">${e(l)}</option>`).join('')}</select>`
      : '';
  return `<section id="${id}" data-table><h2>${e(title)}</h2><div class="controls">${words}${pick}<span class="count"></span></div><div class="panel">${body}</div></section>`;
}
