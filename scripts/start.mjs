#!/usr/bin/env node
// The README's first command after `pnpm install`: build the CLI, the language server and
// the VS Code extension, check and render every example plan into out/, put the .vsix
// beside them, and put `kehoach` and `kehoach-lsp` on the PATH (scripts/link-bins.mjs).
// Ends with what was made and the one command that installs the extension.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globalBinDir, linkBins, onPath } from './link-bins.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'out');
const cli = join(root, 'packages/cli/dist/bin.js');

function step(what, cmd, args) {
  console.log(`\n▶ ${what}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) {
    console.error(`✖ ${what}: không thành công / failed (${r.error ? r.error.message : `exit ${r.status}`}).`);
    process.exit(r.status || 1);
  }
}

step('Dựng gói / building the CLI, the language server and the VS Code extension', 'pnpm', [
  'exec', 'turbo', 'run', 'build', '--filter=@kehoach/cli...', '--filter=@kehoach/lsp...', '--filter=kehoach...', '--output-logs=errors-only',
]);
step('Kiểm tra kế hoạch mẫu / checking the example plans', process.execPath, [cli, 'validate', 'examples']);
step('Kết xuất văn bản / rendering the documents', process.execPath, [cli, 'render', 'examples', '--out-dir', 'out']);
step('Xuất lịch hạn / exporting the deadline calendars', process.execPath, [cli, 'calendar', 'examples', '--out-dir', 'out']);
step('Tổng hợp báo cáo / rolling up the example province over its communes', process.execPath, [
  cli, 'rollup', 'examples/2026/tinh-binh-minh/ke-hoach-mot-cua-so-2026.kehoach.yaml', '--out-dir', 'out/2026/tinh-binh-minh',
]);

// The extension: built into packages/vscode/artifacts, copied next to the documents.
const vscodePkg = JSON.parse(readFileSync(join(root, 'packages/vscode/package.json'), 'utf8'));
const vsixName = `${vscodePkg.name}-${vscodePkg.version}.vsix`;
const built = join(root, 'packages/vscode/artifacts', vsixName);
if (!existsSync(built)) {
  console.error(`✖ Không thấy ${relative(root, built)} sau khi dựng / not found after the build.`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
copyFileSync(built, join(out, vsixName));

console.log('\n▶ Đưa kehoach, kehoach-lsp vào PATH / putting kehoach and kehoach-lsp on the PATH');
const bin = globalBinDir();
const fallback = join(out, 'bin');
let results = bin ? linkBins(root, bin) : [];
let pathHint;
if (!bin || results.some((r) => r.status === 'failed')) {
  // No writable npm global folder: shims in out/bin, and the line that adds it to the PATH.
  results = linkBins(root, fallback);
  pathHint = `export PATH="${fallback}:$PATH"`;
} else if (!onPath(bin)) pathHint = `export PATH="${bin}:$PATH"`;
for (const r of results) {
  if (r.status === 'linked') console.log(`  ${r.name}: ${r.path}`);
  else if (r.status === 'kept-other') console.log(`  ${r.name}: ${r.path} đã là một lệnh khác, không ghi đè / is another command, left alone`);
  else console.log(`  ${r.name}: không ghi được / could not write ${r.path}: ${r.reason}`);
}
if (pathHint) console.log(`  Thêm vào PATH / add to the PATH:  ${pathHint}`);

console.log(`
Xong / done.
  Văn bản và lịch hạn / documents and calendars: out/ (kehoach render, kehoach calendar)
  Tổng hợp / roll-up: out/2026/tinh-binh-minh/ke-hoach-mot-cua-so-2026.tong-hop/index.html (kehoach rollup)
  Lệnh / commands: kehoach --help, kehoach-lsp --stdio (máy chủ ngôn ngữ cho trình soạn thảo)
  Tiện ích VS Code / the VS Code extension: out/${vsixName}; cài bằng / install it with:
    code --install-extension out/${vsixName}`);
