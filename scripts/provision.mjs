// The system tools `pnpm test` drives for real, from Debian: found, installed with apt-get
// (as root, or through `sudo -n`), or named in the one command to run. Used by
// scripts/test.mjs before anything else runs, so no test starts a tool half installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * What each tool is for, how to tell it is there, and the Debian package that brings it.
 * Liberation fonts are metric-compatible with Times New Roman (the rendered pages are
 * measured); libkrb5-dev, g++, make and python3 build code-server's native modules.
 */
export const TOOLS = [
  { pkg: 'neovim', why: 'Neovim (LSP client test)', present: () => onPath('nvim') },
  { pkg: 'libreoffice-writer', why: 'LibreOffice Writer (rendered documents as PDF)', present: () => onPath('soffice') },
  { pkg: 'libreoffice-calc', why: 'LibreOffice Calc (roll-up workbooks, read back as CSV)', present: () => existsSync('/usr/lib/libreoffice/program/libsclo.so') },
  { pkg: 'poppler-utils', why: 'poppler (pdftotext, pdftoppm)', present: () => onPath('pdftotext') && onPath('pdftoppm') },
  {
    pkg: 'fonts-liberation2',
    why: 'Liberation fonts (Times New Roman metrics)',
    present: () => ['/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf'].some((f) => existsSync(f)),
  },
  { pkg: 'chromium', why: 'Chromium (VS Code extension in code-server and VS Code for the Web)', present: () => onPath('chromium') || onPath('chromium-browser') },
  { pkg: 'libkrb5-dev', why: 'Kerberos headers (a native module of code-server)', present: () => existsSync('/usr/include/krb5.h') || existsSync('/usr/include/krb5/krb5.h') },
  { pkg: 'g++', why: 'C++ compiler (native modules of code-server)', present: () => onPath('g++') },
  { pkg: 'make', why: 'make (native modules of code-server)', present: () => onPath('make') },
  { pkg: 'python3', why: 'Python 3 (node-gyp)', present: () => onPath('python3') },
];

function onPath(cmd) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, cmd)));
}

function quiet(cmd, args) {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

/** The apt-get command line for `pkgs`, as the user would type it. */
export function installCommand(pkgs, sudo) {
  return `${sudo ? 'sudo ' : ''}apt-get update && ${sudo ? 'sudo ' : ''}apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;
}

/**
 * Make sure every tool is there. Returns { ok: true } when they all are (after installing
 * what was missing), or { ok: false, command } with the one command the user must run.
 * `log` gets one line per step, Vietnamese first.
 */
export function provision(log = console.log, tools = TOOLS) {
  if (process.env.KEHOACH_SKIP_PROVISION === '1') return { ok: true, installed: [] };
  const missing = tools.filter((t) => !t.present());
  if (missing.length === 0) return { ok: true, installed: [] };
  const pkgs = missing.map((t) => t.pkg);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = onPath('apt-get');
  const sudo = !root && hasApt && onPath('sudo') && quiet('sudo', ['-n', 'true']);
  log(`Thiếu công cụ hệ thống cho các bài kiểm tra / missing system tools: ${missing.map((t) => `${t.pkg} (${t.why})`).join(', ')}`);
  if (!hasApt || (!root && !sudo)) return { ok: false, command: hasApt ? installCommand(pkgs, !root) : `apt-get install -y --no-install-recommends ${pkgs.join(' ')}` };

  log(`Đang cài bằng apt-get / installing with apt-get: ${pkgs.join(' ')}`);
  const pre = sudo ? ['sudo', '-n'] : [];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => {
    const cmd = [...pre, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', '-o', 'DPkg::Lock::Timeout=600', ...args];
    const r = spawnSync(cmd[0], cmd.slice(1), { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { ok: r.status === 0, tail: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n') };
  };
  apt(['update', '-qq']);
  const install = apt(['install', '-y', '-qq', '--no-install-recommends', ...pkgs]);
  const still = tools.filter((t) => !t.present());
  if (!install.ok || still.length > 0) {
    if (install.tail) log(install.tail);
    return { ok: false, command: installCommand(still.length ? still.map((t) => t.pkg) : pkgs, !root) };
  }
  log(`Đã cài / installed: ${pkgs.join(' ')}`);
  return { ok: true, installed: pkgs };
}
