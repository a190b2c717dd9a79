// Deterministic generators of realistic plans: one plan of N tasks for the editor
// benchmark, and a whole-country corpus (34 province plans, 3,321 commune plans, each
// commune plan implementing its province plan) for `kehoach validate`.
// Same seed, same bytes: results are comparable across runs and machines.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripMarks } from '@kehoach/core';

/** mulberry32: tiny, fast, good enough to pick phrases. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** The 34 provincial-level units since 1 July 2025 (Nghị quyết 202/2025/QH15). */
export const PROVINCES = [
  'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An',
  'Hà Tĩnh', 'Cao Bằng', 'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên',
  'Hải Phòng', 'Ninh Bình', 'Quảng Trị', 'Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng',
  'Đắk Lắk', 'Hồ Chí Minh', 'Đồng Nai', 'Tây Ninh', 'Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
];
/** Commune-level units in the whole country after the 2025 reorganisation. */
export const COMMUNES = 3321;

// Phrases in the words of the seeds (Tây Ninh, Bình Sơn, Dương Quan plans of 2024).
const VERBS = ['Tuyên truyền', 'Tổ chức', 'Rà soát, cập nhật', 'Hướng dẫn', 'Theo dõi, đôn đốc', 'Xây dựng', 'Phổ biến', 'Niêm yết công khai', 'Kiểm tra', 'Tổng hợp'];
const OBJECTS = [
  'các thủ tục hành chính tại Bộ phận Tiếp nhận và Trả kết quả',
  'kết quả thực hiện cải cách hành chính trên Cổng thông tin điện tử',
  'chuyên mục cải cách hành chính trên hệ thống truyền thanh cơ sở',
  'các lớp tập huấn, bồi dưỡng nghiệp vụ cho cán bộ, công chức, viên chức',
  'dịch vụ công trực tuyến và thanh toán trực tuyến cho người dân, doanh nghiệp',
  'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
  'cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
  'kỷ luật, kỷ cương hành chính trong thực thi công vụ',
  'các mô hình mới, cách làm hay trong cải cách hành chính',
  'tin bài, phóng sự về cải cách hành chính trên báo, đài địa phương',
];
const PLACES = ['trên địa bàn', 'tại cơ quan, đơn vị', 'đến toàn thể Nhân dân', 'cho đội ngũ cán bộ, công chức'];
const TIMEFRAMES = ['Thường xuyên trong năm', 'Quý I/{y}', 'Trong quý II, III năm {y}', 'Trong năm {y}', 'Chậm nhất ngày 20/04/{y}', 'trước ngày 30 tháng 6', 'Hàng quý', 'Tháng 9/{y}'];
const OUTPUTS = ['Báo cáo kết quả thực hiện', 'Tin, bài đăng trên Trang thông tin điện tử', 'Kế hoạch triển khai', 'Tài liệu tuyên truyền'];
const COMMENTS = ['# Nhiệm vụ trọng tâm của năm', '# Phối hợp với các cơ quan báo chí', '# Theo Kế hoạch CCHC năm của tỉnh', '# Cần bố trí kinh phí'];

const PROVINCE_AGENCIES = [
  ['so-noi-vu', 'Sở Nội vụ', 'department'],
  ['so-van-hoa-tt', 'Sở Văn hóa, Thể thao và Du lịch', 'department'],
  ['so-khcn', 'Sở Khoa học và Công nghệ', 'department'],
  ['so-tu-phap', 'Sở Tư pháp', 'department'],
  ['so-tai-chinh', 'Sở Tài chính', 'department'],
  ['van-phong-ubnd-tinh', 'Văn phòng Ủy ban nhân dân tỉnh', 'office'],
  ['bao-dai', 'Báo và Phát thanh, Truyền hình tỉnh', 'unit'],
];
const COMMUNE_AGENCIES = [
  ['van-phong-hdnd-ubnd', 'Văn phòng HĐND và UBND xã', 'office'],
  ['phong-van-hoa-xa-hoi', 'Phòng Văn hóa - Xã hội', 'department'],
  ['phong-kinh-te', 'Phòng Kinh tế', 'department'],
  ['trung-tam-phuc-vu-hcc', 'Trung tâm Phục vụ hành chính công xã', 'unit'],
];

