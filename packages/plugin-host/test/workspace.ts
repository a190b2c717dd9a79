import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProjectHost } from '@kehoach/core';

export const WORKER_URL = new URL('../dist/worker.js', import.meta.url);

/** The isolate runs the built worker: fail with the command to run, not with a cryptic error. */
export function requireBuiltWorker(): void {
  if (!existsSync(fileURLToPath(WORKER_URL))) {
    throw new Error('packages/plugin-host/dist/worker.js is missing: run `pnpm --filter @kehoach/plugin-host build` (or `npx tsup` in packages/plugin-host) first');
  }
}

/** A real folder on disk with the given files; removed by `dispose`. */
export function workspace(files: Record<string, string>): { root: string; host: ProjectHost; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'kehoach-plugin-')).replace(/\\/g, '/');
  for (const [rel, text] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  const host: ProjectHost = {
    root,
    readFile: (path) => readFile(path, 'utf8').catch(() => undefined),
  };
  return { root, host, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

export const AGENCIES = `kind: registry
agencies:
  - { id: ubnd-huyen, name: Ủy ban nhân dân huyện Bình Sơn, short: UBND huyện, kind: people-committee, level: district }
  - { id: phong-vhtt, name: Phòng Văn hóa và Thông tin, short: Phòng VH&TT, kind: department, level: district }
  - { id: ubnd-cac-xa, name: UBND các xã, thị trấn, kind: collective, level: commune }
`;

export const PLAN = `kind: plan
registry: ./agencies.yaml
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024
tasks:
  - id: hoi-thi
    title: Tổ chức Hội thi tuyên truyền về Chuyển đổi số gắn với cải cách hành chính
    lead: Phòng Văn hoá và Thông tin
    timeframe: Trong Quý II năm 2024
reporting:
  - to: UBND huyện
    via: Phòng Văn hóa và Thông tin
    due: trước ngày 25/11/2024
`;

/** A plugin as plain JavaScript (no import of core: defineRule is only for types). */
export const LOCAL_PLUGIN = `
const meta = (id, messages) => ({
  id,
  severity: 'error',
  description: { vi: 'Quy tắc thử', en: 'Test rule' },
  messages,
});
export default {
  name: 'dia-phuong',
  rules: {
    'vong-lap': { meta: meta('vong-lap', { x: { vi: 'x', en: 'x' } }), check() { for (;;) {} } },
    'nem-loi': { meta: meta('nem-loi', { x: { vi: 'x', en: 'x' } }), check(ctx) { return ctx.plan.khongCo.lead; } },
    'it-nhiem-vu': {
      meta: meta('it-nhiem-vu', { few: { vi: 'Kế hoạch chỉ có {count} nhiệm vụ', en: 'The plan has only {count} tasks' } }),
      check(ctx) {
        const count = (ctx.plan.tasks ?? []).length;
        if (count < 2) ctx.report({ messageId: 'few', data: { count }, at: { node: ctx.plan, key: 'tasks', part: 'key' } });
      },
    },
  },
};
`;
