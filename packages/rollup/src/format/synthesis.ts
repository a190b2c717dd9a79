import type { PlanAnalysis } from '@kehoach/core';
import { buildDocument, renderDocx, type Block, type Footnote, type RenderDocument, type TableRow } from '@kehoach/render';
import type { FigureSum, PeriodInfo, Rollup } from '../types.js';
import { STATUS_LABEL, amount, lowerFirst, namesOf, shortName, sourceText, viDate, viNumber } from './labels.js';

/**
 * The draft synthesised report ("báo cáo tổng hợp") of one period, in the layout of
 * Nghị định 30/2020/NĐ-CP: the header, title, signature and recipients of the plan's
 * issuer as the renderer prints them for the plan, with the number and date left blank
 * for the office to fill. Every figure cites, in a footnote and in the appendix, the
 * reports it sums (number, date, file and line). The wording around the facts is
 * fixed; the facts are the roll-up's.
 */
export function synthesisDocument(root: PlanAnalysis, r: Rollup, period: PeriodInfo): RenderDocument {
  // The plan's header and signature: its body and appendices are not built.
  const plan = buildDocument(root, { appendix: false, body: false });
  const names = namesOf(r);
  const short = (key: string): string => shortName(names.get(key) ?? key);
  const footnotes: Footnote[] = [];
  const cite = (text: string): string => {
    const mark = String(footnotes.length + 1);
    footnotes.push({ mark, text });
    return `[^${mark}]`;
  };
  const planRef = `Kế hoạch${r.plan.number ? ` số ${r.plan.number}` : ''}${root.plan?.date ? ` ngày ${root.plan.date}` : ''} của ${r.plan.issuer}`;
  const reports = r.reports.filter((x) => x.period === period.key);
  const sent = reports.filter((x) => x.state !== 'missing');
  const late = reports.filter((x) => x.state === 'late');
  const missing = reports.filter((x) => x.state === 'missing');
  const body: Block[] = [];

  body.push({
    kind: 'paragraph',
    text: `Thực hiện ${planRef}, trên cơ sở báo cáo của ${sent.length}/${reports.length} cơ quan, địa phương được giao nhiệm vụ (số liệu tính từ ngày ${viDate(period.cutoff.start)} đến ngày ${viDate(period.cutoff.end)}), kết quả thực hiện ${lowerFirst(period.label)} như sau:`,
  });

  body.push({ kind: 'heading', marker: 'I.', text: 'TÌNH HÌNH BÁO CÁO', level: 1 });
  const items: Block[] = [
    item('-', `Số cơ quan, địa phương phải báo cáo: ${reports.length}; đã báo cáo: ${sent.length}, trong đó đúng hạn: ${sent.filter((x) => x.state === 'on-time').length}.`),
  ];
  if (late.length) items.push(item('-', `Báo cáo muộn: ${some(late.map((x) => `${short(x.implementer)} (muộn ${x.daysLate ?? 0} ngày)`), '; ')}.`));
  if (missing.length) items.push(item('-', `Chưa báo cáo: ${some(missing.map((x) => short(x.implementer)), '; ')}.`));
  const partial = sent.filter((x) => x.missingTasks.length);
  if (partial.length) items.push(item('-', `Báo cáo chưa nêu đủ nhiệm vụ đến kỳ: ${some(partial.map((x) => `${short(x.implementer)} (${x.missingTasks.join(', ')})`), '; ')}.`));
  const noPlan = r.implementers.filter((i) => i.kind === 'committee' && !i.plan);
  if (noPlan.length) items.push(item('-', `Chưa ban hành kế hoạch thực hiện: ${some(noPlan.map((i) => shortName(i.name)), '; ')}.`));
  body.push(...items);

  body.push({ kind: 'heading', marker: 'II.', text: 'KẾT QUẢ THỰC HIỆN', level: 1 });
  let n = 0;
  const sums = r.sums.filter((s) => s.period === period.key);
  // Each task's cells and figures, found once (a province has thousands of cells).
  const cellsOf = groupBy(
    r.cells.filter((c) => c.periods[period.key]),
    (c) => c.task,
  );
  const sumsOf = groupBy(sums, (s) => s.subject);
  for (const t of r.tasks) {
    const cells = cellsOf.get(t.id) ?? [];
    if (!cells.length) continue;
    n += 1;
    const children: Block[] = [];
    const byStatus = new Map<string, string[]>();
    for (const c of cells) {
      const s = c.periods[period.key]?.status;
      if (!s) continue;
      byStatus.set(s, [...(byStatus.get(s) ?? []), short(c.implementer)]);
    }
    children.push(item('-', `${[...byStatus].map(([s, who]) => `${STATUS_LABEL[s as keyof typeof STATUS_LABEL]}: ${who.length} (${some(who)})`).join('; ')}.`));
    for (const s of sumsOf.get(t.id) ?? []) children.push(item('-', figureLine(s, short, cite)));
    body.push({ kind: 'item', marker: `${n}.`, text: `${t.title.replace(/[.;]$/, '')}${t.timeframe ? ` (thời gian: ${t.timeframe})` : ''}`, children });
  }
  const targets = sums.filter((s) => s.subject.startsWith('target:'));
  if (targets.length) {
    n += 1;
    body.push({ kind: 'item', marker: `${n}.`, text: 'Chỉ tiêu', children: targets.map((s) => item('-', `${s.title}: ${figureLine(s, short, cite)}`)) });
  }

  const notes = r.notes.filter((x) => x.period === period.key);
  body.push({ kind: 'heading', marker: 'III.', text: 'KHÓ KHĂN, VƯỚNG MẮC', level: 1 });
  const difficulties = notes.filter((x) => x.kind === 'difficulty');
  body.push(...(difficulties.length ? difficulties.map((x) => item('-', `${x.text.replace(/[.;]$/, '')} (${short(x.implementer)}).`)) : [item('-', 'Các báo cáo không nêu khó khăn, vướng mắc.')]));
  body.push({ kind: 'heading', marker: 'IV.', text: 'ĐỀ XUẤT, KIẾN NGHỊ', level: 1 });
  const proposals = notes.filter((x) => x.kind === 'proposal');
  body.push(...(proposals.length ? proposals.map((x) => item('-', `${x.text.replace(/[.;]$/, '')} (${short(x.implementer)}).`)) : [item('-', 'Các báo cáo không nêu đề xuất, kiến nghị.')]));

  const header = plan.header ?? plan.decision?.header;
  const code = /\/KH-(.+)$/u.exec(r.plan.number ?? '')?.[1] ?? root.plan?.issuer?.code ?? 'UBND';
  const summary = `Kết quả thực hiện ${planRef} ${lowerFirst(period.label)}`;
  return {
    ...(header ? { header: { ...header, number: `Số:      /BC-${code}`, placeDate: `${root.plan?.place ?? '......'}, ngày ... tháng ... năm ${period.end.slice(0, 4)}` } } : {}),
    title: { kind: 'BÁO CÁO', summary },
    bases: [],
    body,
    ...(plan.signature ? { signature: { ...plan.signature, name: '' } } : {}),
    recipients: { heading: 'Nơi nhận:', items: [`- Lưu: ${(root.plan?.archive ?? ['VT']).join(', ')}.`] },
    appendices: [appendix(r, period, sums, short, planRef)],
    footnotes,
    meta: { title: `Báo cáo ${summary}`, subject: summary, creator: r.plan.issuer },
  };
}

