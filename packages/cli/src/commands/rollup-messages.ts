import { fill, type Locale, type MessageData } from '@kehoach/core';

/** The words of `kehoach rollup`, Vietnamese first. */
const MESSAGES = {
  help: {
    vi: `Cách dùng: kehoach rollup <kế hoạch|thư mục...> [tùy chọn]

Tổng hợp việc thực hiện một kế hoạch từ các kế hoạch cấp dưới (parent) và các báo cáo
(*.baocao.yaml) trong thư mục: nhiệm vụ nào đã được cụ thể hóa ở đâu, nơi nào chưa có kế
hoạch, báo cáo nào thiếu hay muộn, tình trạng từng nhiệm vụ ở từng nơi, số liệu cộng dồn
khi cùng đơn vị tính. Một thư mục: tổng hợp mọi kế hoạch không có kế hoạch cấp trên trong
đó (ví dụ mọi tỉnh), mỗi kế hoạch trong thư mục của nó, song song.

Kết quả là một thư mục <tên-kế-hoạch>.tong-hop/ gồm: index.html (bảng điều khiển: bảng
sắp xếp, lọc được, bản đồ nhiệm vụ theo nơi thực hiện, mốc thời gian, biểu đồ; mở được
không cần mạng), các tệp CSV, tong-hop.xlsx, tong-hop.json và bản nháp báo cáo tổng hợp
theo Nghị định 30/2020/NĐ-CP của kỳ mới nhất (bao-cao-tong-hop-<kỳ>.docx).

Tùy chọn:
  --in THƯ-MỤC               Thư mục tìm kế hoạch cấp dưới và báo cáo (mặc định: thư mục
                             chứa kế hoạch, kể cả thư mục con)
  --period KỲ                Chỉ tổng hợp một kỳ: "Quý I/2026", "Tháng 3/2026",
                             "6 tháng đầu năm 2026", "Năm 2026" (mặc định: mọi kỳ có báo cáo)
  --out-dir THƯ-MỤC          Ghi vào thư mục này (mặc định: cạnh tệp kế hoạch)
  -f, --format DANH-SÁCH     Các định dạng, cách nhau bởi dấu phẩy: html,csv,xlsx,json,docx
                             (mặc định: tất cả)
  -j, --jobs N               Số luồng làm song song (mặc định: theo số nhân CPU khi nhiều tệp)
  --locale vi|en             Ngôn ngữ thông báo
  --root THƯ-MỤC             Gốc dự án (mặc định: thư mục cha gần nhất có .git)
  -h, --help                 Trợ giúp

Mã thoát: 0 đã tổng hợp, 2 sai cách dùng hoặc lỗi đọc/ghi tệp. Báo cáo thiếu hay muộn
không làm lệnh thất bại: chúng nằm trong bảng tổng hợp.
`,
    en: `Usage: kehoach rollup <plan|folder...> [options]

Rolls up how a plan is carried out, from the lower plans (parent) and the reports
(*.baocao.yaml) in a folder: which lower plans implement each task, which bodies have no
plan, which reports are missing or late, the status of each task in each place, and
figures summed where units agree. A folder: every plan in it without a parent there
(every province, say), each over its own folder, side by side.

Writes a folder <plan-name>.tong-hop/ with index.html (a dashboard: tables to sort and
filter, a coverage map of tasks by implementers, a timeline, charts; no network needed),
CSV files, tong-hop.xlsx, tong-hop.json and the draft synthesised report of the latest
period in the layout of Nghị định 30/2020/NĐ-CP (bao-cao-tong-hop-<period>.docx).

Options:
  --in FOLDER                Folder to search for lower plans and reports (default: the
                             folder holding the plan, sub-folders included)
  --period PERIOD            Roll up one period only: "Quý I/2026", "Tháng 3/2026",
                             "6 tháng đầu năm 2026", "Năm 2026" (default: every period reported)
  --out-dir FOLDER           Write into this folder (default: next to the plan)
  -f, --format LIST          Formats, comma-separated: html,csv,xlsx,json,docx (default: all)
  -j, --jobs N               Threads working side by side (default: by CPU cores for many files)
  --locale vi|en             Message language
  --root FOLDER              Project root (default: nearest parent folder with .git)
  -h, --help                 Help

Exit codes: 0 rolled up, 2 usage or file I/O error. Missing or late reports do not fail
the command: they are in the roll-up.
`,
  },
  missingPlan: {
    vi: 'Hãy nêu kế hoạch cần tổng hợp, ví dụ: kehoach rollup ke-hoach.kehoach.yaml (xem kehoach rollup --help).',
    en: 'Name the plan to roll up, e.g. kehoach rollup ke-hoach.kehoach.yaml (see kehoach rollup --help).',
  },
  notAPlan: { vi: '{path} không phải là tệp kế hoạch (kind: plan).', en: '{path} is not a plan file (kind: plan).' },
  noPlans: { vi: 'Không có kế hoạch nào để tổng hợp trong: {paths}', en: 'No plan to roll up in: {paths}' },
  badPeriod: {
    vi: '--period: không đọc được kỳ "{value}"; ghi như "Quý I/2026", "Tháng 3/2026", "6 tháng đầu năm 2026", "Năm 2026".',
    en: '--period: "{value}" is not a period; write it like "Quý I/2026", "Tháng 3/2026", "6 tháng đầu năm 2026", "Năm 2026".',
  },
  badFormat: {
    vi: '--format: "{value}" không phải định dạng; dùng: {choices}.',
    en: '--format: "{value}" is not a format; use: {choices}.',
  },
  wrote: { vi: 'Đã ghi {dir}/ ({files})', en: 'Wrote {dir}/ ({files})' },
  summary: {
    vi: '{plan}: {bodies} nơi thực hiện ({withPlan} UBND có kế hoạch), {periods}; báo cáo: {onTime} đúng hạn, {late} muộn, {missing} chưa gửi.',
    en: '{plan}: {bodies} implementers ({withPlan} committees with a plan), {periods}; reports: {onTime} on time, {late} late, {missing} missing.',
  },
  noPeriods: { vi: 'chưa có kỳ báo cáo nào', en: 'no reporting period yet' },
  unusable: { vi: 'kehoach: {path}: {message}', en: 'kehoach: {path}: {message}' },
  total: { vi: 'Đã tổng hợp {count} kế hoạch.', en: 'Rolled up {count} plan(s).' },
} as const;

export type RollupMessageId = keyof typeof MESSAGES;

export function rollupText(locale: Locale, id: RollupMessageId, data?: MessageData): string {
  const m = MESSAGES[id];
  return fill(locale === 'en' ? m.en : m.vi, data);
}

export function rollupMessage(id: RollupMessageId): { vi: string; en: string } {
  return MESSAGES[id];
}
