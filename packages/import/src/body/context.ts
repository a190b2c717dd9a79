import { stripMarks } from '@kehoach/core';
import type { Draft } from '../draft.js';
import { slug, type IdPool } from '../extract/ids.js';

/** What a roman section is about, from its heading ("MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"...). */
export type SectionKind = 'purpose' | 'targets' | 'scope' | 'tasks' | 'duties' | 'reporting' | 'budget' | 'timeframe' | 'other';

export function key(s: string): string {
  return stripMarks(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function sectionKind(heading: string): SectionKind {
  const k = key(heading);
  if (/^(?:to chuc thuc hien|trach nhiem|phan cong)/.test(k)) return 'duties';
  if (/^(?:che do )?bao cao/.test(k)) return 'reporting';
  if (/^(?:kinh phi|nguon (?:kinh phi|von))/.test(k)) return 'budget';
  if (/^thoi gian/.test(k)) return 'timeframe';
  if (/muc dich|yeu cau|quan diem/.test(k) && !/muc tieu/.test(k)) return 'purpose';
  if (/muc tieu|chi tieu/.test(k)) return 'targets';
  if (/^(?:doi tuong|pham vi)/.test(k)) return 'scope';
  if (/nhiem vu|giai phap|noi dung|hoat dong|hinh thuc/.test(k)) return 'tasks';
  return 'other';
}

/** Where an item is read: its section, whether figures there are targets, and the lead of the duty group around it. */
export interface Ctx {
  draft: Draft;
  ids: IdPool;
  section: SectionKind;
  /** Points with a figure are targets ("II. MỤC TIÊU", "1. Chỉ tiêu"). */
  targets: boolean;
  /** Agencies may be given work here (not in "Mục đích", "Đối tượng", "Mục tiêu"). */
  assign: boolean;
  /** Inside a duty group: the points are tasks of this lead. */
  lead?: string[];
  /** Inside a task: points are its content, never tasks of their own. */
  inTask: boolean;
  year?: number;
}

export function sectionCtx(base: Omit<Ctx, 'section' | 'targets' | 'assign' | 'inTask'>, heading: string): Ctx {
  const section = sectionKind(heading);
  return { ...base, section, targets: section === 'targets', assign: !['purpose', 'targets', 'scope'].includes(section), inTask: false };
}

/** A sub-heading can switch figures to targets ("1. Mục tiêu cụ thể", "6. Chỉ tiêu chủ yếu") or off ("1. Mục tiêu chung"). */
export function subCtx(ctx: Ctx, heading: string): Ctx {
  const k = key(heading);
  if (k.split(' ').length > 12) return ctx;
  if (/^(?:trach nhiem|to chuc thuc hien|phan cong)/.test(k)) return { ...ctx, section: 'duties', assign: true, targets: false };
  if (/^(?:muc tieu chung|muc tieu tong quat|quan diem|muc dich|yeu cau)/.test(k)) return { ...ctx, targets: false };
  if (/^(?:chi tieu|muc tieu)/.test(k)) return { ...ctx, targets: true };
  return ctx;
}

export function newId(ctx: Ctx, text: string, words = 6): string {
  return ctx.ids.take(slug(text || 'nhiem-vu', words));
}