/** The draft as DOCX bytes. */
export function synthesisDocx(root: PlanAnalysis, r: Rollup, period: PeriodInfo): Promise<Uint8Array> {
  return renderDocx(synthesisDocument(root, r, period));
}

function groupBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const group = by.get(k);
    if (group) group.push(x);
    else by.set(k, [x]);
  }
  return by;
}

/** Names in a sentence: all of a dozen, else the first dozen and how many more (the appendix and the dashboard list them all). */
function some(names: readonly string[], sep = ', '): string {
  if (names.length <= LISTED) return names.join(sep);
  return `${names.slice(0, LISTED).join(sep)}${sep}và ${names.length - LISTED} nơi khác`;
}

function item(marker: string, text: string): Block {
  return { kind: 'item', marker, text, children: [] };
}

/** Figures listed one by one in the body, with a footnote citing each report; more go to the appendix only. */
const LISTED = 12;

/** "Tổng cộng 4/8 điểm (An Hòa 2, Phú Lộc 1, Tân Thành 1)" with a footnote citing each report. */
function figureLine(s: FigureSum, short: (key: string) => string, cite: (text: string) => string): string {
  const total = `${s.aggregate === 'mean' ? 'Bình quân' : 'Tổng cộng'} ${amount(`${viNumber(s.total)}${s.target !== undefined ? `/${viNumber(s.target)}` : ''}`, s.unit, s.of)}`;
  const left = s.excluded.length ? `; không cộng ${s.excluded.length} số liệu khác đơn vị hoặc không ghi đơn vị (xem Phụ lục)` : '';
  if (s.contributions.length > LISTED) return `${total}, từ ${s.contributions.length} báo cáo (từng số liệu và báo cáo nguồn tại Phụ lục)${left}.`;
  const parts = s.contributions.map((c) => `${short(c.implementer)}: ${viNumber(c.value)}`);
  const note = s.contributions.map((c) => `${sourceText(c.source)} của ${short(c.implementer)}: ${viNumber(c.value)} ${c.unit ?? s.unit}`);
  return `${total}${parts.length ? ` (${parts.join(', ')})` : ''}${left}${note.length ? cite(`${note.join('; ')}.`) : ''}.`;
}

