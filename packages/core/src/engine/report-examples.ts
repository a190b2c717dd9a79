/**
 * The plan and report the examples of the report rules use (their docs pages and
 * tests): a province plan whose tasks for the communes report quarterly to a
 * department, and a commune's report for Quý I/2026, in our own words.
 */

/** The province plan, at /work/tinh.kehoach.yaml. */
export const REPORT_PLAN = `kind: plan
issuer:
  name: Ủy ban nhân dân tỉnh Bình Minh
  level: province
number: 45/KH-UBND
date: 20/01/2026
year: 2026
title: Đưa dịch vụ công trực tuyến về gần người dân năm 2026
agencies:
  - id: ubnd-tinh
    name: Ủy ban nhân dân tỉnh Bình Minh
    short: UBND tỉnh
    kind: people-committee
    level: province
  - id: so-khcn
    name: Sở Khoa học và Công nghệ
    kind: department
    level: province
  - id: ubnd-cac-xa
    name: UBND các xã, phường
    kind: collective
    level: commune
sections:
  - heading: NHIỆM VỤ
    items:
      - id: viec-cua-xa
        lead: UBND các xã, phường
        items:
          - id: diem-ho-tro
            title: Mở điểm hỗ trợ nộp hồ sơ trực tuyến tại nhà văn hóa thôn
            timeframe: Trước ngày 01/3/2026
            quantity: { value: 2, unit: điểm, of: điểm hỗ trợ được mở }
          - id: tuyen-truyen
            title: Tuyên truyền về dịch vụ công trực tuyến trên đài truyền thanh xã
            timeframe: Thường xuyên
          - id: tong-ket
            title: Tổng kết việc thực hiện Kế hoạch
            timeframe: Quý IV/2026
      - reporting:
          from: UBND các xã, phường
          to: Sở Khoa học và Công nghệ
          due: trước ngày 18 của tháng cuối quý
`;

export const REPORT_PLAN_FILES = { '/work/tinh.kehoach.yaml': REPORT_PLAN };

/** Where the example reports are checked. */
export const REPORT_PATH = '/work/xa/quy-1.baocao.yaml';

/** A commune's report for Quý I/2026 that every report rule accepts. */
export const REPORT = `kind: report
reporter:
  name: Ủy ban nhân dân xã An Hòa
  level: commune
plan:
  ref: 45/KH-UBND
  path: ../tinh.kehoach.yaml
number: 15/BC-UBND
date: 16/03/2026
period: Quý I/2026
to: Sở Khoa học và Công nghệ
title: Kết quả thực hiện Kế hoạch số 45/KH-UBND quý I năm 2026
results:
  - task: diem-ho-tro
    status: hoàn thành
    completed: 25/02/2026
    figures:
      - { value: 3, unit: điểm, of: điểm hỗ trợ được mở }
    evidence:
      - { ref: 12/QĐ-UBND, date: 05/02/2026, title: Quyết định mở điểm hỗ trợ }
  - task: tuyen-truyen
    status: đang thực hiện
    done: Phát 12 buổi trên đài truyền thanh xã.
`;

/** An example of a report rule: the report (changed), checked beside the plan. */
export function reportExample(code: string): { code: string; files: Record<string, string>; path: string } {
  return { code, files: REPORT_PLAN_FILES, path: REPORT_PATH };
}
