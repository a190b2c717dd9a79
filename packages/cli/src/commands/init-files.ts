import { stripMarks, type AgencyEntry } from '@kehoach/core';

/**
 * The files `kehoach init` writes, as text. Comments speak Vietnamese first: the people
 * who read these files are the office's staff.
 */

/** The VS Code extension's id, publisher.name of packages/vscode/package.json (a test keeps them equal). */
export const EXTENSION_ID = 'kehoach.kehoach';

/** "Ủy ban nhân dân xã An Hòa" -> "ubnd-xa-an-hoa": an id for the office's registry. */
export function officeId(name: string): string {
  const words = stripMarks(name)
    .toLowerCase()
    .replace(/^uy ban nhan dan\b/, 'ubnd')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  return words.join('-') || 'co-quan';
}

export function configText(name: string): string {
  return `# Cấu hình kehoach của ${name} (tạo bởi "kehoach init").
#   root: true      thư mục này là gốc dự án: kehoach không tìm cấu hình ở thư mục cha, và
#                   mọi tệp được kế hoạch trỏ tới phải nằm trong thư mục này (hoặc trong
#                   gói npm dưới node_modules).
#   registry        danh mục cơ quan riêng cho mọi kế hoạch trong thư mục; các cơ quan của
#                   mẫu đến qua "extends:" của từng kế hoạch.
# Có thể thêm: rules (mức của từng quy tắc, xem kehoach explain --list), ignore (thư mục
# bỏ qua khi kiểm tra), locale: en (thông báo tiếng Anh).
#
# kehoach configuration of this office: the project root, and the agency registry of its plans.
root: true
registry: ./agencies.yaml
`;
}

export function registryText(name: string, level: string, upstream: string, agencies: readonly AgencyEntry[]): string {
  const example = level === 'province' ? 'Trung tâm <Tên trung tâm> tỉnh' : 'Trường Tiểu học <Tên trường>';
  const exampleId = level === 'province' ? 'trung-tam' : 'truong-tieu-hoc';
  const width = Math.max(0, ...agencies.map((a) => a.id.length)) + 1;
  const catalogue = agencies.map((a) => `#   ${`${a.id}:`.padEnd(width)} ${oneLine(a.name)}${a.short ? ` (${oneLine(a.short)})` : ''}`);
  return `# Danh mục cơ quan riêng của ${name} (tạo bởi "kehoach init").
#
# Mọi kế hoạch trong thư mục này dùng danh mục này (kehoach.config.yaml: registry) cùng
# các cơ quan của mẫu ${upstream}. Cơ quan của mẫu đến qua "extends:"
# của kế hoạch nên không chép lại ở đây: mẫu ra phiên bản mới thì tên mới đến theo.
#   - Ghi ở đây cơ quan, đơn vị riêng của địa phương (trường học, trạm y tế, thôn, tổ dân
#     phố...) với mã mới: bỏ "[]" sau "agencies:" rồi ghi mỗi cơ quan một mục như ví dụ.
#   - Đổi tên hay bỏ một cơ quan của mẫu thì ghi trong kế hoạch, theo mã:
#     patch: { agencies: { <mã>: { name: ... } } }   hoặc   remove: { agencies: [<mã>] }
#
# The office's own agencies; the template's come through each plan's "extends:".
#
# Cơ quan có sẵn từ mẫu ${upstream} (mã: tên; danh mục hiện hành:
# kehoach resolve <kế hoạch>) / the template's agencies:
${catalogue.join('\n')}
#
# Ví dụ / example:
# agencies:
#   - id: ${exampleId}
#     name: ${example}
#     kind: unit
#     level: ${level}
kind: registry
id: ${officeId(name)}
agencies: []
`;
}

export function extensionsJson(): string {
  return `${JSON.stringify({ recommendations: [EXTENSION_ID] }, null, 2)}\n`;
}

export interface WorkflowInput {
  /** The template package the plans extend (installed in CI when there is no lockfile). */
  template: string;
  templateRange: string;
  cliVersion: string;
  /** The registry @kehoach packages come from, unless the repository variable says another. */
  registry: string;
}

/**
 * GitHub Actions: install kehoach and the template, validate every plan into SARIF,
 * upload it to code scanning (even when validation fails, so the problems show).
 */
export function workflowYaml(w: WorkflowInput): string {
  return `# Kiểm tra mọi kế hoạch ở mỗi lần đẩy và mỗi yêu cầu hợp nhất (tạo bởi "kehoach init").
# Lỗi hiện ở Security > Code scanning và ngay trên dòng của tệp trong yêu cầu hợp nhất.
# Gói @kehoach/* lấy từ registry của tỉnh: đặt biến KEHOACH_REGISTRY của kho
# (Settings > Secrets and variables > Actions > Variables) là địa chỉ mà máy chạy CI tới
# được. Có package-lock.json thì cài đúng các phiên bản trong đó (npm ci).
#
# Checks every plan on each push and pull request; problems show under Security > Code
# scanning. @kehoach/* come from the province registry: set the repository variable
# KEHOACH_REGISTRY to an address the runner can reach.
name: kehoach

on:
  push:
  pull_request:

permissions:
  contents: read
  security-events: write
  actions: read

jobs:
  validate:
    runs-on: ubuntu-latest
    env:
      npm_config_registry: \${{ vars.KEHOACH_REGISTRY || '${w.registry}' }}
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version: 20
      - name: Cài kehoach và gói mẫu / install kehoach and the template
        run: |
          if [ -f package-lock.json ]; then
            npm ci
          else
            npm install --no-save --no-package-lock @kehoach/cli@^${w.cliVersion} ${w.template}@${w.templateRange}
          fi
      - name: kehoach validate
        run: npx --no-install kehoach validate --format sarif -o kehoach.sarif
      - name: Tải kết quả lên GitHub / upload the SARIF
        if: \${{ !cancelled() && hashFiles('kehoach.sarif') != '' }}
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: kehoach.sarif
          category: kehoach
`;
}

/** A value on one comment line: line breaks, control and bidi characters dropped. */
function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
