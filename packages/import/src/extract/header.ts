import { parseLegalRef, type Level } from '@kehoach/core';
import type { Block } from '../clean/block.js';
import type { Draft } from '../draft.js';

const NATIONAL = /^(?:CỘNG\s+HÒA|CỘNG\s+HOÀ|ĐỘC\s+LẬP|Độc lập\s*-\s*Tự do)/iu;
const NUMBER_RE = /^Số\s*:?\s*(.*)$/iu;
const PLACE_DATE_RE = /^(.+?),\s*ngày\s+([\d.…]{1,4})\s+tháng\s+([\d.…]{1,4})\s+năm\s+(\d{4})/iu;
const LEVEL_WORD = /^(?:TỈNH|HUYỆN|XÃ|PHƯỜNG|THỊ TRẤN|THÀNH PHỐ|THỊ XÃ|QUẬN|ĐẶC KHU)(?:\s|$)/u;

function isCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** "ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN" -> "Ủy ban nhân dân huyện Bình Sơn": place names keep capitals. */
export function sentenceCase(caps: string): string {
  const lower = caps.toLocaleLowerCase('vi');
  const m = /^(.*?(?<!\p{L}))(tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã|quận|đặc khu)(\s+)(.+)$/u.exec(lower);
  const cap = (s: string): string => s.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toLocaleUpperCase('vi'));
  const first = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
  const fixed = (s: string): string => s.replace(/(?<!\p{L})ubnd(?!\p{L})/gu, 'UBND').replace(/(?<!\p{L})hđnd(?!\p{L})/gu, 'HĐND').replace(/chủ tịch/gu, 'Chủ tịch');
  if (m) return first(fixed(`${m[1]}${m[2]}${m[3]}`)) + cap(m[4] as string);
  return first(fixed(lower));
}

