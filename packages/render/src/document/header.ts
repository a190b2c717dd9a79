import { parseDate } from '@kehoach/core';
import type { BuildContext } from './context.js';
import type { DocumentHeader, DocumentTitle } from './model.js';
import { clean, upper } from './text.js';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** What offices leave for the number before issuance: "Số:      /KH-UBND". */
const NUMBER_GAP = '      ';

/** The header of Phụ lục I, for the plan or for the decision that issues it. */
export function buildHeader(ctx: BuildContext, of: 'plan' | 'decision' = 'plan'): DocumentHeader {
  const issuer = ctx.plan.issuer;
  const governingBody = upper(issuer?.parent ?? '');
  const d = ctx.plan.decision ?? {};
  return {
    ...(governingBody ? { governingBody } : {}),
    issuerLines: issuerLines(issuer?.name ?? ''),
    number:
      of === 'plan'
        ? numberLine(clean(ctx.plan.number), 'KH', issuerCode(ctx))
        : numberLine(clean(d.number), 'QĐ', issuerCode(ctx)),
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    placeDate:
      of === 'plan'
        ? placeDate(clean(ctx.plan.place), clean(ctx.plan.date), ctx.year)
        : placeDate(clean(d.place) || clean(ctx.plan.place), clean(d.date), yearOf(d.date) ?? ctx.year),
  };
}

export function buildTitle(ctx: BuildContext): DocumentTitle {
  const title: DocumentTitle = { kind: 'KẾ HOẠCH', summary: clean(ctx.plan.title) };
  const decision = ctx.plan.decision;
  if (decision && typeof decision === 'object') title.issuedWith = `(Ban hành kèm theo ${decisionCitation(ctx)})`;
  return title;
}

/** "Quyết định số 2853/QĐ-UBND ngày 21 tháng 11 năm 2025 của Ủy ban nhân dân ...", blanks left as offices leave them. */
export function decisionCitation(ctx: BuildContext): string {
  const d = ctx.plan.decision ?? {};
  const number = clean(d.number).replace(/^số\s*:?\s*/iu, '');
  const code = issuerCode(ctx);
  const num = number || `${NUMBER_GAP}/QĐ${code ? `-${code}` : ''}`;
  const parsed = clean(d.date) ? parseDate(clean(d.date)) : undefined;
  let date = `ngày ... tháng ... năm ${ctx.year ?? '....'}`;
  if (parsed?.ok) {
    const [y, m, dd] = parsed.date.split('-').map(Number) as [number, number, number];
    date = viDate(dd, m, y);
  }
  const issuer = clean(ctx.plan.issuer?.name);
  return `Quyết định số ${num} ${date}${issuer ? ` của ${issuer}` : ''}`;
}

function yearOf(date: unknown): number | undefined {
  const parsed = clean(date) ? parseDate(clean(date)) : undefined;
  return parsed?.ok ? Number(parsed.date.slice(0, 4)) : undefined;
}

/** Collective bodies print their kind on the first line and the locality on the second. */
const BODY_PREFIX = /^((?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM)\s+(.+)$/u;

export function issuerLines(name: string): string[] {
  const text = upper(name);
  if (!text) return [];
  const m = BODY_PREFIX.exec(text);
  return m ? [m[1] as string, m[2] as string] : [text];
}

/** The issuer's code in numbers: as the plan says, else as its numbers show, else "UBND" for a people's committee. */
export function issuerCode(ctx: BuildContext): string {
  const code = clean(ctx.plan.issuer?.code);
  if (code) return code;
  for (const number of [clean(ctx.plan.number), clean(ctx.plan.decision?.number)]) {
    const m = /\/(?:KH|QĐ)-(.+)$/u.exec(number);
    if (m) return m[1] as string;
  }
  return /^(ủy|uỷ) ban nhân dân/iu.test(clean(ctx.plan.issuer?.name)) ? 'UBND' : '';
}

/** "Số: 84/KH-UBND", or "Số:      /KH-UBND" before issuance. */
function numberLine(written: string, kind: 'KH' | 'QĐ', code: string): string {
  const number = written.replace(/^số\s*:?\s*/iu, '');
  const suffix = `/${kind}${code ? `-${code}` : ''}`;
  if (!number) return `Số:${NUMBER_GAP}${suffix}`;
  return `Số: ${number.includes('/') ? number : `${number}${suffix}`}`;
}

/** "Kỳ Anh, ngày 12 tháng 01 năm 2024": days below 10 and months 1 and 2 get a leading zero. */
export function placeDate(place: string, date: string, year: number | undefined): string {
  const where = place || '......';
  const parsed = date ? parseDate(date) : undefined;
  if (parsed?.ok) {
    const [y, m, d] = parsed.date.split('-').map(Number) as [number, number, number];
    return `${where}, ${viDate(d, m, y)}`;
  }
  return `${where}, ngày ... tháng ... năm ${year ?? '....'}`;
}

export function viDate(day: number, month: number, year: number): string {
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "12/01/2024" from any date the plan accepts; '' when it is not a date. */
export function shortDate(date: unknown): string {
  const parsed = parseDate(clean(date));
  if (!parsed.ok) return '';
  const [y, m, d] = parsed.date.split('-') as [string, string, string];
  return `${d}/${m}/${y}`;
}
