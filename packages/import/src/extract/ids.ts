import { stripMarks } from '@kehoach/core';

const STOP = new Set(['cac', 'cua', 'va', 've', 'tren', 'cho', 'trong', 'voi', 'theo', 'nhung', 'mot']);

/** "Tổ chức Hội thi tuyên truyền về Chuyển đổi số" -> "to-chuc-hoi-thi-tuyen-truyen". */
export function slug(text: string, maxWords = 6): string {
  const words = stripMarks(text)
    .toLowerCase()
    .replace(/&/g, ' va ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  const kept = words.filter((w) => !STOP.has(w));
  const chosen = (kept.length ? kept : words).slice(0, maxWords);
  return chosen.join('-') || 'muc';
}

/** Hands out ids unique within one plan ("tap-huan", "tap-huan-2"). */
export class IdPool {
  private readonly taken = new Set<string>();

  take(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