const yamlString = (s) => (/[:#'"\[\]{},&*!|>%@`]|^\s|\s$/.test(s) ? JSON.stringify(s) : s);

function task(rand, i, year, agencies, extra = []) {
  const title = `${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, PLACES)}`;
  const lead = pick(rand, agencies)[1];
  const co = pick(rand, agencies)[1];
  const lines = [
    ...(rand() < 0.15 ? [`  ${pick(rand, COMMENTS)}`] : []),
    `  - id: nhiem-vu-${i + 1}`,
    `    title: ${yamlString(title)}`,
    `    lead: ${yamlString(lead)}`,
    ...(co !== lead ? [`    coordinators: [${yamlString(co)}]`] : []),
    `    timeframe: ${yamlString(pick(rand, TIMEFRAMES).replace('{y}', String(year)))}`,
    ...(rand() < 0.4 ? [`    outputs: [${yamlString(pick(rand, OUTPUTS))}]`] : []),
    ...extra,
  ];
  return lines.join('\n');
}

function registry(id, entries, level) {
  const lines = ['kind: registry', `id: ${id}`, 'agencies:'];
  for (const [aid, name, kind] of entries) {
    lines.push(`  - id: ${aid}`, `    name: ${yamlString(name)}`);
    // Plans call their own committee by its short names, as the seeds do.
    if (kind === 'people-committee') lines.push('    short: UBND tỉnh', '    aliases: [Ủy ban nhân dân tỉnh]');
    lines.push(`    kind: ${kind}`, `    level: ${level}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The lines of a province plan before its tasks (issuer, number, title, report path). */
function provinceHead(province, year, number, date) {
  return [
    'kind: plan',
    'registry: ./agencies.yaml',
    'issuer:',
    `  name: Ủy ban nhân dân tỉnh ${province}`,
    '  level: province',
    `number: ${number}`,
    `date: ${date}`,
    `year: ${year}`,
    `title: Thông tin, tuyên truyền cải cách hành chính năm ${year} trên địa bàn tỉnh ${province}`,
    'reporting:',
    '  - to: Ủy ban nhân dân tỉnh',
    '    via: Sở Nội vụ',
    `    due: trước ngày 25/11/${year}`,
    'tasks:',
  ];
}

/** One plan with `tasks` tasks, its agency registry next to it (`agencies.yaml`). */
export function planWithTasks(tasks, { seed = 1, year = 2026, province = 'Tây Ninh' } = {}) {
  const rand = prng(seed);
  const head = ['# Kế hoạch sinh tự động cho phép đo hiệu năng (bench/src/generate.mjs).', ...provinceHead(province, year, '07/KH-UBND', `15/01/${year}`)];
  const body = [];
  for (let i = 0; i < tasks; i++) body.push(task(rand, i, year, PROVINCE_AGENCIES));
  return {
    plan: `${head.join('\n')}\n${body.join('\n')}\n`,
    registry: registry('tinh', [['ubnd-tinh', `Ủy ban nhân dân tỉnh ${province}`, 'people-committee'], ...PROVINCE_AGENCIES], 'province'),
  };
}

const slug = (s) =>
  stripMarks(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The whole country under `dir`: <province>/tinh.kehoach.yaml + agencies.yaml, and
 * <province>/xa-NNN/ke-hoach.kehoach.yaml for each commune, implementing the province's
 * tasks assigned to communes. Returns the file count and total bytes.
 */
export function writeCountry(dir, { seed = 7, year = 2026, provinceTasks = 40, communeTasks = 25, communes = COMMUNES } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'kehoach.config.yaml'), '# Cấu hình chung cho bộ kế hoạch toàn quốc sinh tự động.\nlocale: vi\n');
  const rand = prng(seed);
  let files = 1;
  let bytes = 0;
  const write = (path, text) => {
    writeFileSync(path, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  const perProvince = PROVINCES.map((_, i) => Math.floor(communes / PROVINCES.length) + (i < communes % PROVINCES.length ? 1 : 0));
  for (const [p, province] of PROVINCES.entries()) {
    const pdir = join(dir, slug(province));
    mkdirSync(pdir);
    const collective = ['ubnd-cac-xa', 'UBND các xã, phường', 'collective'];
    write(join(pdir, 'agencies.yaml'), registry(`tinh-${slug(province)}`, [['ubnd-tinh', `Ủy ban nhân dân tỉnh ${province}`, 'people-committee'], ...PROVINCE_AGENCIES], 'province').replace(/\n$/, `\n  - id: ${collective[0]}\n    name: ${JSON.stringify(collective[1])}\n    kind: collective\n    level: commune\n`));
    // Every fifth province task is for the communes: each commune plan must implement it.
    const assigned = [];
    const ptasks = [];
    for (let i = 0; i < provinceTasks; i++) {
      if (i % 5 === 0) {
        assigned.push(`nhiem-vu-${i + 1}`);
        ptasks.push(task(rand, i, year, [collective]));
      } else ptasks.push(task(rand, i, year, PROVINCE_AGENCIES));
    }
    write(
      join(pdir, 'tinh.kehoach.yaml'),
      [...provinceHead(province, year, `${10 + p}/KH-UBND`, `10/01/${year}`), ...ptasks, ''].join('\n'),
    );
    for (let c = 0; c < perProvince[p]; c++) {
      const name = `Xã ${province} ${c + 1}`;
      const cdir = join(pdir, `xa-${String(c + 1).padStart(3, '0')}`);
      mkdirSync(cdir);
      const ctasks = [];
      for (let i = 0; i < communeTasks; i++) {
        const implementsId = assigned[i];
        ctasks.push(task(rand, i, year, COMMUNE_AGENCIES, implementsId ? [`    implements: ${implementsId}`] : []));
      }
      write(
        join(cdir, 'ke-hoach.kehoach.yaml'),
        [
          'kind: plan',
          '# Danh mục của tỉnh (cơ quan nhận báo cáo) và các cơ quan của xã.',
          'registry: ../agencies.yaml',
          'agencies:',
          ...COMMUNE_AGENCIES.flatMap(([id, aname, kind]) => [`  - id: ${id}`, `    name: ${yamlString(aname)}`, `    kind: ${kind}`, '    level: commune']),
          'issuer:',
          `  name: Ủy ban nhân dân ${name.replace('Xã', 'xã')}`,
          `  parent: UBND tỉnh ${province}`,
          '  level: commune',
          `year: ${year}`,
          `title: Tuyên truyền cải cách hành chính năm ${year}`,
          'parent:',
          `  ref: ${10 + p}/KH-UBND`,
          '  path: ../tinh.kehoach.yaml',
          'reporting:',
          '  - to: Ủy ban nhân dân tỉnh',
          '    via: Sở Nội vụ',
          `    due: trước ngày 20/11/${year}`,
          'tasks:',
          ...ctasks,
          '',
        ].join('\n'),
      );
    }
  }
  return { files, bytes };
}

const GROUPS = [
  'Về công tác chỉ đạo, điều hành', 'Về cải cách thể chế', 'Về cải cách thủ tục hành chính', 'Về cải cách tổ chức bộ máy',
  'Về cải cách chế độ công vụ', 'Về cải cách tài chính công', 'Về xây dựng chính quyền điện tử, chính quyền số', 'Về thông tin, tuyên truyền',
];

/**
 * A plan shaped as offices write them, for the import and render size benchmarks: legal
 * bases, "MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ, GIẢI PHÁP" in groups ("1. Về ...") of tasks, each
 * with its lead, coordinators and time (rendered as "- Cơ quan chủ trì: ...", "- Cơ quan
 * phối hợp: ...", "- Thời gian thực hiện: ..." lines), "TỔ CHỨC THỰC HIỆN" with a report
 * path, and an appendix whose task table has `appendixRows` rows in groups of 20.
 * Rendered to DOCX it is the input of `kehoach import` at size.
 */
export function sectionedPlan({ groups = 8, tasksPerGroup = 10, appendixRows = 40, seed = 5, year = 2026, province = 'Tây Ninh' } = {}) {
  const rand = prng(seed);
  const agencies = PROVINCE_AGENCIES;
  const lines = [
    '# Kế hoạch sinh tự động cho phép đo nhập và kết xuất ở quy mô lớn (bench/src/generate.mjs).',
    'kind: plan',
    'registry: ./agencies.yaml',
    'issuer:',
    `  name: Ủy ban nhân dân tỉnh ${province}`,
    '  level: province',
    'number: 07/KH-UBND',
    `place: ${province}`,
    `date: 15/01/${year}`,
    `year: ${year}`,
    `title: Cải cách hành chính năm ${year} trên địa bàn tỉnh ${province}`,
    'legalBases:',
    '  - Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
    '  - Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước;',
    `preamble: ${yamlString(`Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính năm ${year} như sau:`)}`,
    'sections:',
    '  - heading: MỤC ĐÍCH, YÊU CẦU',
    '    items:',
    '      - Triển khai đồng bộ, hiệu quả các nhiệm vụ cải cách hành chính, gắn với trách nhiệm của người đứng đầu.',
    '      - Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn vị.',
    '  - heading: NHIỆM VỤ, GIẢI PHÁP',
    '    items:',
  ];
  let n = 0;
  const taskLines = (indent, fields) => {
    const [title, lead, co, timeframe, output] = fields;
    const out = [`${indent}- id: nhiem-vu-${++n}`, `${indent}  title: ${yamlString(title)}`, `${indent}  lead: ${yamlString(lead)}`];
    if (co !== lead) out.push(`${indent}  coordinators: [${yamlString(co)}]`);
    out.push(`${indent}  timeframe: ${yamlString(timeframe)}`);
    if (output) out.push(`${indent}  outputs: [${yamlString(output)}]`);
    return out;
  };
  const fields = () => [
    `${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, PLACES)}.`,
    pick(rand, agencies)[1],
    pick(rand, agencies)[1],
    pick(rand, TIMEFRAMES).replace('{y}', String(year)),
    rand() < 0.3 ? pick(rand, OUTPUTS) : undefined,
  ];
  for (let g = 0; g < groups; g++) {
    lines.push(`      - id: nhom-${g + 1}`, `        title: ${yamlString(`${GROUPS[g % GROUPS.length]}${g >= GROUPS.length ? ` (phần ${Math.floor(g / GROUPS.length) + 1})` : ''}`)}`, '        items:');
    for (let t = 0; t < tasksPerGroup; t++) lines.push(...taskLines('          ', fields()));
  }
  lines.push(
    '  - heading: TỔ CHỨC THỰC HIỆN',
    '    items:',
    '      - Sở Nội vụ là cơ quan đầu mối, theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch.',
    '      - reporting:',
    '          from: Các sở, ban, ngành tỉnh',
    '          to: Ủy ban nhân dân tỉnh',
    '          via: Sở Nội vụ',
    `          due: trước ngày 25/11/${year}`,
    `          text: Các sở, ban, ngành tỉnh báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 25/11/${year}.`,
  );
  if (appendixRows > 0) {
    lines.push(
      'appendices:',
      '  - label: PHỤ LỤC',
      '    title: DANH MỤC NHIỆM VỤ TRỌNG TÂM',
      '    items:',
      '      - table:',
      '          columns:',
      '            - { field: order, header: STT }',
      '            - { field: title, header: Nhiệm vụ }',
      '            - { field: lead, header: Cơ quan chủ trì }',
      '            - { field: coordinators, header: Cơ quan phối hợp }',
      '            - { field: timeframe, header: Thời gian hoàn thành }',
      '          rows:',
    );
    for (let r = 0; r < appendixRows; r++) {
      if (r % 20 === 0) lines.push(`            - heading: ${yamlString(GROUPS[(r / 20) % GROUPS.length].replace(/^Về /u, '').toUpperCase())}`, '              items:');
      const [title, lead, co, timeframe] = fields();
      lines.push(...taskLines('                ', [title, lead, co, timeframe]));
    }
  }
  lines.push(
    'recipients:',
    '  - Văn phòng Chính phủ (b/c)',
    '  - CT, các PCT UBND tỉnh',
    '  - Các sở, ban, ngành tỉnh',
    'archive: [VT, NC]',
    'signature:',
    '  chain:',
    '    - { authority: TM, for: Ủy ban nhân dân }',
    '    - { authority: KT, for: Chủ tịch }',
    '  capacity: Phó Chủ tịch',
    '  name: Nguyễn Văn An',
  );
  return {
    plan: `${lines.join('\n')}\n`,
    // "Các sở, ban, ngành tỉnh", who report, as a group of every agency of the province.
    registry: `${registry('tinh', [['ubnd-tinh', `Ủy ban nhân dân tỉnh ${province}`, 'people-committee'], ...PROVINCE_AGENCIES], 'province')}  - id: cac-so-ban-nganh\n    name: "Các sở, ban, ngành tỉnh"\n    kind: collective\n    level: province\n    memberKinds: [department, office, unit]\n`,
    tasks: n,
  };
}