/** The level a body's name states ("huyện" -> district); "thành phố" depends on its parent. */
export function levelOf(name: string, parent?: string): Level | undefined {
  const s = name.toLocaleLowerCase('vi');
  const has = (words: string): boolean => new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})`, 'iu').test(s);
  if (has('xã|phường|thị trấn|đặc khu')) return 'commune';
  if (has('huyện|quận|thị xã')) return 'district';
  if (has('tỉnh')) return 'province';
  if (has('thành phố')) return parent && /(?<!\p{L})tỉnh(?!\p{L})/iu.test(parent) ? 'district' : 'province';
  if (has('chính phủ|thủ tướng|bộ')) return 'central';
  return undefined;
}

function dmy(day: string, month: string, year: string): string | undefined {
  if (!/^\d+$/.test(day) || !/^\d+$/.test(month)) return undefined;
  return `${day.padStart(2, '0')}/${month.padStart(2, '0')}/${year}`;
}

/** Issuer, number, place and date from the lines above "KẾ HOẠCH". */
export function readHeader(blocks: readonly Block[], draft: Draft): void {
  const bodies: Block[] = [];
  for (const b of blocks) {
    const text = b.text;
    if (NATIONAL.test(text)) {
      draft.use(b);
      continue;
    }
    const num = NUMBER_RE.exec(text);
    if (num) {
      draft.use(b);
      const parsed = parseLegalRef(num[1] ?? '');
      if (parsed.ok) {
        draft.plan.number = parsed.value.canonical;
        draft.source(['number'], b.lines, parsed.value.canonical);
        draft.plan.issuer ??= {};
        (draft.plan.issuer as Record<string, unknown>).code = parsed.value.issuerCode;
        draft.source(['issuer', 'code'], b.lines, parsed.value.issuerCode);
      } else draft.note(['number'], `số ký hiệu chưa điền trong văn bản gốc: "${text}"`);
      continue;
    }
    const pd = PLACE_DATE_RE.exec(text);
    if (pd) {
      draft.use(b);
      draft.plan.place = (pd[1] as string).trim();
      draft.source(['place'], b.lines, draft.plan.place);
      const date = dmy(pd[2] as string, pd[3] as string, pd[4] as string);
      if (date) {
        draft.plan.date = date;
        draft.source(['date'], b.lines, date);
      } else draft.note(['date'], `ngày tháng chưa điền trong văn bản gốc: "${text}"`);
      continue;
    }
    if (isCaps(text)) bodies.push(b);
  }
  // "ỦY BAN NHÂN DÂN" + "HUYỆN BÌNH SƠN" on two lines are one name.
  const names: { text: string; blocks: Block[] }[] = [];
  for (const b of bodies) {
    const last = names[names.length - 1];
    if (last && LEVEL_WORD.test(b.text)) {
      last.text = `${last.text} ${b.text}`;
      last.blocks.push(b);
    } else names.push({ text: b.text, blocks: [b] });
  }
  if (names.length === 0) return;
  const own = names[names.length - 1] as { text: string; blocks: Block[] };
  const parent = names.length > 1 ? (names[names.length - 2] as { text: string; blocks: Block[] }) : undefined;
  const issuer = (draft.plan.issuer ??= {}) as Record<string, unknown>;
  issuer.name = sentenceCase(own.text);
  const lines = own.blocks.flatMap((b) => b.lines);
  draft.source(['issuer', 'name'], lines, issuer.name as string);
  draft.use(...own.blocks);
  if (parent) {
    issuer.parent = sentenceCase(parent.text);
    draft.source(['issuer', 'parent'], parent.blocks.flatMap((b) => b.lines), issuer.parent as string);
    draft.use(...parent.blocks);
  }
  const level = levelOf(issuer.name as string, issuer.parent as string | undefined);
  if (level) {
    issuer.level = level;
    draft.source(['issuer', 'level'], lines, level);
  }
  if (issuer.code === undefined && /^(?:ủy|uỷ) ban nhân dân/iu.test(issuer.name as string)) issuer.code = 'UBND';
  draft.plan.issuer = Object.fromEntries(['name', 'agency', 'level', 'parent', 'code'].filter((k) => issuer[k] !== undefined).map((k) => [k, issuer[k]]));
}

/** "KẾ HOẠCH" and the title lines; the year from the title. */
export function readTitle(kind: Block | undefined, blocks: readonly Block[], draft: Draft): void {
  if (kind) draft.use(kind);
  let title = blocks.map((b) => b.text).join(' ').trim();
  const lines = blocks.flatMap((b) => b.lines);
  if (kind && title === '') {
    // "KẾ HOẠCH Tuyên truyền ..." on one line.
    title = kind.text.replace(/^KẾ\s*HOẠCH\s*/u, '').trim();
    lines.push(...kind.lines);
  }
  draft.use(...blocks);
  if (title === '') {
    draft.miss(['title'], 'không tìm thấy trích yếu (tên) kế hoạch sau dòng "KẾ HOẠCH"');
    return;
  }
  draft.plan.title = title.replace(/[.;:]+$/u, '');
  draft.source(['title'], lines, draft.plan.title as string);
  const year = /năm\s+(\d{4})(?!\s*-)/u.exec(title) ?? /\b(20\d{2}|19\d{2})\b/u.exec(title);
  if (year) {
    draft.plan.year = Number(year[1]);
    draft.source(['year'], lines, draft.plan.year as number);
  }
}

const ISSUER_IN_TEXT =
  /(?:Chủ tịch\s+)?((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã|quận|đặc khu)((?:\s+\p{Lu}\p{Ll}*)*))\s+(?:ban hành|xây dựng|triển khai)\s+(?:bản\s+)?kế hoạch/iu;

/**
 * Without a header (text copied from the body of the document), the issuer is the
 * subject of the sentence that introduces the plan: "UBND xã Dương Quan ban hành kế hoạch".
 */
export function inferIssuer(draft: Draft): void {
  const issuer = (draft.plan.issuer ?? {}) as Record<string, unknown>;
  if (issuer.name) return;
  const candidates: { text: string; lines: readonly number[] }[] = [];
  if (typeof draft.plan.preamble === 'string') candidates.push({ text: draft.plan.preamble, lines: draft.sourceOf(['preamble']) ?? [] });
  if (typeof draft.plan.closing === 'string') candidates.push({ text: draft.plan.closing, lines: draft.sourceOf(['closing']) ?? [] });
  for (const b of candidates) {
    const m = ISSUER_IN_TEXT.exec(b.text);
    if (!m) continue;
    let name = (m[1] as string).replace(/^UBND\b/u, 'Ủy ban nhân dân').replace(/^Uỷ/u, 'Ủy');
    let note = 'suy ra từ câu dẫn (văn bản không có phần tiêu đề)';
    if (!m[2]) {
      // "Ủy ban nhân dân tỉnh xây dựng Kế hoạch ... trên địa bàn tỉnh Tây Ninh": the place is named later.
      const level = /(tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã|quận|đặc khu)$/u.exec(name)?.[1];
      const title = String(draft.plan.title ?? '');
      const place = level ? new RegExp(`(?:địa bàn|của)\\s+${level}((?:\\s+\\p{Lu}\\p{Ll}*)+)`, 'u').exec(`${b.text} ${title}`) : null;
      if (place) {
        name = `${name}${place[1]}`;
        note += `; tên địa phương lấy từ "${level}${place[1]}"`;
      }
    }
    issuer.name = name;
    draft.plan.issuer = issuer;
    draft.source(['issuer', 'name'], b.lines, name);
    draft.note(['issuer', 'name'], note);
    const level = levelOf(name);
    if (level) {
      issuer.level = level;
      draft.source(['issuer', 'level'], b.lines, level);
    }
    issuer.code ??= 'UBND';
    return;
  }
}
