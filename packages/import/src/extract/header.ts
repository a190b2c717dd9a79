import { parseLegalRef, type Level } from '@kehoach/core';
import { subBlock, type Block } from '../clean/block.js';
import type { Draft } from '../draft.js';

const NATIONAL = /^(?:CỘNG\s+HÒA|CỘNG\s+HOÀ|ĐỘC\s+LẬP|Độc lập\s*-\s*Tự do)/iu;
const NUMBER_RE = /^Số\s*:?\s*(.*)$/iu;
const PLACE_DATE_RE = /^(.+?),\s*ngày\s*([\d.…]{0,4})\s*tháng\s*([\d.…]{0,4})\s*năm\s+(\d{4})/iu;
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

/** "Số: 617/KH-UBND | Đồng Tháp, ngày 01 tháng 12 năm 2025": the two cells of a header row. */
function cellsOf(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => {
    if (!/\s\|\s/u.test(b.text)) return [b];
    const out: Block[] = [];
    let at = 0;
    for (const part of b.text.split(/\s\|\s/u)) {
      const start = b.text.indexOf(part, at);
      at = start + part.length;
      out.push({ ...subBlock(b, start, at), parent: b });
    }
    return out;
  });
}

/**
 * Issuer, number, place and date from the lines above "KẾ HOẠCH" (or "QUYẾT ĐỊNH"),
 * written at `at` (the plan, or its decision: then the issuer still goes to the plan).
 */
export function readHeader(source: readonly Block[], draft: Draft, at: readonly string[] = []): void {
  const blocks = cellsOf(source);
  const owner = at.length ? (draft.getIn(at) as Record<string, unknown>) : draft.plan;
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
      const parsed = parseLegalRef((num[1] ?? '').trim());
      if (parsed.ok) {
        owner.number = parsed.value.canonical;
        draft.source([...at, 'number'], b.lines, parsed.value.canonical);
        draft.plan.issuer ??= {};
        (draft.plan.issuer as Record<string, unknown>).code = parsed.value.issuerCode;
        draft.source(['issuer', 'code'], b.lines, parsed.value.issuerCode);
      } else draft.blankNumber = text;
      continue;
    }
    const pd = PLACE_DATE_RE.exec(text);
    if (pd) {
      draft.use(b);
      owner.place = (pd[1] as string).trim();
      draft.source([...at, 'place'], b.lines, owner.place as string);
      const date = dmy(pd[2] as string, pd[3] as string, pd[4] as string);
      if (date) {
        owner.date = date;
        draft.source([...at, 'date'], b.lines, date);
      } else draft.blankDate = text;
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

/** "giai đoạn 2026 - 2030", "03 năm 2026 - 2028", "thời kỳ 2021 - 2030": a period of years. */
const PERIOD_RE = /(?:giai đoạn|thời kỳ|năm)\s+(?:\d{1,2}\s+năm\s+)?((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)/iu;
const YEAR_RE = /(?<!(?:đến|tới|tháng\s+\d{1,2})\s+)năm\s+((?:19|20)\d{2})(?!\s*[-–\d])/iu;

/** The title lines of a plan (or decision) and, for a plan, its year or period as the title states it. */
export function readTitle(kind: Block | undefined, blocks: readonly Block[], draft: Draft, at: readonly string[] = []): void {
  if (kind) draft.use(kind);
  const owner = at.length ? (draft.getIn(at) as Record<string, unknown>) : draft.plan;
  let title = blocks.map((b) => b.text).join(' ').trim();
  const lines = blocks.flatMap((b) => b.lines);
  if (kind && title === '') {
    // "KẾ HOẠCH Tuyên truyền ..." on one line.
    title = kind.text.replace(/^(?:KẾ\s*HOẠCH|QUYẾT\s+ĐỊNH)\s*/u, '').trim();
    lines.push(...kind.lines);
  }
  draft.use(...blocks);
  if (title === '') {
    if (!at.length) draft.miss(['title'], 'không tìm thấy trích yếu (tên) kế hoạch sau dòng "KẾ HOẠCH"');
    return;
  }
  owner.title = title.replace(/[.;:]+$/u, '');
  draft.source([...at, 'title'], lines, owner.title as string);
  if (at.length) return;
  readPeriod(title, lines, draft);
}

/** Year or period of years stated by the title ("năm 2025", "giai đoạn 2026 - 2030"). */
export function readPeriod(text: string, lines: readonly number[], draft: Draft): void {
  const period = PERIOD_RE.exec(text);
  if (period) {
    const from = Number(period[1]);
    const to = Number(period[2]);
    if (to > from) {
      const written = period[0].replace(/^năm\s+/iu, '');
      draft.plan.period = { from, to, text: written };
      draft.source(['period'], lines, written);
      return;
    }
  }
  const year = YEAR_RE.exec(text);
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
    // The place is the capitalised words after the level word ("xã Dương Quan").
    const place = /^(?:\s+\p{Lu}\p{Ll}*)*/u.exec(m[2] ?? '')?.[0] ?? '';
    let name = (m[1] as string).slice(0, (m[1] as string).length - (m[2] ?? '').length + place.length).replace(/^UBND\b/u, 'Ủy ban nhân dân').replace(/^Uỷ/u, 'Ủy');
    let note = 'suy ra từ câu dẫn (văn bản không có phần tiêu đề)';
    if (!place) {
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
