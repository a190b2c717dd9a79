// The whole country with its reports, for the roll-up benchmark: the country of
// generate.mjs (34 province plans, 3,321 commune plans implementing them), where each
// province asks its communes for a report every quarter, and each commune has sent its
// four quarterly reports of the year on the province plan. Deterministic, like the rest.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
    const assigned = [...plan.matchAll(/- id: (nhiem-vu-\d+)\n(?:.*\n){1,2}?\s+lead: "UBND các xã, phường"/g)].map((m) => m[1]);
    for (const commune of readdirSync(pdir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const cdir = join(pdir, commune.name);
      const name = /^ {2}name: (.+)$/m.exec(readFileSync(join(cdir, 'ke-hoach.kehoach.yaml'), 'utf8'))?.[1] ?? commune.name;
      QUARTERS.forEach((q, i) => {
        const late = rand() < 0.1;
        const [month, day] = q.deadline;
        const date = `${pad(late ? day + 3 : day - 1 - Math.floor(rand() * 5))}/${pad(month)}/${year}`;
        const results = assigned
          .filter(() => rand() > 0.03)
          .map((task) => {
            const status = STATUSES[Math.floor(rand() * STATUSES.length)];
            return [
              `  - task: ${task}`,
              `    status: ${status}`,
              ...(status === 'hoàn thành quá hạn' ? [`    completed: ${pad(1 + Math.floor(rand() * 28))}/${pad(month)}/${year}`, '    reason: Chờ hướng dẫn của cấp trên.'] : []),
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
