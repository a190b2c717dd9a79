import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import type { MainOptions } from '../src/io.js';
import { main } from '../src/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process, as the bin would, with captured streams. */
export async function run(argv: string[], cwd: string, opts: { tty?: boolean; env?: Record<string, string>; options?: MainOptions } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      cwd,
      isTTY: { stdout: opts.tty ?? false, stderr: opts.tty ?? false },
      env: { NO_COLOR: '1', ...opts.env },
    },
    opts.options,
  );
  return { code, stdout, stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary workspace (with a .git folder, so it is its own root) holding `files`. */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'kehoach-cli-'));
  made.push(root);
  mkdirSync(join(root, '.git'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return root;
}

/** A small valid district plan, in the words of the Bình Sơn seed. */
export const PLAN = `kind: plan
registry: ./agencies.yaml
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
number: 84/KH-UBND
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
tasks:
  # Tập huấn là việc đầu tiên.
  - id: tap-huan-cchc
    title: Tổ chức các lớp tập huấn, bồi dưỡng về công tác cải cách hành chính
    lead: Phòng Nội vụ
    coordinators: Các cơ quan, đơn vị liên quan
    timeframe: Trong năm 2024
`;

/** Agencies of the Bình Sơn district seed, as registry entries (YAML lines under `agencies:`). */
const BINH_SON: Record<string, string> = {
  'ubnd-huyen': 'name: Ủy ban nhân dân huyện Bình Sơn\n    short: UBND huyện\n    kind: people-committee\n    level: district',
  'phong-noi-vu': 'name: Phòng Nội vụ\n    kind: department\n    level: district',
  'phong-tu-phap': 'name: Phòng Tư pháp\n    kind: department\n    level: district',
  'phong-vhtt': 'name: Phòng Văn hóa và Thông tin\n    short: Phòng VH&TT\n    kind: department\n    level: district',
  'phong-kt': 'name: Phòng Kinh tế\n    kind: department\n    level: district',
  'phong-kthtdt': 'name: Phòng Kinh tế, Hạ tầng và Đô thị\n    kind: department\n    level: district',
  'trung-tam-tt-vh-tt': 'name: Trung tâm Truyền thông - Văn hóa - Thể thao\n    kind: unit\n    level: district',
  'ubnd-cac-xa': 'name: UBND các xã, thị trấn\n    kind: collective\n    level: commune',
  'cac-co-quan-lien-quan': 'name: Các cơ quan, đơn vị liên quan\n    kind: collective\n    level: district',
};

/** A registry file of the Bình Sơn agencies `ids`, in that order. */
export function registry(ids: readonly string[], id?: string): string {
  const entries = ids.map((a) => {
    const body = BINH_SON[a];
    if (!body) throw new Error(`no agency ${a} in the test registry`);
    return `  - id: ${a}\n    ${body}\n`;
  });
  return `kind: registry\n${id ? `id: ${id}\n` : ''}agencies:\n${entries.join('')}`;
}

export const AGENCIES = registry(['ubnd-huyen', 'phong-noi-vu', 'phong-vhtt', 'cac-co-quan-lien-quan'], 'binh-son');
