// The whole country with its reports, for the roll-up benchmark: the country of
// generate.mjs (34 province plans, 3,321 commune plans implementing them), where each
// province asks its communes for a report every quarter, and each commune has sent its
// four quarterly reports of the year on the province plan. Deterministic, like the rest.
// The reports are valid as `kehoach validate` reads them: every task due in the period
// has its result (a task not due yet may be left out), and a task past its deadline at
// the cut-off that is still open says why.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareIso, parseReportingPeriod, parseTimeframe } from '@kehoach/core';
import { prng, writeCountry } from './generate.mjs';

const STATUSES = ['hoàn thành', 'đang thực hiện', 'đang thực hiện', 'hoàn thành quá hạn', 'chưa triển khai'];
const DONE = ['Đã triển khai đến các thôn, tổ dân phố.', 'Đã tổ chức và báo cáo kết quả về Sở Nội vụ.', 'Đang thực hiện theo kế hoạch của xã.', 'Đã phổ biến trên hệ thống truyền thanh của xã.'];
const QUARTERS = [
  { label: 'Quý I/{y}', deadline: [3, 17] },
  { label: 'Quý II/{y}', deadline: [6, 17] },
  { label: 'Quý III/{y}', deadline: [9, 17] },
  { label: 'Quý IV/{y}', deadline: [12, 17] },
];

const pad = (n) => String(n).padStart(2, '0');
const OPEN = new Set(['đang thực hiện', 'chưa triển khai']);
const LATE_REASONS = ['Chờ bố trí kinh phí, dự kiến hoàn thành trong quý sau.', 'Đang chờ hướng dẫn của Sở Nội vụ, dự kiến hoàn thành trong tháng tới.'];

/**
 * When a task of the plan runs and its last day, as the report rules read them: a
 * deadline or a bounded range ends on a day; standing work, a cadence, or a range as
 * long as the plan's year has no deadline (core's taskDeadline).
 */
function taskTimes(timeframe, year) {
  const r = parseTimeframe(timeframe, { year });
  if (!r.ok) return undefined;
  const { kind, start, end } = r.value;
  const wholeYear = start <= `${year}-01-01` && end >= `${year}-12-31`;
  return { start, end, deadline: kind === 'deadline' || (kind === 'range' && !wholeYear) ? end : undefined };
}

/** The country under `dir`, with four quarterly reports per commune. Returns the file count and bytes. */
export function writeCountryWithReports(dir, { seed = 11, year = 2026, communes } = {}) {
  const corpus = writeCountry(dir, communes === undefined ? { year } : { year, communes });
  const rand = prng(seed);
  let files = corpus.files;
  let bytes = corpus.bytes;
  for (const province of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const pdir = join(dir, province.name);
    // The province asks the communes for a report every quarter, to the Department of Home Affairs.
    const planPath = join(pdir, 'tinh.kehoach.yaml');
    const plan = readFileSync(planPath, 'utf8').replace(
      'reporting:\n',
      'reporting:\n  - from: "UBND các xã, phường"\n    to: Sở Nội vụ\n    due: trước ngày 18 của tháng cuối quý\n',
    );
    writeFileSync(planPath, plan);
    bytes += 100;
    const number = /^number: (.+)$/m.exec(plan)?.[1] ?? '';
    const assigned = [...plan.matchAll(/- id: (nhiem-vu-\d+)\n(?:.*\n){1,2}?\s+lead: "UBND các xã, phường"\n(?:.*\n)*?\s+timeframe: (.+)\n/g)].map((m) => ({
      id: m[1],
      times: taskTimes(m[2].startsWith('"') ? JSON.parse(m[2]) : m[2], year),
    }));
    for (const commune of readdirSync(pdir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const cdir = join(pdir, commune.name);
      const name = /^ {2}name: (.+)$/m.exec(readFileSync(join(cdir, 'ke-hoach.kehoach.yaml'), 'utf8'))?.[1] ?? commune.name;
      QUARTERS.forEach((q, i) => {
        const late = rand() < 0.1;
        const [month, day] = q.deadline;
        const date = `${pad(late ? day + 3 : day - 1 - Math.floor(rand() * 5))}/${pad(month)}/${year}`;
        const period = parseReportingPeriod(q.label.replace('{y}', String(year)));
        const results = assigned
          // A few results of tasks not due in the period are left out; those due never are.
          .filter((task) => rand() > 0.03 || (task.times && task.times.start <= period.end && task.times.end >= period.start))
          .map((task) => {
            const status = STATUSES[Math.floor(rand() * STATUSES.length)];
            // Still open after its deadline (at the cut-off): the reason is given.
            const overdue = OPEN.has(status) && task.times?.deadline !== undefined && compareIso(task.times.deadline, period.cutoff.end) < 0;
            return [
              `  - task: ${task.id}`,
              `    status: ${status}`,
              ...(status === 'hoàn thành quá hạn' ? [`    completed: ${pad(1 + Math.floor(rand() * 28))}/${pad(month)}/${year}`, '    reason: Chờ hướng dẫn của cấp trên.'] : []),
              ...(overdue ? [`    reason: ${LATE_REASONS[task.id.length % LATE_REASONS.length]}`] : []),
              `    done: ${DONE[Math.floor(rand() * DONE.length)]}`,
              '    figures:',
              `      - { value: ${1 + Math.floor(rand() * 20)}, unit: tin/bài, of: tin/bài tuyên truyền được đăng }`,
            ].join('\n');
          });
        const text = [
          'kind: report',
          'reporter:',
          `  name: ${name}`,
          '  level: commune',
          'plan:',
          `  ref: ${number}`,
          '  path: ../tinh.kehoach.yaml',
          `number: ${10 + i}/BC-UBND`,
          `date: ${date}`,
          `period: ${q.label.replace('{y}', String(year))}`,
          'to: Sở Nội vụ',
          `title: Kết quả thực hiện Kế hoạch số ${number} ${q.label.replace('{y}', String(year)).replace('Quý', 'quý')}`,
          'results:',
          ...results,
          'difficulties:',
          '  - Kinh phí cho công tác tuyên truyền còn hạn chế.',
          '',
        ].join('\n');
        writeFileSync(join(cdir, `bao-cao-quy-${i + 1}.baocao.yaml`), text);
        files++;
        bytes += Buffer.byteLength(text);
      });
    }
  }
  return { files, bytes };
}
