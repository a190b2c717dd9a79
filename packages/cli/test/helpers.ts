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

export const AGENCIES = `kind: registry
id: binh-son
agencies:
  - id: ubnd-huyen
    name: Ủy ban nhân dân huyện Bình Sơn
    short: UBND huyện
    kind: people-committee
    level: district
  - id: phong-noi-vu
    name: Phòng Nội vụ
    kind: department
    level: district
  - id: phong-vhtt
    name: Phòng Văn hóa và Thông tin
    short: Phòng VH&TT
    kind: department
    level: district
  - id: cac-co-quan-lien-quan
    name: Các cơ quan, đơn vị liên quan
    kind: collective
    level: district
`;