/**
 * The appendix: one row per body that reported figures, one column per figure summed,
 * the total on the last row, and the report each row comes from (number, date, file).
 */
function appendix(r: Rollup, period: PeriodInfo, sums: FigureSum[], short: (key: string) => string, planRef: string): RenderDocument['appendices'][number] {
  const order = new Intl.Collator('vi');
  const who = [...new Set(sums.flatMap((s) => [...s.contributions, ...s.excluded].map((c) => c.implementer)))]
    .map((key) => ({ key, name: short(key) }))
    .sort((a, b) => order.compare(a.name, b.name))
    .map((w) => w.key);
  // Each figure's first contribution and first excluded figure of each body.
  const first = <T extends { implementer: string }>(list: readonly T[]): Map<string, T> => {
    const by = new Map<string, T>();
    for (const c of list) if (!by.has(c.implementer)) by.set(c.implementer, c);
    return by;
  };
  const found = sums.map((s) => ({ contributions: first(s.contributions), excluded: first(s.excluded) }));
  const rows: TableRow[] = who.map((key, i) => {
    const sources = new Set<string>();
    const cells = sums.map((_, k) => {
      const c = found[k]?.contributions.get(key);
      const x = c ? undefined : found[k]?.excluded.get(key);
      for (const hit of [c, x]) if (hit) sources.add(sourceText({ ...hit.source, line: 0 }));
      if (c) return { text: viNumber(c.value), center: true };
      if (x) return { text: `${viNumber(x.value)} ${x.unit ?? ''} (không cộng: ${x.reason ?? ''})`.replace(/\s+/g, ' '), center: true };
      return { text: '', center: true };
    });
    return { cells: [{ text: String(i + 1), center: true }, { text: short(key) }, ...cells, { text: [...sources].join('; ') }] };
  });
  rows.push({
    group: true,
    cells: [{ text: '' }, { text: 'Tổng cộng (bình quân với %)' }, ...sums.map((s) => ({ text: viNumber(s.total), center: true, bold: true })), { text: '' }],
  });
  const wide = sums.length > 3;
  return {
    label: 'PHỤ LỤC',
    title: `SỐ LIỆU TỔNG HỢP ${period.label.toUpperCase()}`,
    caption: `(Kèm theo Báo cáo kết quả thực hiện ${planRef})`,
    landscape: wide,
    blocks: [
      {
        kind: 'table',
        landscape: wide,
        widths: [6, 20, ...sums.map(() => 12), 32],
        head: [[{ text: 'STT', bold: true, center: true }, { text: 'Nơi báo cáo', bold: true, center: true }, ...sums.map((s) => ({ text: `${s.title} (${s.unit})`, bold: true, center: true })), { text: 'Nguồn', bold: true, center: true }]],
        rows: who.length ? rows : [{ cells: [{ text: '' }, { text: 'Các báo cáo không có số liệu.', colSpan: sums.length + 2 }] }],
      },
    ],
  };
}
