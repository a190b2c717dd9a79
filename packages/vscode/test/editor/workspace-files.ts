import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryHost, Project } from '@kehoach/core';
import { EXAMPLES_DIR } from './tools.js';

const invalid = (name: string): string => readFileSync(join(EXAMPLES_DIR, 'invalid', name), 'utf8');

/** A plan of the Bình Sơn 2024 seed with an unknown agency ("Phòng Tư phap") to fix. */
export const TYPO_PLAN = `kind: plan
issuer:
  name: Ủy ban nhân dân huyện Bình Sơn
  level: district
year: 2024
title: Tuyên truyền cải cách hành chính năm 2024 trên địa bàn huyện Bình Sơn
reporting:
  - to: UBND huyện
    via: Phòng VH&TT
    due: trước ngày 25/11/2024
tasks:
  - id: hoi-thi-chuyen-doi-so
    title: Tổ chức Hội thi tuyên truyền về Chuyển đổi số gắn với cải cách hành chính
    lead: Phòng Nội vụ
    timeframe: Trong Quý II năm 2024
  - id: pho-bien-phap-luat
    title: Phổ biến pháp luật về cải cách hành chính
    lead: Phòng Tư phap
    timeframe: Trong năm 2024
`;

/** The workspace the editor tests open: examples/invalid's registry and config, two plans. */
export function editorWorkspace(): Record<string, string> {
  return {
    'agencies.yaml': invalid('agencies.yaml'),
    'kehoach.config.yaml': invalid('kehoach.config.yaml'),
    'task-lead-required.kehoach.yaml': invalid('task-lead-required.kehoach.yaml'),
    'bien-soan.kehoach.yaml': TYPO_PLAN,
    'templates/huyen.template.yaml': invalid('templates/huyen.template.yaml'),
    'template-parameter-override.kehoach.yaml': invalid('template-parameter-override.kehoach.yaml'),
  };
}

/** What kehoach itself reports for a workspace file: the messages the editor must show. */
export async function expectedDiagnostics(name: string): Promise<Array<{ rule: string; vi: string; en: string; line: number }>> {
  const files = editorWorkspace();
  const host = new MemoryHost(Object.fromEntries(Object.entries(files).map(([k, v]) => [`/ws/${k}`, v])), '/ws');
  const result = await new Project(host).check(`/ws/${name}`);
  return (result?.diagnostics ?? []).map((d) => ({ rule: d.ruleId, vi: d.message.vi, en: d.message.en, line: d.range.start.line + 1 }));
}
